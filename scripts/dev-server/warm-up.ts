// Vite compiles a module the first time the browser asks for it, one import level at a time: about
// 420 modules after the first page's request. Once listening, the dev server compiles Slidev's client
// entry (Vite follows its static imports), the first slides and the presenter page itself, then tells
// `npm start` it is warm: the moment to hand the port over to it (scripts/dev-server/front-door.ts).
import type { Plugin, ViteDevServer } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { tellStart } from './start-channel.ts'

/** Slides compiled ahead: the first ones a presenter opens; the rest compile as they are shown. */
const FIRST_SLIDES = 3
/**
 * Set by `npm start` when pages open from the deck's build first: they may go over to the dev server on
 * any slide, so the other slides are compiled too, once warm. (Without it, a first page is still
 * loading from the dev server then, and would wait for them.)
 */
export const WARM_ALL_SLIDES_ENV = 'LESSON_DECKS_WARM_ALL_SLIDES'
/** Slidev's pages loaded on their routes, besides the entry's own imports. */
const CLIENT_PAGES = ['main.ts', 'pages/play.vue', 'pages/presenter.vue']

/** The URLs to compile ahead, for Slidev's client in `clientRoot`. */
export function warmUrls(clientRoot: string, slides: number): string[] {
  const pages = CLIENT_PAGES.map(page => `/@fs${join(clientRoot, page)}`)
  const first = Array.from({ length: Math.min(FIRST_SLIDES, slides) }, (_, i) => `/@slidev/slides/${i + 1}/md`)
  return [...pages, ...first]
}

/** The slides after the first ones, compiled one by one once warm. */
export function laterSlideUrls(slides: number): string[] {
  return Array.from({ length: Math.max(0, slides - FIRST_SLIDES) }, (_, i) => `/@slidev/slides/${FIRST_SLIDES + i + 1}/md`)
}

export function warmUp(clientRoot: string, slides: number, env: Record<string, string | undefined> = process.env): Plugin {
  const later = env[WARM_ALL_SLIDES_ENV] ? laterSlideUrls(slides) : []
  return {
    name: 'lesson-decks:warm-up',
    apply: 'serve',
    configureServer(server) {
      server.httpServer?.once('listening', () => void warm(server, warmUrls(clientRoot, slides), later))
    },
  }
}

async function warm(server: ViteDevServer, urls: string[], later: string[]): Promise<void> {
  const client = server.environments.client
  await Promise.all(urls.map(url => client.warmupRequest(url)))
  // The imports found while compiling are compiled in turn; idle means all of them are done.
  await client.waitForRequestsIdle()
  tellStart({ type: 'warm' })
  // Then the other slides, one at a time: a page that goes over to the dev server on a later slide (or
  // moves on to it) finds it compiled, and shows it sooner.
  for (const url of later)
    await client.warmupRequest(url)
}
