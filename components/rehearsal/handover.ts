// Slidev's timer across the handover from the deck's build to the dev server (scripts/dev-server/
// front-door.ts). A presenter view opened from the build keeps its timer in Slidev's own state, which the
// new dev server does not have: so the build's page leaves the timer in the tab's sessionStorage at
// every change, and the dev server's page that replaces it, in the same tab, takes it up while the dev
// server's timer has never been started. With the timer back, the run kept in the browser (keptRun.ts)
// resumes as after any reload.
import { HANDED_OVER_TIMER_KEY } from '../../scripts/dev-server/handover-protocol.ts'

export interface SlidevTimer {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

export function leaveTimer(session: Storage, timer: SlidevTimer): void {
  try {
    session.setItem(HANDED_OVER_TIMER_KEY, JSON.stringify(timer))
  }
  catch {}
}

/** The timer a page of the build left, once (it is taken out); undefined when there is none or `current` has been started. */
export function takeHandedOverTimer(session: Storage, current: SlidevTimer): SlidevTimer | undefined {
  const text = session.getItem(HANDED_OVER_TIMER_KEY)
  session.removeItem(HANDED_OVER_TIMER_KEY)
  if (text === null || current.status !== 'stopped' || current.startedAt !== 0)
    return undefined
  try {
    const timer = JSON.parse(text) as SlidevTimer
    const fine = ['running', 'paused'].includes(timer.status) && Number.isFinite(timer.startedAt) && timer.startedAt > 0
      && Number.isFinite(timer.pausedAt)
    return fine ? timer : undefined
  }
  catch {
    return undefined
  }
}
