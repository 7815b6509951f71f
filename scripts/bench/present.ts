// present_first_slide_ms: from starting `npm start` (scripts/start.ts: generate, then Slidev's dev
// server) to the first slide's heading visible in Chromium, on a free port. Also when the server
// answered its first request, to tell the server's start from the first page's load.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import type { Browser } from 'playwright-chromium'
import { freePort } from '../free-port.ts'

export interface PresentTiming {
  /** Spawn → the first slide's heading visible. */
  firstSlideMs: number
  /** Spawn → the dev server answered (its start-up: Node, the generator, Slidev and Vite). */
  serverMs: number
}


const POLL_MS = 25
const TIMEOUT_MS = 120_000

export async function presentFirstSlide(browser: Browser, root: string, node: string): Promise<PresentTiming> {
  const port = await freePort()
  const started = performance.now()
  // Its own process group, so the server Slidev starts is stopped with it and nothing else is.
  const child = spawn(node, [join(root, 'scripts/start.ts'), '--port', String(port)], { cwd: root, stdio: 'ignore', detached: true })
  const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
  try {
    const url = `http://127.0.0.1:${port}/1`
    let serverMs = 0
    while (!serverMs) {
      if (performance.now() - started > TIMEOUT_MS || child.exitCode !== null)
        throw new Error(`npm start did not serve ${url} (exit ${child.exitCode})`)
      const answered = await fetch(url).then(response => response.ok, () => false)
      if (answered)
        serverMs = performance.now() - started
      else
        await new Promise(done => setTimeout(done, POLL_MS))
    }
    const page = await context.newPage()
    await page.goto(url, { waitUntil: 'commit', timeout: TIMEOUT_MS })
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible', timeout: TIMEOUT_MS })
    return { firstSlideMs: performance.now() - started, serverMs }
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
