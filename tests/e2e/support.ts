// Shared by the end-to-end tests: build a deck with the real Slidev CLI, serve it, open it in Chromium.
import { execFile } from 'node:child_process'
import { createReadStream, existsSync, statSync } from 'node:fs'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, resolve } from 'node:path'
import { promisify } from 'node:util'
import type { Browser, Page } from 'playwright-chromium'

export const ROOT = resolve(import.meta.dirname, '../..')
const SLIDEV = join(ROOT, 'node_modules/.bin/slidev')
const run = promisify(execFile)

/** `slidev build ENTRY --out OUT`; the entry must sit at the project root to find components/. */
export async function buildDeck(entry: string, out: string, extra: string[] = []): Promise<void> {
  await run(SLIDEV, ['build', entry, '--out', out, ...extra], { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
}

export interface Served {
  url: string
  close: () => Promise<void>
}

/** A static server on 127.0.0.1 for a built deck; unknown paths get index.html (Slidev's history routes). */
export async function serveDir(dir: string): Promise<Served> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    let file = normalize(join(dir, path))
    if (!file.startsWith(dir) || !existsSync(file) || statSync(file).isDirectory())
      file = join(dir, 'index.html')
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
    createReadStream(file).pipe(response)
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise(done => server.close(() => done())),
  }
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
    if (request.url().startsWith('http') && hostname !== '127.0.0.1' && hostname !== 'localhost')
      problems.push(`request leaves the machine: ${request.url()}`)
  })
  return { page, problems }
}
