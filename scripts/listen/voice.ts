// Where a recording has a voice at all, from its samples: the spans louder than the room. Pure. The
// alignment uses them for the sentences the recogniser mishears (a lone `Done.` or `Stalemate.`): a
// voice between two sentences said, apart from both, is the sentence between them said.

export interface VoicedSpan {
  /** Seconds from the start of the recording. */
  start: number
  end: number
}

/** Loudness is measured over frames of 20 ms. */
export const FRAME_SECONDS = 0.02
/** A voice is louder than a tenth of the recording's loud frames (its 95th percentile). */
const VOICE_SHARE = 0.1
const LOUD_PERCENTILE = 0.95
/** Quieter stretches shorter than this are inside a word or between two words, not a pause. */
const BRIDGE_SECONDS = 0.15
/** A voiced stretch shorter than this is a click or a breath. */
const SHORTEST_SECONDS = 0.1

/** The voiced spans of 16-bit mono samples at `rate` samples a second, in order. */
export function voicedSpans(samples: Int16Array, rate: number): VoicedSpan[] {
  const loudness = frameLevels(samples, rate)
  if (loudness.length === 0)
    return []
  const loud = [...loudness].sort((a, b) => a - b)[Math.floor((loudness.length - 1) * LOUD_PERCENTILE)]!
  const spans: VoicedSpan[] = []
  loudness.forEach((level, frame) => {
    if (level <= loud * VOICE_SHARE || level === 0)
      return
    const start = frame * FRAME_SECONDS
    const last = spans.at(-1)
    if (last && start - last.end <= BRIDGE_SECONDS)
      last.end = start + FRAME_SECONDS
    else
      spans.push({ start, end: start + FRAME_SECONDS })
  })
  return spans.filter(span => span.end - span.start >= SHORTEST_SECONDS)
}

/** The RMS loudness of each whole frame of 16-bit samples at `sampleRate`. */
export function frameLevels(samples: Int16Array, sampleRate: number): number[] {
  const size = Math.max(1, Math.round(sampleRate * FRAME_SECONDS))
  const levels: number[] = []
  for (let at = 0; at + size <= samples.length; at += size) {
    let sum = 0
    for (let i = at; i < at + size; i++)
      sum += samples[i]! * samples[i]!
    levels.push(Math.sqrt(sum / size))
  }
  return levels
}
