// Vite compiles a module the first time the browser asks for it, one import level at a time: about
// 420 modules after the first page's request. While no page is loading from the dev server, it
// compiles ahead: Slidev's client entry (Vite follows its static imports), the first slides and the
// presenter page; then it tells `npm start` it is warm. When pages open from the deck's build first
// (front-door.ts), that is at once, and it is the moment to hand the port over; every other slide
// follows, as pages may go over on any slide. When the dev server has the port itself, the browser
// usually comes at once, and nothing is compiled ahead of it: Vite compiles on one thread, so the
// presenter page and later slides would come before the first page's own modules (0.8 s later to the
// first slide, measured). It is warm once that page's modules are compiled, or, when no page came
// for a while, once it compiled ahead.
import type { Plugin, ViteDevServer } from 'vite'
import { join } from 'node:path'
import process from 'node:process'
import { tellStart } from './start-channel.ts'

/** Slides compiled ahead: the first ones a presenter opens; the rest compile as they are shown. */
const FIRST_SLIDES = 3
/** Set by `npm start` when pages open from the deck's build first, and go over to the dev server later, on any slide. */
export const WARM_AHEAD_ENV = 'LESSON_DECKS_WARM_AHEAD'
/** How long the dev server that has the port waits for a first page before it compiles ahead. */
const NO_PAGE_YET_MS = 5000
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

export function warmUp(clientRoot: string, slides: number, env: Record<string, string | undefined> = process.env, tell = tellStart): Plugin {
  const ahead = Boolean(env[WARM_AHEAD_ENV])
  return {
    name: 'lesson-decks:warm-up',
    apply: 'serve',
    configureServer(server) {
      if (ahead) {
        server.httpServer?.once('listening', () => void warmAhead(server, warmUrls(clientRoot, slides), laterSlideUrls(slides), tell))
        return
      }
      let noPageYet: NodeJS.Timeout | undefined
      server.httpServer?.once('listening', () => {
        noPageYet = setTimeout(() => {
          noPageYet = undefined
          void warmAhead(server, warmUrls(clientRoot, slides), [], tell)
        }, NO_PAGE_YET_MS)
      })
      // Slidev restarts its server on some config changes: a closed one compiles nothing more.
      server.httpServer?.once('close', () => clearTimeout(noPageYet))
      server.middlewares.use((req, _res, next) => {
        // The page comes first; its modules follow, and are all compiled once Vite is idle.
        if (noPageYet && !req.headers.accept?.includes('text/html')) {
          clearTimeout(noPageYet)
          noPageYet = undefined
          void server.environments.client.waitForRequestsIdle().then(() => tell({ type: 'warm' }))
        }
        next()
      })
    },
  }
}

async function warmAhead(server: ViteDevServer, urls: string[], later: string[], tell: typeof tellStart): Promise<void> {
  const client = server.environments.client
  await Promise.all(urls.map(url => client.warmupRequest(url)))
  // The imports found while compiling are compiled in turn; idle means all of them are done.
  await client.waitForRequestsIdle()
  tell({ type: 'warm' })
  // Then the other slides, one at a time: a page that goes over to the dev server on a later slide (or
  // moves on to it) finds it compiled, and shows it sooner.
  for (const url of later)
    await client.warmupRequest(url)
}
