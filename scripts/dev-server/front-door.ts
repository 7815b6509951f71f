// The presenting port, answered at once from the deck's last build while Slidev's dev server starts
// and compiles its client (about ten seconds on two cores). Once the dev server is warm, pages,
// requests and WebSockets (Vite's hot updates, Slidev's presenter sync) are passed through to it, and
// the pages opened from the build go over to it at the speaker's next move (a new slide or click), so
// the reload is part of a change the speaker made, never a flash in the middle of a sentence; at once
// when the deck changed or nobody looks. What the page holds goes over with it: the slide and click
// (its URL), Slidev's timer and the rehearsal run (kept in the browser, components/rehearsal/), and
// the audience's position (reported here by the build's presenter view until the dev server has it).
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import type { HandoverEvent } from './handover-protocol.ts'
import type { Held } from './held-slides.ts'
import type { PresenterReport } from './hmr-events.ts'
import { readFile } from 'node:fs/promises'
import { createServer, request } from 'node:http'
import { connect } from 'node:net'
import { extname, join } from 'node:path'
import sirv from 'sirv'
import { withHandover } from './handover-page.ts'
import { BUILD_POSITION_PATH, HANDOVER_PATH, showsHeldSlide } from './handover-protocol.ts'
import { presenterReportOf } from './presenter-position.ts'

export { HANDOVER_PATH, withHandover }
const event = (name: HandoverEvent) => `data: ${name}\n\n`
/** A built page's chunks keep coming from the build after the handover, until the page goes over. */
const BUILD_FILES = '/assets/'
/** A position report is a few dozen bytes. */
const MAX_REPORT_BYTES = 1024
/** Slidev's own range of ports when none is asked for. */
const PORTS_TRIED = 100

export interface FrontDoor {
  port: number
  /** Passes pages and requests to the dev server from now on; the build's pages go over at their next move. */
  handOver: () => void
  /** The build's pages still open go over now, and no page is answered from the build any more (the deck changed: the build no longer shows it). */
  sendOverNow: () => void
  /** Resolves once a page of the build has loaded, or one was asked for that only the dev server may answer. */
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
  /** A presenter view opened from the build moved (or opened): where it is. */
  onPosition?: (report: PresenterReport) => void
  /**
   * The slides the build shows otherwise than the deck now is (the lesson was edited since): from the
   * first that changed to the last of the deck's `slides`. Pages showing one are answered by the dev
   * server once it is warm, never by the build; and the build's pages never draw one.
   */
  held?: Held
}

/** A page of the single-page app (a route such as /3 or /presenter/1), not a file or an endpoint. */
function isPage(req: IncomingMessage): boolean {
  const path = new URL(req.url ?? '/', 'http://x').pathname
  return (req.method === 'GET' || req.method === 'HEAD') && extname(path) === '' && /text\/html/.test(req.headers.accept ?? '')
}

export async function openFrontDoor(options: FrontDoorOptions): Promise<FrontDoor> {
  const index = withHandover(await readFile(join(options.dir, 'index.html'), 'utf8'), options.held)
  /** After a save, the build shows none of the deck as it is: every page waits for the dev server. */
  let heldFrom = options.held?.from
  /** Pages asked for that the build must not show, answered once the dev server takes over. */
  const parked = new Set<() => void>()
  const files = sirv(options.dir, { dev: true, etag: false, dotfiles: false })
  /** The build's pages, each listening on its event stream (kept open: a later "now" reaches them too). */
  const listening = new Set<ServerResponse>()
  let handedOver = false
  let loaded = () => {}
  const pageLoaded = new Promise<void>(done => (loaded = done))
  const tell = (name: HandoverEvent) => listening.forEach(res => res.write(event(name)))

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname
    if (path === HANDOVER_PATH) {
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store' })
      loaded()
      // A page of the build that loaded just as the dev server took over is told at once.
      res.write(handedOver ? event('handover') : ': waiting for the dev server\n\n')
      listening.add(res)
      req.on('close', () => listening.delete(res))
      return
    }
    if (path === BUILD_POSITION_PATH && req.method === 'POST')
      return receivePosition(req, res, options.onPosition)
    if (handedOver && !path.startsWith(BUILD_FILES))
      return proxy(req, res, options.devPort)
    if (!handedOver && isPage(req) && heldFrom !== undefined && showsHeldSlide(path, heldFrom)) {
      const answer = () => proxy(req, res, options.devPort)
      parked.add(answer)
      res.on('close', () => parked.delete(answer))
      // Nothing to load from the build: the dev server may start at once.
      return loaded()
    }
    if (!handedOver && isPage(req)) {
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
      tell('handover')
      parked.forEach(answer => answer())
      parked.clear()
    },
    sendOverNow() {
      heldFrom = 1
      tell('now')
    },
    close: () => new Promise<void>((done) => {
      for (const res of listening)
        res.end()
      parked.clear()
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}

function receivePosition(req: IncomingMessage, res: ServerResponse, onPosition: FrontDoorOptions['onPosition']): void {
  let body = ''
  req.setEncoding('utf8')
  req.on('data', (chunk: string) => {
    body += chunk
    if (body.length > MAX_REPORT_BYTES)
      req.destroy()
  })
  req.on('end', () => {
    let report: PresenterReport | undefined
    try {
      report = presenterReportOf(JSON.parse(body))
    }
    catch {}
    if (report)
      onPosition?.(report)
    res.writeHead(report ? 204 : 400).end()
  })
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
