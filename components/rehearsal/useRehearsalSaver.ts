// Sends a rehearsal run to the dev server's endpoint, which saves it under rehearsals/. A built deck
// has no endpoint, so there the saver is unavailable and the presenter view offers no saving.
import { ref } from 'vue'
import { REHEARSAL_ENDPOINT } from '../../scripts/rehearsal/run'
import type { SlidePacing } from './pacing'
import { type RehearsalLog, runOf, type RunIdentity, totalSpentMs } from './rehearsalLog'

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

  async function save(log: RehearsalLog, slides: SlidePacing[], identity: RunIdentity, atMs: number): Promise<void> {
    const run = runOf(log, slides, identity, atMs)
    state.value = { kind: 'saving', message: 'Saving the run…' }
    try {
      const response = await fetch(REHEARSAL_ENDPOINT, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(run) })
      const answer = await response.json() as { file?: string, error?: string }
      if (!response.ok || !answer.file)
        throw new Error(answer.error ?? `the server answered ${response.status}`)
      saved = { runId: identity.runId, spentMs: totalSpentMs(log, atMs) }
      state.value = { kind: 'saved', message: `Saved to ${answer.file}` }
    }
    catch (error) {
      state.value = { kind: 'failed', message: `Not saved: ${(error as Error).message}` }
    }
  }

  return { available: import.meta.env.DEV, state, hasUnsaved, save }
}
