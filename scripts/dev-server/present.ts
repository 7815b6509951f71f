// How `npm start` presents a deck. Slidev's dev server takes about 4 s to listen and 8 s more to
// compile its client for the first page, on two cores. So when the deck's last build is current, the
// presenting port answers from it at once (front-door.ts) while the dev server starts on a port of its
// own; once warm (warm-up.ts) it takes over, and the open pages go over to it at the speaker's next
// move, keeping their slide, click, timer and rehearsal run. After an edit of the lesson the last build
// still shows the slides before the first one that changed: they are shown from it at once, and the
// others only from the dev server (held-slides.ts). Without such a build, the dev server has
// the port itself, and the deck is built in the background for the next start once the dev server is
// warm and the speaker has left the deck alone for a while; so again after each edit (next-start-build.ts).
// With --remote the dev server always has the port: its password guards the presenter pages, which the
// build would not.
import type { Held } from './held-slides.ts'
import type { IdleWork } from './next-start-build.ts'
import type { RunSlidev, ServeOptions, SlidevSession } from './run-slidev.ts'
import type { StartMessage } from './start-channel.ts'
import { join } from 'node:path'
import { BUILD_CACHE, lastBuildOfDeck } from '../export/build-cache.ts'
import { freePort } from '../free-port.ts'
import { openFrontDoor } from './front-door.ts'
import { heldSlides } from './held-slides.ts'
import { buildForNextStart, IDLE_BEFORE_BUILD_MS, whenIdle } from './next-start-build.ts'
import { presenterPosition } from './presenter-position.ts'
import { LOCAL_HOST, slidevArgs } from './run-slidev.ts'
import { WARM_AHEAD_ENV } from './warm-up.ts'

/** Slidev's own first choice; without --port the next free one is taken. */
export const DEFAULT_PORT = 3030
/** How long the dev server waits for the first page to load from the build. */
const DEV_SERVER_DELAY_MS = 3000

export interface Presenting {
  root: string
  /** The deck, relative to `root`. */
  deck: string
  options: ServeOptions
  session: SlidevSession
  run: RunSlidev
  /** Where the deck is served, once known. */
  serving: (url: string) => void
}

export async function present({ root, deck, options, session, run, serving }: Presenting): Promise<number> {
  if (options.remote !== undefined) {
    serving(`http://localhost:${options.port ?? DEFAULT_PORT}/`)
    return run(slidevArgs(options, deck), session)
  }
  const nextStart = whenIdle(() => buildForNextStart(root, deck), IDLE_BEFORE_BUILD_MS)
  try {
    return await presentLocally({ root, deck, options, session, run, serving }, nextStart)
  }
  finally {
    nextStart.stop()
  }
}

async function presentLocally({ root, deck, options, session, run, serving }: Presenting, nextStart: IdleWork): Promise<number> {
  const built = await shownFromBuild(root, deck)
  if (built === undefined) {
    serving(`http://${LOCAL_HOST}:${options.port ?? DEFAULT_PORT}/`)
    // Built once the speaker leaves the deck alone, not as soon as the dev server is warm: the first
    // page may still be loading then, and a build beside it would slow it down on two cores.
    return run(slidevArgs(options, deck), { ...session, onMessage: relay(session, nextStart, once(nextStart.changed)) })
  }
  const devPort = await freePort()
  const moves = presenterPosition()
  const door = await openFrontDoor({
    dir: built.dir,
    held: built.held,
    host: LOCAL_HOST,
    port: options.port,
    firstPort: DEFAULT_PORT,
    devPort,
    // Until the dev server has the presenter view, its moves reach the audience link from the build.
    onPosition(report) {
      const position = moves(report)
      nextStart.activity()
      if (position)
        session.onMessage?.({ type: 'presenter-position', position })
    },
  })
  serving(`http://${LOCAL_HOST}:${door.port}/`)
  // On two cores, the dev server's start would slow the first page down: it starts once that page has
  // loaded, or when no browser came for a while.
  await Promise.race([door.pageLoaded, new Promise(done => setTimeout(done, DEV_SERVER_DELAY_MS))])
  try {
    // A build that holds slides back is no longer current: the next start's build is due.
    const onMessage = relay(session, nextStart, built.held === undefined
      ? door.handOver
      : once(() => {
          door.handOver()
          nextStart.changed()
        }))
    return await run(slidevArgs({ port: devPort }, deck), {
      ...session,
      env: { ...session.env, [WARM_AHEAD_ENV]: '1' },
      onMessage(message) {
        // A page still showing the build would show the deck as it was: it goes over now.
        if (message.type === 'deck-written')
          door.sendOverNow()
        onMessage(message)
      },
    })
  }
  finally {
    await door.close()
  }
}

/**
 * What the front door can show from the deck's last build: all of it when the build is current; after
 * an edit of the lesson, the slides before the first one that changed (when that is not the first).
 */
async function shownFromBuild(root: string, deck: string): Promise<{ dir: string, held?: Held } | undefined> {
  const last = await lastBuildOfDeck(root, deck, join(root, BUILD_CACHE))
  if (last === undefined || last.current)
    return last && { dir: last.dir }
  const held = heldSlides(last.builtText, last.deckText, deck)
  return held === undefined || held.from > 1 ? { dir: last.dir, held } : undefined
}

/** The session's own message handler, plus `onWarm` when the dev server is warm; saves and moves tell the next start's build. */
function relay(session: SlidevSession, nextStart: IdleWork, onWarm: () => void): (message: StartMessage) => void {
  return (message) => {
    if (message.type === 'warm')
      return onWarm()
    if (message.type === 'deck-written')
      nextStart.changed()
    else
      nextStart.activity()
    session.onMessage?.(message)
  }
}

/** `task` the first time only: Slidev restarts its Vite server on some config changes, which warms again. */
function once(task: () => void): () => void {
  let done = false
  return () => {
    if (!done)
      task()
    done = true
  }
}
