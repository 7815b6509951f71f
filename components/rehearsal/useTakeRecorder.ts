// Records the microphone for the length of a rehearsal run, so the run becomes a take that
// `npm run video -- --take` renders with its own voice. Armed with the Record control, it starts with
// the next run (when the timer starts, so the recording and the click log share their zero) and
// stops when the run ends or the timer pauses. MediaRecorder hands over a piece every second, each
// sent at once to the dev server, which appends it to rehearsals/<slug>/<run-id>.webm: a reload or
// a closed tab keeps what was recorded, and the run is saved as unfinished the usual way.
import type { Ref } from 'vue'
import type { RunIdentity } from './rehearsalLog'
import { onScopeDispose, ref, watch } from 'vue'
import { TAKE_AUDIO_ENDPOINT } from '../../scripts/rehearsal/run'

const MIME = 'audio/webm;codecs=opus'
const PIECE_MS = 1000

export interface RecordState {
  kind: 'off' | 'armed' | 'recording' | 'failed'
  message: string
}

/** `run` is the run being logged (undefined between runs); `recording` says whether the timer runs. */
export function useTakeRecorder(run: Ref<RunIdentity | undefined>, timerRunning: Ref<boolean>) {
  const state = ref<RecordState>({ kind: 'off', message: '' })
  let stream: MediaStream | undefined
  let recorder: MediaRecorder | undefined
  /** Runs that had a recorder here: one recording per run, never a second over the first. */
  const recorded = new Set<string>()

  async function arm(): Promise<void> {
    try {
      stream = await navigator.mediaDevices.getUserMedia({ audio: true })
    }
    catch (error) {
      state.value = { kind: 'failed', message: `No microphone: ${(error as Error).message}` }
      return
    }
    state.value = { kind: 'armed', message: 'Recording starts with the next run: start (or reset and start) the timer' }
  }

  function disarm(): void {
    stop()
    stream?.getTracks().forEach(track => track.stop())
    stream = undefined
    state.value = { kind: 'off', message: '' }
  }

  function start(identity: RunIdentity): void {
    if (!stream || recorded.has(identity.runId))
      return
    recorded.add(identity.runId)
    const active = new MediaRecorder(stream, { mimeType: MIME })
    let sent = 0
    let queue = Promise.resolve()
    active.ondataavailable = (event) => {
      const piece = event.data
      if (piece.size === 0)
        return
      // In order, one at a time: the server appends each piece where the last one ended.
      queue = queue.then(async () => {
        const query = new URLSearchParams({ lessonSlug: identity.lessonSlug, runId: identity.runId, offset: String(sent) })
        const response = await fetch(`${TAKE_AUDIO_ENDPOINT}?${query}`, { method: 'POST', headers: { 'content-type': 'audio/webm' }, body: piece })
        const answer = await response.json() as { file?: string, bytes?: number, error?: string }
        if (!response.ok)
          throw new Error(answer.error ?? `the server answered ${response.status}`)
        sent = answer.bytes ?? sent + piece.size
        if (state.value.kind === 'recording')
          state.value = { kind: 'recording', message: `● Recording to ${answer.file} (${Math.ceil(sent / 1024)} KB)` }
      }).catch((error: Error) => {
        state.value = { kind: 'failed', message: `Recording not saved: ${error.message}` }
        active.stop()
      })
    }
    active.start(PIECE_MS)
    recorder = active
    state.value = { kind: 'recording', message: '● Recording' }
  }

  function stop(): void {
    if (recorder && recorder.state !== 'inactive')
      recorder.stop()
    recorder = undefined
  }

  watch([run, timerRunning], ([identity, running]) => {
    if (recorder && (!identity || !running)) {
      stop()
      if (state.value.kind === 'recording')
        state.value = stream ? { kind: 'armed', message: 'Recorded. Recording starts again with the next run' } : { kind: 'off', message: '' }
    }
    else if (!recorder && identity && running && state.value.kind === 'armed') {
      start(identity)
    }
  })
  onScopeDispose(disarm)

  return {
    /** Only where the dev server saves runs, and where the browser can record. */
    available: import.meta.env.DEV && typeof MediaRecorder !== 'undefined' && MediaRecorder.isTypeSupported(MIME),
    state,
    toggle: () => (state.value.kind === 'off' || state.value.kind === 'failed' ? arm() : disarm()),
  }
}
