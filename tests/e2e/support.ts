// Shared by the end-to-end tests: build a deck with the real Slidev CLI, serve it, open it in Chromium.
import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-chromium'
import type { Served } from '../../scripts/export/serve.ts'
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { launchChromium } from '../../scripts/browser.ts'
import { slidevArgs } from '../../scripts/dev-server/run-slidev.ts'
import { serveStatic } from '../../scripts/export/serve.ts'
import { freePort } from '../../scripts/free-port.ts'

export type { Served }

export const ROOT = resolve(import.meta.dirname, '../..')
/** The project's lesson, whose Hook slide at its last click shows HOOK_SENTENCE (a sentence of the lesson). */
export const HOOK_LESSON = resolve(ROOT, 'lessons/platform-vs-product.md')
export const HOOK_LAST_CLICK = '/2?clicks=3'
export const HOOK_SENTENCE = 'product teams build features users see.'
const SLIDEV = join(ROOT, 'node_modules/.bin/slidev')
const run = promisify(execFile)

/** `slidev build ENTRY --out OUT`; the entry must sit at the project root to find components/. */
export async function buildDeck(entry: string, out: string, extra: string[] = []): Promise<void> {
  await run(SLIDEV, ['build', entry, '--out', out, ...extra], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })
}

/** A deck written at the project root, built, served and opened in Chromium; `close` undoes all of it. */
export interface OpenDeck {
  served: Served
  browser: Browser
  close: () => Promise<void>
}

export async function openDeck(entry: string, text: string): Promise<OpenDeck> {
  await writeFile(join(ROOT, entry), text)
  const outDir = await mkdtemp(join(tmpdir(), 'deck-e2e-'))
  await buildDeck(entry, outDir)
  const served = await serveDir(outDir)
  const browser = await launchChromium()
  return {
    served,
    browser,
    close: async () => {
      await browser.close()
      await served.close()
      await rm(join(ROOT, entry), { force: true })
      await rm(outDir, { recursive: true, force: true })
    },
  }
}

/** The built deck on 127.0.0.1, with Slidev's history routes falling back to index.html. */
export function serveDir(dir: string): Promise<Served> {
  return serveStatic({ mounts: { '/': dir }, app: '/' })
}

/** A page that records every page error, console error and request that leaves the machine. */
export async function watchedPage(browser: Browser, options: Parameters<Browser['newPage']>[0] = {}): Promise<{ page: Page, problems: string[] }> {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 }, ...options })
  const problems: string[] = []
  page.on('pageerror', error => problems.push(`page error: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error')
      problems.push(`console error: ${message.text()}`)
  })
  page.on('request', (request) => {
    const { hostname } = new URL(request.url())
    if (request.url().startsWith('http') && !/^127\./.test(hostname) && hostname !== 'localhost')
      problems.push(`request leaves the machine: ${request.url()}`)
  })
  return { page, problems }
}

/** Slidev's dev server on a free port with the arguments `npm start` gives it, saving runs under `rehearsalsDir`. */
export async function startDevServer(rehearsalsDir: string): Promise<{ url: string, stop: () => void }> {
  const port = await freePort()
  const slidev: ChildProcess = spawn(SLIDEV, slidevArgs({ port }), {
    cwd: ROOT,
    env: { ...process.env, REHEARSALS_DIR: rehearsalsDir },
    stdio: 'ignore',
    detached: true,
  })
  const url = `http://127.0.0.1:${port}`
  const stop = () => {
    if (slidev.pid)
      process.kill(-slidev.pid, 'SIGTERM')
  }
  await waitUntilServing(url, 60_000).catch((error) => {
    stop()
    throw error
  })
  return { url, stop }
}

/** Resolves once `url` answers; Slidev takes a few seconds to start. */
export async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await fetch(url).then(r => r.ok, () => false))) {
    if (Date.now() > deadline)
      throw new Error(`the dev server did not answer at ${url} within ${timeoutMs / 1000} s`)
    await new Promise(done => setTimeout(done, 250))
  }
}

/** Whether any process of the group is still running (signal 0 only asks). */
export function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0)
    return true
  }
  catch {
    return false
  }
}

/**
 * Stops the page's animation clock: a transition that starts stays at its first frame until a test
 * steps or finishes it, so a check that looks for motion sees it however slowly a loaded machine answers.
 */
export async function freezeAnimations(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page)
  await cdp.send('Animation.enable')
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 })
}
