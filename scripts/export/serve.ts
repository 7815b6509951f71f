// A tiny static server on 127.0.0.1 for a built deck (and the pages the handout adds), on a free port.
import { createReadStream } from 'node:fs'
import { stat } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize, sep } from 'node:path'

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.json': 'application/json',
}

export interface Served {
  url: string
  /** Adds or replaces a file held in memory, e.g. `/handout.html`. */
  put: (path: string, body: string | Uint8Array) => void
  close: () => Promise<void>
}

export interface ServeOptions {
  /** URL prefix → folder, e.g. `/fonts/` → node_modules/@fontsource; `/` is the built deck. */
  mounts: Record<string, string>
  /** Served for unknown paths under `/` (Slidev's history routes such as `/print`). */
  fallback?: string
}

export async function serveStatic(options: ServeOptions): Promise<Served> {
  const memory = new Map<string, string | Uint8Array>()
  const prefixes = Object.keys(options.mounts).sort((a, b) => b.length - a.length)

  async function fileFor(path: string): Promise<string | undefined> {
    const prefix = prefixes.find(p => path.startsWith(p))
    if (prefix === undefined)
      return undefined
    const dir = options.mounts[prefix]!
    const file = normalize(join(dir, path.slice(prefix.length)))
    // Nothing outside the mounted folder, whatever `..` the path holds.
    if (file !== dir && !file.startsWith(dir.endsWith(sep) ? dir : dir + sep))
      return undefined
    const info = await stat(file).catch(() => undefined)
    return info?.isFile() ? file : undefined
  }

  const server = createServer((request, response) => {
    let path: string
    try {
      path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname)
    }
    catch {
      response.writeHead(400).end()
      return
    }
    const inMemory = memory.get(path)
    if (inMemory !== undefined) {
      response.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' })
      response.end(inMemory)
      return
    }
    void fileFor(path).then((found) => {
      const file = found ?? (options.fallback && !extname(path) ? options.fallback : undefined)
      if (!file) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).pipe(response)
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}`,
    put: (path, body) => memory.set(path, body),
    close: () => new Promise((done) => {
      server.close(() => done())
      // Chromium may keep connections alive; they would hold close() open.
      server.closeAllConnections()
    }),
  }
}
