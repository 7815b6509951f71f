// The presenting port, answered at once from the deck's last build while Slidev's dev server starts
// and compiles its client (about ten seconds on two cores). Once the dev server is warm, every request
// and WebSocket (Vite's hot updates, Slidev's presenter sync) is passed through to it, and the pages
// opened from the build reload onto it: live editing and every presenter feature are the dev server's.
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { readFile } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import { connect } from 'node:net'
import { extname, join } from 'node:path'
import sirv from 'sirv'

/** Where the build's pages wait for the dev server; an event stream that says when it took over. */
export const HANDOVER_PATH = '/__lesson-decks/handover'
/**
 * Put into the build's page: once the page has loaded, wait for the dev server, then reload onto it at
 * the same slide and click. (Waiting from `load` on also tells the front door that a page has loaded.)
 */
const HANDOVER_SCRIPT = `<script>addEventListener('load', () => { new EventSource('${HANDOVER_PATH}').onmessage = () => location.reload() })</script>`
const HANDOVER_EVENT = 'data: handover\n\n'
/** Slidev's own range of ports when none is asked for. */
const PORTS_TRIED = 100

export interface FrontDoor {
  port: number
  /** Passes everything to the dev server from now on, and reloads the build's pages onto it. */
  handOver: () => void
  /** Resolves once a page of the build has loaded. */
  pageLoaded: Promise<void>
  close: () => Promise<void>
}

export interface FrontDoorOptions {
  /** The built deck (`slidev build` output, base `/`). */
  dir: string
  host: string
  /** The port asked for; without it the first free one from `firstPort`, as Slidev does. */
  port?: number
  firstPort: number
  /** Where the dev server listens (127.0.0.1). */
  devPort: number
}

/** The build's index.html, with the handover script. */
export function withHandover(html: string): string {
  return html.includes('</head>') ? html.replace('</head>', `${HANDOVER_SCRIPT}</head>`) : `${HANDOVER_SCRIPT}${html}`
}

/** A page of the single-page app (a route such as /3 or /presenter/1), not a file or an endpoint. */
function isPage(req: IncomingMessage): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  return (req.method === 'GET' || req.method === 'HEAD') && extname(path) === '' && /text\/html/.test(req.headers.accept ?? '')
}

export async function openFrontDoor(options: FrontDoorOptions): Promise<FrontDoor> {
  const index = withHandover(await readFile(join(options.dir, 'index.html'), 'utf8'))
  const files = sirv(options.dir, { dev: true, etag: false, dotfiles: false })
  const waiting = new Set<ServerResponse>()
  let handedOver = false
  let loaded = () => {}
  const pageLoaded = new Promise<void>(done => (loaded = done))

  const server = createServer((req, res) => {
    if (req.url === HANDOVER_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      loaded()
      // A page of the build that loaded just as the dev server took over goes over at once.
      if (handedOver)
        return void res.end(HANDOVER_EVENT)
      res.write(': waiting for the dev server\n\n')
      waiting.add(res)
      req.on('close', () => waiting.delete(res))
      return
    }
    if (handedOver)
      return proxy(req, res, options.devPort)
    if (isPage(req)) {
      res.writeHead(200, { 'content-type': 'text/html', 'cache-control': 'no-store' })
      return void res.end(index)
    }
    // The build's own files; anything else (the rehearsal endpoint, say) is the dev server's already.
    files(req, res, () => proxy(req, res, options.devPort))
  })
  server.on('upgrade', (req: IncomingMessage, socket: Socket, head: Buffer) => tunnel(req, socket, head, options.devPort))
  const port = await listen(server, options)
  return {
    port,
    pageLoaded,
    handOver() {
      handedOver = true
      for (const res of waiting)
        res.end(HANDOVER_EVENT)
      waiting.clear()
    },
    close: () => new Promise<void>((done) => {
      for (const res of waiting)
        res.end()
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}

async function listen(server: Server, options: FrontDoorOptions): Promise<number> {
  const tries = options.port === undefined ? PORTS_TRIED : 1
  for (let i = 0; ; i++) {
    const port = options.port ?? options.firstPort + i
    try {
      await new Promise<void>((done, fail) => {
        server.once('error', fail)
        server.listen(port, options.host, () => {
          server.off('error', fail)
          done()
        })
      })
      return port
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EADDRINUSE' || i + 1 >= tries)
        throw error
    }
  }
}

function proxy(req: IncomingMessage, res: ServerResponse, devPort: number): void {
  const upstream = request({ host: '127.0.0.1', port: devPort, method: req.method, path: req.url, headers: req.headers }, (answer) => {
    res.writeHead(answer.statusCode ?? 502, answer.headers)
    answer.pipe(res)
  })
  upstream.on('error', () => {
    // The dev server is not listening yet (or has stopped).
    if (!res.headersSent)
      res.writeHead(503, { 'retry-after': '1' })
    res.end()
  })
  req.pipe(upstream)
}

/** A WebSocket (or any upgrade) passed through byte for byte. */
function tunnel(req: IncomingMessage, socket: Socket, head: Buffer, devPort: number): void {
  const upstream = connect(devPort, '127.0.0.1', () => {
    const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion}`]
    for (let i = 0; i < req.rawHeaders.length; i += 2)
      lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`)
    upstream.write(`${lines.join('\r\n')}\r\n\r\n`)
    upstream.write(head)
    upstream.pipe(socket)
    socket.pipe(upstream)
  })
  const end = () => {
    upstream.destroy()
    socket.destroy()
  }
  upstream.on('error', end)
  socket.on('error', end)
}
