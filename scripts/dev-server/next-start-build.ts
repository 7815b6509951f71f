// The deck's build for the next start (what front-door.ts serves at once), kept current while the
// speaker edits: after a save, once nobody has saved or moved through the deck for a while, the deck is
// built again in the background at the lowest priority. So the next start is fast whatever was
// edited, and no build competes with the speaker while they work.
import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { tieChild } from '../child-lifetime.ts'

const LOWEST_PRIORITY = 19
/** How long the speaker must leave the deck alone (no save, no move) before it is built. */
export const IDLE_BEFORE_BUILD_MS = 30_000

export interface IdleWork {
  /** Something the work depends on changed: it is due, once things are idle. */
  changed: () => void
  /** The speaker did something: idle starts again from now. */
  activity: () => void
  stop: () => void
}

/** Runs `work` once nothing has happened for `idleMs` after a change; one run at a time, changes during a run run it again. */
export function whenIdle(work: () => Promise<void>, idleMs: number): IdleWork {
  let due = false
  let running = false
  let timer: NodeJS.Timeout | undefined
  const arm = () => {
    clearTimeout(timer)
    timer = due && !running ? setTimeout(run, idleMs) : undefined
    timer?.unref()
  }
  function run(): void {
    due = false
    running = true
    void work().catch(() => undefined).finally(() => {
      running = false
      arm()
    })
  }
  return {
    changed() {
      due = true
      arm()
    },
    activity: () => due && arm(),
    stop() {
      due = false
      clearTimeout(timer)
    },
  }
}

/** Builds the deck for the next start (when it changed), at the lowest priority, stopped with `npm start`. */
export function buildForNextStart(root: string, deck: string): Promise<void> {
  const child = spawn(process.execPath, [join(import.meta.dirname, 'prebuild.ts'), root, deck], { stdio: 'ignore' })
  try {
    setPriority(child.pid!, LOWEST_PRIORITY)
  }
  catch {}
  const untie = tieChild(child)
  return new Promise((done) => {
    child.on('error', () => done())
    child.on('exit', () => {
      untie()
      done()
    })
  })
}
