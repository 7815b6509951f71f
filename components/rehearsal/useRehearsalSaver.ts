// Sends a rehearsal run to the dev server's endpoint, which saves it under rehearsals/. A built deck
// has no endpoint, so there the saver is unavailable and the presenter view offers no saving; but for
// the build `npm start` shows while its dev server starts, whose front door passes the run on to it.
import type { RehearsalRun } from '../../scripts/rehearsal/run'
import type { SlidePacing } from './pacing'
import type { RehearsalLog, RunIdentity } from './rehearsalLog'
import { ref } from 'vue'
import { servedByFrontDoor } from '../../scripts/dev-server/handover-protocol.ts'
import { REHEARSAL_ENDPOINT } from '../../scripts/rehearsal/run'
import { runOf, totalSpentMs } from './rehearsalLog'

export interface SaveState {
  kind: 'idle' | 'saving' | 'saved' | 'failed'
  /** What the panel says about it: the file written, or why not. */
  message: string
}

export function useRehearsalSaver() {
  const state = ref<SaveState>({ kind: 'idle', message: '' })
  let saved = { runId: '', spentMs: 0 }

  /** Whether the log of this run holds time that its last save does not. */
  function hasUnsaved(runId: string, log: RehearsalLog, atMs: number): boolean {
    return totalSpentMs(log, atMs) > (saved.runId === runId ? saved.spentMs : 0)
  }

  /** A run resumed after a reload: the server already has this much of it. */
  function markSaved(runId: string, spentMs: number): void {
    saved = { runId, spentMs }
  }

  /** Sends `run`; true once the server has written it. The same run sent again updates its file. */
  async function send(run: RehearsalRun): Promise<boolean> {
    const what = run.unfinished ? 'an unfinished run' : 'the run'
    state.value = { kind: 'saving', message: `Saving ${what}…` }
    try {
      const response = await fetch(REHEARSAL_ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(run) })
      const answer = await response.json() as { file?: string, error?: string }
      if (!response.ok || !answer.file)
        throw new Error(answer.error ?? `the server answered ${response.status}`)
      state.value = { kind: 'saved', message: run.unfinished ? `Saved an unfinished run (the view was closed mid-run) to ${answer.file}` : `Saved to ${answer.file}` }
      return true
    }
    catch (error) {
      state.value = { kind: 'failed', message: `Not saved: ${(error as Error).message}` }
      return false
    }
  }

  /** Saves the run in `log` as it stands at timer time `atMs`; true once saved. */
  async function save(log: RehearsalLog, slides: SlidePacing[], identity: RunIdentity, atMs: number): Promise<boolean> {
    const spentMs = totalSpentMs(log, atMs)
    const done = await send(runOf(log, slides, identity, atMs))
    if (done)
      saved = { runId: identity.runId, spentMs }
    return done
  }

  return { available: import.meta.env.DEV || servedByFrontDoor(), state, hasUnsaved, markSaved, send, save }
}
