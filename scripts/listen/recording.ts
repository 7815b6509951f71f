// A recording listened to against the notes, start to end: decoded, checked for speech, recognised
// and aligned. The one entry point `npm run listen`, the take's captions and the rehearsal share.
import type { Heard } from './align.ts'
import type { ListenSentence } from './sentences.ts'
import { mkdtemp, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { CliError } from '../errors.ts'
import { alignHeard } from './align.ts'
import { decodeAudio, hearableWords, recognise, SAMPLE_RATE } from './recognise.ts'
import { voicedSpans } from './voice.ts'

export interface Listened extends Heard {
  /** The recording's length in seconds. */
  seconds: number
}

/** Loudest sample below this (about -50 dBFS) is silence: no voice to listen to. */
const SILENT_PEAK = 100
/**
 * A recording of the lesson has at least this share of its sentences heard, and this share of the words
 * heard in place in its notes (espeak-ng reading the notes: 0.97; reading another lesson: 0.16 to 0.37).
 */
export const LESSON_SHARE = 0.1
export const PLACED_SHARE = 0.45

/** The peak of 16-bit samples. */
export function peakOf(samples: Int16Array): number {
  let peak = 0
  for (const sample of samples)
    peak = Math.max(peak, Math.abs(sample))
  return peak
}

/** What was said of `sentences` in the recording at `audioPath`, and when. `shownAs` names it in errors. */
export async function listenToRecording(audioPath: string, sentences: readonly ListenSentence[], shownAs = audioPath): Promise<Listened> {
  const file = await stat(audioPath).catch(() => undefined)
  if (!file?.isFile())
    throw new CliError('UNREADABLE', `${shownAs}: no such file; expected a recording (WAV, WebM/Opus, MP3…)`)
  if (sentences.length === 0)
    throw new CliError('NOT_THE_LESSON', `the lesson's notes have no sentence to listen for`)
  const scratch = await mkdtemp(join(tmpdir(), 'listen-audio-'))
  try {
    const wav = join(scratch, 'audio.wav')
    const pcm = await decodeAudio(audioPath, wav).catch((error: unknown) => {
      throw error instanceof CliError && error.code === 'BAD_AUDIO' ? new CliError('BAD_AUDIO', error.problem.replace(audioPath, shownAs)) : error
    })
    const seconds = pcm.samples.length / SAMPLE_RATE
    if (peakOf(pcm.samples) < SILENT_PEAK)
      throw new CliError('BAD_AUDIO', `${shownAs}: ${seconds.toFixed(1)} s of silence; no voice to listen to`)
    const words = sentences.flatMap(sentence => sentence.words)
    const [heard, hearable] = await Promise.all([recognise(wav, sentences.map(sentence => sentence.words)), hearableWords(words)])
    const result = alignHeard(sentences, heard, { hearable: word => hearable.has(word), voiced: voicedSpans(pcm.samples, SAMPLE_RATE) })
    const said = result.sentences.filter(sentence => sentence.said).length
    if (heard.length === 0)
      throw new CliError('BAD_AUDIO', `${shownAs}: no speech heard in ${seconds.toFixed(1)} s`)
    if (said < Math.max(1, LESSON_SHARE * sentences.length) || result.placedShare < PLACED_SHARE) {
      const placed = Math.round(result.placedShare * 100)
      throw new CliError('NOT_THE_LESSON', `${shownAs} does not follow the lesson's notes: ${said} of its ${sentences.length} sentences heard, ${placed} % of the words heard in place; is it a recording of this lesson?`)
    }
    return { ...result, seconds }
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
