// What the dev server compiles ahead, and when: Slidev's client pages and the first slides before it
// says it is warm, then, when pages may go over to it from the deck's build, every other slide. When it
// has the port itself, nothing is compiled ahead of the first page; it is warm once that page's modules
// are compiled, or after compiling ahead when no page came.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ViteDevServer } from 'vite'
import type { StartMessage } from '../../scripts/dev-server/start-channel.ts'
import { EventEmitter } from 'node:events'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { laterSlideUrls, WARM_AHEAD_ENV, warmUp, warmUrls } from '../../scripts/dev-server/warm-up.ts'

type Middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => void

/** The parts of Vite's dev server the warm-up uses: what it compiled, and its HTTP server. */
function fakeServer() {
  const compiled: string[] = []
  const middlewares: Middleware[] = []
  const httpServer = new EventEmitter()
  const server = {
    httpServer,
    middlewares: { use: (middleware: Middleware) => void middlewares.push(middleware) },
    environments: {
      client: {
        warmupRequest: async (url: string) => void compiled.push(url),
        waitForRequestsIdle: async () => undefined,
      },
    },
  }
  const request = (accept: string) => middlewares.forEach(
    middleware => middleware({ headers: { accept } } as IncomingMessage, {} as ServerResponse, () => undefined),
  )
  return { server: server as unknown as ViteDevServer, compiled, httpServer, request }
}

function started(env: Record<string, string>) {
  const told: StartMessage[] = []
  const fake = fakeServer()
  const plugin = warmUp('/client', 6, env, message => void told.push(message))
  ;(plugin.configureServer as (server: ViteDevServer) => void)(fake.server)
  fake.httpServer.emit('listening')
  return { ...fake, told }
}

describe('the warm-up', () => {
  it('compiles the client\'s pages and the first three slides first', () => {
    expect(warmUrls('/client', 14)).toEqual([
      '/@fs/client/main.ts',
      '/@fs/client/pages/play.vue',
      '/@fs/client/pages/presenter.vue',
      '/@slidev/slides/1/md',
      '/@slidev/slides/2/md',
      '/@slidev/slides/3/md',
    ])
    expect(warmUrls('/client', 2).filter(url => url.startsWith('/@slidev'))).toEqual(['/@slidev/slides/1/md', '/@slidev/slides/2/md'])
  })

  it('then every other slide, once each', () => {
    expect(laterSlideUrls(6)).toEqual(['/@slidev/slides/4/md', '/@slidev/slides/5/md', '/@slidev/slides/6/md'])
    expect(laterSlideUrls(3)).toEqual([])
    expect(laterSlideUrls(1)).toEqual([])
  })
})

describe('the dev server\'s warm-up', () => {
  beforeEach(() => void vi.useFakeTimers())
  afterEach(() => void vi.useRealTimers())

  it('behind the deck\'s build: compiles ahead as soon as it listens, says it is warm, then compiles every other slide', async () => {
    const { compiled, told } = started({ [WARM_AHEAD_ENV]: '1' })
    await vi.advanceTimersByTimeAsync(0)
    expect(told).toEqual([{ type: 'warm' }])
    expect(compiled).toEqual([...warmUrls('/client', 6), ...laterSlideUrls(6)])
  })

  it('with the port itself: compiles nothing ahead of the first page, and is warm once that page\'s modules are compiled', async () => {
    const { compiled, told, request } = started({})
    await vi.advanceTimersByTimeAsync(1000)
    request('text/html,application/xhtml+xml')
    await vi.advanceTimersByTimeAsync(0)
    expect(told, 'the page alone is not its modules').toEqual([])
    request('*/*')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(told).toEqual([{ type: 'warm' }])
    expect(compiled).toEqual([])
  })

  it('with the port, closed before any page came: compiles nothing', async () => {
    const { compiled, told, httpServer } = started({})
    await vi.advanceTimersByTimeAsync(1000)
    httpServer.emit('close')
    await vi.advanceTimersByTimeAsync(60_000)
    expect(compiled).toEqual([])
    expect(told).toEqual([])
  })

  it('with the port and no page for a while: compiles ahead, then says it is warm', async () => {
    const { compiled, told } = started({})
    await vi.advanceTimersByTimeAsync(4000)
    expect(compiled).toEqual([])
    await vi.advanceTimersByTimeAsync(2000)
    expect(compiled).toEqual(warmUrls('/client', 6))
    expect(told).toEqual([{ type: 'warm' }])
  })
})
