// Pauses in the voice, from the loudness of the audio alone: a speaker pauses between sentences, so
// speech starting again after a pause is the first sign of the next sentence, long before any of its
// words can be recognised. Pure and incremental: each piece of audio updates the state.

import { FRAME_SECONDS } from '../listen/voice.ts'

// The loudness of the audio, frame by frame, is measured as a recording's is (listen/voice.ts).
export { FRAME_SECONDS, frameLevels } from '../listen/voice.ts'

/** Quiet for this long is a pause (a comma's breath is shorter). */
export const PAUSE_SECONDS = 0.3
/** Loud for this long after a pause is speech again (a click or a breath is shorter). */
export const ONSET_SECONDS = 0.08
/**
 * Speech is this many times louder than the quietest frames lately, within these bounds: a voice
 * that has not paused yet leaves no quiet frames to measure the room by.
 */
const SPEECH_OVER_FLOOR = 4
const MIN_SPEECH_LEVEL = 150
const MAX_SPEECH_LEVEL = 800
/** How much of the past sets the floor (the background's loudness). */
const FLOOR_FRAMES = 500

const PAUSE_FRAMES = Math.round(PAUSE_SECONDS / FRAME_SECONDS)
const ONSET_FRAMES = Math.round(ONSET_SECONDS / FRAME_SECONDS)

export interface Voice {
  /** Loudness (RMS) of recent frames, newest last, at most FLOOR_FRAMES. */
  levels: number[]
  /** Quiet frames in a row, and loud frames since speech began again. */
  quietFrames: number
  loudFrames: number
  /** Speech began after a pause and is not yet long enough to count. */
  pending: boolean
  /** Frames seen since the start. */
  frames: number
}

/** Before any audio: as after a pause. */
export const SILENT: Voice = { levels: [], quietFrames: PAUSE_FRAMES, loudFrames: 0, pending: false, frames: 0 }

/** The voice after these frames, and the times (seconds from the start) where speech began again after a pause. */
export function hear(voice: Voice, levels: readonly number[]): { voice: Voice, onsets: number[] } {
  const recent = [...voice.levels, ...levels].slice(-FLOOR_FRAMES)
  const sorted = [...recent].sort((a, b) => a - b)
  const floor = sorted[Math.floor(sorted.length * 0.1)] ?? 0
  const threshold = Math.min(MAX_SPEECH_LEVEL, Math.max(MIN_SPEECH_LEVEL, floor * SPEECH_OVER_FLOOR))
  let { quietFrames, loudFrames, pending, frames } = voice
  const onsets: number[] = []
  for (const level of levels) {
    frames++
    if (level < threshold) {
      quietFrames++
      continue
    }
    if (quietFrames >= PAUSE_FRAMES) {
      pending = true
      loudFrames = 0
    }
    quietFrames = 0
    loudFrames++
    if (pending && loudFrames >= ONSET_FRAMES) {
      onsets.push((frames - loudFrames) * FRAME_SECONDS)
      pending = false
    }
  }
  return { voice: { levels: recent, quietFrames, loudFrames, pending, frames }, onsets }
}
