// A static server on 127.0.0.1, on a free port, for a built deck and the pages an export adds in
// memory (the handout, the kept print view). Files are served by sirv, read from disk at each request:
// an export writes into the build folder while it serves it.
import type { AddressInfo } from 'node:net'
import { createServer } from 'node:http'
import { extname, join } from 'node:path'
import sirv from 'sirv'

/** The kinds of file put in memory: pages and slide pictures. */
const MEMORY_TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.png': 'image/png', '.json': 'application/json' }

export interface Served {
  url: string
  /** Adds or replaces a file held in memory, e.g. `/handout.html`. */
  put: (path: string, body: string | Uint8Array) => void
  close: () => Promise<void>
}

export interface ServeOptions {
  /** URL prefix → folder, e.g. `/fonts/` → node_modules/@fontsource; `/` is the built deck. */
  mounts: Record<string, string>
  /** The mount whose unknown routes (without a file extension) get its index.html: Slidev's history routes such as `/print`. */
  app?: string
}

/**
 * A built deck at `base` (its history routes answered with its index.html unless `historyRoutes` is false),
 * and the deck's fonts from node_modules/@fontsource under /fonts/, as a deck built by this project asks for them.
 */
export function serveBuiltDeck(root: string, builtDir: string, base = '/', historyRoutes = true): Promise<Served> {
  return serveStatic({ mounts: { [base]: builtDir, '/fonts/': join(root, 'node_modules/@fontsource') }, app: historyRoutes ? base : undefined })
}

export async function serveStatic(options: ServeOptions): Promise<Served> {
  const memory = new Map<string, string | Uint8Array>()
  // Longest prefix first, so `/fonts/` is not taken for the deck at `/`.
  const mounts = Object.entries(options.mounts)
    .sort(([a], [b]) => b.length - a.length)
    .map(([prefix, dir]) => ({ prefix, handler: sirv(dir, { dev: true, etag: false, single: prefix === options.app }) }))

  const server = createServer((request, response) => {
    const notFound = () => void response.writeHead(404).end()
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
      response.writeHead(200, { 'content-type': MEMORY_TYPES[extname(path)] ?? 'application/octet-stream' })
      response.end(inMemory)
      return
    }
    const mount = mounts.find(each => path.startsWith(each.prefix))
    if (!mount)
      return notFound()
    // sirv serves from its folder's root: the mount's prefix is not part of the file's path.
    request.url = `/${request.url!.slice(mount.prefix.length)}`
    mount.handler(request, response, notFound)
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
