// Vite compiles a module the first time the browser asks for it, one import level at a time: about
// 420 modules after the first page's request. Once listening, the dev server compiles Slidev's client
// entry (Vite follows its static imports), the first slides and the presenter page itself, then tells
// `npm start` it is warm: the moment to hand the port over to it (scripts/dev-server/front-door.ts).
import type { Plugin, ViteDevServer } from 'vite'
import { join } from 'node:path'
import { tellStart } from './start-channel.ts'

/** Slides compiled ahead: the first ones a presenter opens; the rest compile as they are shown. */
const FIRST_SLIDES = 3
/** Slidev's pages loaded on their routes, besides the entry's own imports. */
const CLIENT_PAGES = ['main.ts', 'pages/play.vue', 'pages/presenter.vue']

/** The URLs to compile ahead, for Slidev's client in `clientRoot`. */
export function warmUrls(clientRoot: string, slides: number): string[] {
  const pages = CLIENT_PAGES.map(page => `/@fs${join(clientRoot, page)}`)
  const first = Array.from({ length: Math.min(FIRST_SLIDES, slides) }, (_, i) => `/@slidev/slides/${i + 1}/md`)
  return [...pages, ...first]
}

export function warmUp(clientRoot: string, slides: number): Plugin {
  return {
    name: 'lesson-decks:warm-up',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => void warm(server, warmUrls(clientRoot, slides)))
    },
  }
}

async function warm(server: ViteDevServer, urls: string[]): Promise<void> {
  const client = server.environments.client
  await Promise.all(urls.map(url => client.warmupRequest(url)))
  // The imports found while compiling are compiled in turn; idle means all of them are done.
  await client.waitForRequestsIdle()
  tellStart({ type: 'warm' })
}
