// The audience server: on all interfaces, it serves the notes-free deck under `/<token>/` and a
// WebSocket (ws) that tells every audience browser where the speaker is. It only ever sends: nothing
// an audience member does reaches the presenter or anyone else, and a slow or gone member is dropped
// rather than waited for.
import type { Buffer } from 'node:buffer'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Duplex } from 'node:stream'
import type { AudienceMessage, Position } from './messages.ts'
import { createServer } from 'node:http'
import sirv from 'sirv'
import { WebSocket, WebSocketServer } from 'ws'
import { CliError } from '../errors.ts'
import { audienceRoute } from './routes.ts'

/** A member whose unsent messages pile up past this is too slow to follow: dropped, it reconnects later. */
const MAX_BUFFERED_BYTES = 256 * 1024
/** Dead connections (a phone that left the network) are noticed by a missing pong. */
const HEARTBEAT_MS = 15_000

export interface AudienceServer {
  port: number
  /** Serves the deck built in `dir` from now on; open pages of another version reload. */
  serve: (dir: string, version: string) => void
  /** The speaker moved: every member who follows moves too. */
  setPosition: (position: Position) => void
  /** Members connected now. */
  members: () => number
  close: () => Promise<void>
}

export interface AudienceServerOptions {
  port: number
  token: string
  /** All interfaces by default; tests may name another. */
  host?: string
}

export async function startAudienceServer(options: AudienceServerOptions): Promise<AudienceServer> {
  const { token } = options
  let files: ReturnType<typeof sirv> | undefined
  let deck: AudienceMessage | undefined
  let position: AudienceMessage | undefined
  const follow = new WebSocketServer({ noServer: true, maxPayload: 1024 })
  const alive = new WeakSet<WebSocket>()

  function handle(request: IncomingMessage, response: ServerResponse): void {
    const route = audienceRoute(pathOf(request), token)
    response.setHeader('referrer-policy', 'no-referrer')
    if (route.kind === 'forbidden')
      return void response.writeHead(403, { 'content-type': 'text/plain' }).end('This link needs the audience token.\n')
    if (request.method !== 'GET' && request.method !== 'HEAD')
      return void response.writeHead(405, { allow: 'GET, HEAD' }).end()
    if (route.kind === 'add-slash')
      return void response.writeHead(308, { location: `/${token}/` }).end()
    if (route.kind === 'not-found' || route.kind === 'follow')
      return void response.writeHead(404).end()
    if (!files)
      return void response.writeHead(503, { 'retry-after': '5', 'content-type': 'text/plain' }).end('The deck is being built; try again in a few seconds.\n')
    request.url = route.kind === 'app' ? '/index.html' : route.path
    files(request, response, () => void response.writeHead(404).end())
  }

  function upgrade(request: IncomingMessage, socket: Duplex, head: Buffer): void {
    if (audienceRoute(pathOf(request), token).kind !== 'follow') {
      socket.end('HTTP/1.1 403 Forbidden\r\nconnection: close\r\n\r\n')
      return
    }
    follow.handleUpgrade(request, socket, head, (member) => {
      alive.add(member)
      member.on('pong', () => alive.add(member))
      member.on('error', () => member.terminate())
      for (const message of [deck, position]) {
        if (message)
          member.send(JSON.stringify(message))
      }
    })
  }

  function broadcast(message: AudienceMessage): void {
    const text = JSON.stringify(message)
    for (const member of follow.clients) {
      if (member.readyState !== WebSocket.OPEN)
        continue
      if (member.bufferedAmount > MAX_BUFFERED_BYTES)
        member.terminate()
      else
        member.send(text)
    }
  }

  const heartbeat = setInterval(() => {
    for (const member of follow.clients) {
      if (!alive.has(member)) {
        member.terminate()
        continue
      }
      alive.delete(member)
      member.ping()
    }
  }, HEARTBEAT_MS)
  heartbeat.unref()

  const server = createServer(handle)
  server.on('upgrade', upgrade)
  await new Promise<void>((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE' || error.code === 'EACCES'
      ? new CliError('PORT_TAKEN', `port ${options.port} for the audience is ${error.code === 'EACCES' ? 'not allowed to this user' : 'taken by another program'}; choose another with --audience-port N`)
      : error))
    server.listen(options.port, options.host ?? '0.0.0.0', () => done())
  })

  return {
    port: (server.address() as AddressInfo).port,
    serve(dir, version) {
      files = sirv(dir, { dev: false, etag: true, dotfiles: false })
      deck = { type: 'deck', version }
      broadcast(deck)
    },
    setPosition(next) {
      position = { type: 'position', position: next }
      broadcast(position)
    },
    members: () => follow.clients.size,
    close: () => new Promise((done) => {
      clearInterval(heartbeat)
      for (const member of follow.clients)
        member.terminate()
      follow.close()
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}

function pathOf(request: IncomingMessage): string {
  try {
    return new URL(request.url ?? '/', 'http://audience').pathname
  }
  catch {
    return '/'
  }
}
