// present_first_slide_ms: from starting a presenting command (`npm start`, or plain Slidev for the
// comparison) to the first slide's heading visible in Chromium, on a free port. Also when the server
// answered its first request, to tell the server's start from the first page's load.
import type { Browser } from 'playwright-chromium'
import { spawn } from 'node:child_process'
import process from 'node:process'
import { freePort } from '../free-port.ts'

export interface PresentTiming {
  /** Spawn → the first slide's heading visible. */
  firstSlideMs: number
  /** Spawn → the server answered (its start-up: Node, the generator, Slidev and Vite). */
  serverMs: number
}

export interface PresentCommand {
  command: string
  /** Its arguments, given the port to serve on. */
  args: (port: number) => string[]
  cwd: string
  /** Awaited after the first slide, before the command is stopped (a presenter keeps presenting). */
  keepUntil?: () => Promise<void>
}

const POLL_MS = 25
const TIMEOUT_MS = 120_000

export async function presentFirstSlide(browser: Browser, run: PresentCommand): Promise<PresentTiming> {
  const port = await freePort()
  const started = performance.now()
  // Its own process group, so the server it starts is stopped with it and nothing else is.
  const child = spawn(run.command, run.args(port), { cwd: run.cwd, stdio: ['ignore', 'ignore', process.env.DBG ? 'inherit' : 'ignore'], detached: true })
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  try {
    const url = `http://127.0.0.1:${port}/1`
    let serverMs = 0
    while (!serverMs) {
      if (performance.now() - started > TIMEOUT_MS || child.exitCode !== null)
        throw new Error(`${run.command} did not serve ${url} (exit ${child.exitCode})`)
      // As a browser asks for a page: the front door serves pages before the dev server is up.
      const answered = await fetch(url, { headers: { accept: 'text/html' } }).then(response => response.ok, () => false)
      if (answered)
        serverMs = performance.now() - started
      else
        await new Promise(done => setTimeout(done, POLL_MS))
    }
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS })
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: TIMEOUT_MS })
    const firstSlideMs = performance.now() - started
    await run.keepUntil?.()
    return { firstSlideMs, serverMs }
  }
  finally {
    await context.close()
    try {
      process.kill(-child.pid!, 'SIGTERM')
    }
    catch {}
    await new Promise(done => (child.exitCode !== null ? done(undefined) : child.once('exit', done)))
  }
}
