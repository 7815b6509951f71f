// How `npm start` presents a deck. Slidev's dev server takes about 4 s to listen and 8 s more to
// compile its client for the first page, on two cores. So when the deck's last build is current, the
// presenting port answers from it at once (front-door.ts) while the dev server starts on a port of its
// own; once warm (warm-up.ts) it takes over and the open pages reload onto it. Without a current
// build, the dev server has the port itself, and the deck is built in the background once it is warm,
// for the next start. With --remote the dev server always has the port: its password guards the
// presenter pages, which the build would not.
import type { RunSlidev, ServeOptions, SlidevSession } from './run-slidev.ts'
import type { StartMessage } from './start-channel.ts'
import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { tieChild } from '../child-lifetime.ts'
import { BUILD_CACHE, currentBuild } from '../export/build-cache.ts'
import { freePort } from '../free-port.ts'
import { openFrontDoor } from './front-door.ts'
import { LOCAL_HOST, slidevArgs } from './run-slidev.ts'

/** Slidev's own first choice; without --port the next free one is taken. */
export const DEFAULT_PORT = 3030
const LOWEST_PRIORITY = 19
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
  const built = options.remote === undefined ? await currentBuild(root, deck, join(root, BUILD_CACHE)) : undefined
  if (built === undefined) {
    serving(`http://${options.remote === undefined ? LOCAL_HOST : 'localhost'}:${options.port ?? DEFAULT_PORT}/`)
    const next = options.remote === undefined ? once(() => prebuild(root, deck)) : () => undefined
    return run(slidevArgs(options, deck), { ...session, onMessage: and(session, next) })
  }
  const devPort = await freePort()
  const door = await openFrontDoor({ dir: built, host: LOCAL_HOST, port: options.port, firstPort: DEFAULT_PORT, devPort })
  serving(`http://${LOCAL_HOST}:${door.port}/`)
  // On two cores, the dev server's start would slow the first page down: it starts once that page has
  // loaded, or when no browser came for a while.
  await Promise.race([door.pageLoaded, new Promise(done => setTimeout(done, DEV_SERVER_DELAY_MS))])
  try {
    return await run(slidevArgs({ port: devPort }, deck), { ...session, onMessage: and(session, door.handOver) })
  }
  finally {
    await door.close()
  }
}

/** The session's own message handler, plus `onWarm` when the dev server is warm. */
function and(session: SlidevSession, onWarm: () => void): (message: StartMessage) => void {
  return (message) => {
    if (message.type === 'warm')
      onWarm()
    else
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

/** Builds the deck for the next start, at the lowest priority, stopped with `npm start`. */
function prebuild(root: string, deck: string): void {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'prebuild.ts'), root, deck], { stdio: 'ignore' })
  try {
    setPriority(child.pid!, LOWEST_PRIORITY)
  }
  catch {}
  const untie = tieChild(child)
  child.on('exit', untie)
}
