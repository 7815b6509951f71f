// The run in progress, kept in the browser at every click so a reload of the presenter view resumes it
// and a tab closed mid-run is still saved (as unfinished) the next time the presenter view opens.
// localStorage holds the runs (it outlives the tab); sessionStorage says which run this tab records
// (it outlives a reload, not the tab). Pure but for the Storage objects passed in.
import type { RehearsalRun } from '../../scripts/rehearsal/run'
import type { SlidePacing } from './pacing'
import type { RehearsalLog, RunIdentity } from './rehearsalLog'
import { runOf, totalSpentMs } from './rehearsalLog'

export interface KeptRun {
  identity: RunIdentity
  log: RehearsalLog
  slides: SlidePacing[]
  /** Slidev's timer's start (its `startedAt`) for this run: a reload resumes the run only on the same timer. */
  timerStartedAt: number
  /** The timer's milliseconds when last kept: what an abandoned run is settled to. */
  atMs: number
  /** Wall-clock time when last kept; a run nobody kept for STALE_MS belongs to a closed tab. */
  keptAt: number
  /** Timer milliseconds of the run already on the server (0: never saved). */
  savedSpentMs: number
}

const KEY_PREFIX = 'lesson-decks:rehearsal-run:'
const TAB_KEY = 'lesson-decks:rehearsal-tab'
/** How often a recording view keeps its run while nobody clicks, and when another view may take it for abandoned. */
export const KEEP_EVERY_MS = 2000
export const STALE_MS = 15_000

export function keptKey(runId: string): string {
  return KEY_PREFIX + runId
}

export function keep(storage: Storage, session: Storage, run: KeptRun): void {
  try {
    storage.setItem(keptKey(run.identity.runId), JSON.stringify(run))
    session.setItem(TAB_KEY, run.identity.runId)
  }
  catch {
    // A full or blocked storage costs the reload safety net, not the rehearsal.
  }
}

export function forget(storage: Storage, session: Storage, runId: string): void {
  storage.removeItem(keptKey(runId))
  if (session.getItem(TAB_KEY) === runId)
    session.removeItem(TAB_KEY)
}

/** Every kept run of this lesson; entries that can't be read are dropped from the storage. */
export function keptRuns(storage: Storage, lessonSlug: string): KeptRun[] {
  const runs: KeptRun[] = []
  for (const key of Array.from({ length: storage.length }, (_, i) => storage.key(i))) {
    if (!key?.startsWith(KEY_PREFIX))
      continue
    const run = parseKept(storage.getItem(key))
    if (!run)
      storage.removeItem(key)
    else if (run.identity.lessonSlug === lessonSlug)
      runs.push(run)
  }
  return runs
}

function parseKept(text: string | null): KeptRun | undefined {
  try {
    const run = JSON.parse(text ?? '') as KeptRun
    const fine = typeof run.identity?.runId === 'string' && typeof run.log?.sinceMs === 'number' && Array.isArray(run.slides)
      && typeof run.timerStartedAt === 'number' && typeof run.atMs === 'number' && typeof run.keptAt === 'number' && typeof run.savedSpentMs === 'number'
    return fine ? run : undefined
  }
  catch {
    return undefined
  }
}

export function tabRunId(session: Storage): string | null {
  return session.getItem(TAB_KEY)
}

/**
 * What to do with the kept runs when the presenter view opens. This tab's own run resumes when
 * Slidev's timer is still the one it was recorded on (a reload); any other run that no view has kept
 * for STALE_MS (a closed tab), or this tab's run on a timer since reset, is to be saved as it stands.
 * Runs another open view is still recording are left alone.
 */
export function sortKept(
  kept: KeptRun[],
  ownRunId: string | null,
  timer: { status: string, startedAt: number },
  now: number,
): { resume?: KeptRun, abandoned: KeptRun[] } {
  const sameTimer = (run: KeptRun) => timer.status !== 'stopped' && timer.startedAt === run.timerStartedAt
  const resume = kept.find(run => run.identity.runId === ownRunId && sameTimer(run))
  const abandoned = kept.filter(run => run !== resume && (run.identity.runId === ownRunId || now - run.keptAt > STALE_MS))
  return { resume, abandoned }
}

/**
 * The run to send for an abandoned kept run, or undefined when the server already has all of it. A run
 * never saved is marked unfinished: nobody ended it.
 */
export function abandonedRun(kept: KeptRun): RehearsalRun | undefined {
  if (totalSpentMs(kept.log, kept.atMs) <= kept.savedSpentMs)
    return undefined
  const run = runOf(kept.log, kept.slides, kept.identity, kept.atMs)
  return kept.savedSpentMs > 0 ? run : { ...run, unfinished: true }
}
