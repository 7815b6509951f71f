// One live listening: the microphone's audio as it arrives (16 kHz mono 16-bit PCM), followed through
// the notes. Pauses move the place at once (pauses.ts); the recogniser, run again and again on the
// last few seconds of audio (a sliding window, as fast as it goes), confirms it, finishes sentences
// and catches skips (follow.ts).
import type { HeardWord } from '../listen/pocketsphinx.ts'
import type { ListenSentence } from '../listen/sentences.ts'
import type { Place } from './follow.ts'
import type { Where } from './routes.ts'
import { appendFileSync } from 'node:fs'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { recognise, SAMPLE_RATE } from '../listen/recognise.ts'
import { writeWav } from '../video/wav.ts'
import { anchor, follow, onset, phrasesToListenFor, scriptOf, START } from './follow.ts'
import { FRAME_SECONDS, frameLevels, hear, SILENT } from './pauses.ts'

/** Seconds of audio each decode listens to. */
export const WINDOW_SECONDS = 4
/** LISTEN_LOG=FILE writes what each piece of audio and each decode did to the place, a JSON line each: to see why a mark came late. */
const log = process.env.LISTEN_LOG
  ? (event: object) => appendFileSync(process.env.LISTEN_LOG!, `${JSON.stringify(event)}\n`)
  : () => {}
/**
 * New audio worth a decode. Pauses move the mark at once; the recogniser confirms and catches skips,
 * and running it back to back would take a whole core from the speaker's machine.
 */
const MIN_NEW_SECONDS = 0.5
const IDLE_MS = 40

export type Recognise = (wavPath: string, phrases: readonly (readonly string[])[]) => Promise<HeardWord[]>

export interface Listener {
  append: (pcm: Int16Array) => void
  /** The deck shows this slide and click. */
  show: (slide: number, click: number) => void
  where: () => Where
  stop: () => Promise<void>
}

export async function startListening(sentences: readonly ListenSentence[], hearWords: Recognise = recognise): Promise<Listener> {
  const script = scriptOf(sentences)
  const scratch = await mkdtemp(join(tmpdir(), 'live-listen-'))
  const wav = join(scratch, 'window.wav')
  let place: Place = START
  let voice = SILENT
  /** The last WINDOW_SECONDS (and a little) of audio, and how many samples came in all. */
  let recent = new Int16Array(0)
  let received = 0
  let decodedTo = 0
  let stopped = false
  let problem: string | undefined
  let carry = new Int16Array(0)

  function append(pcm: Int16Array): void {
    const joined = new Int16Array(recent.length + pcm.length)
    joined.set(recent)
    joined.set(pcm, recent.length)
    recent = joined.slice(-Math.ceil((WINDOW_SECONDS + 1) * SAMPLE_RATE))
    received += pcm.length
    // Loudness in whole frames; the part of a frame left over waits for the next piece.
    const levelsOf = new Int16Array(carry.length + pcm.length)
    levelsOf.set(carry)
    levelsOf.set(pcm, carry.length)
    const frame = Math.round(SAMPLE_RATE * FRAME_SECONDS)
    const whole = levelsOf.length - (levelsOf.length % frame)
    carry = levelsOf.slice(whole)
    const heard = hear(voice, frameLevels(levelsOf.subarray(0, whole), SAMPLE_RATE))
    voice = heard.voice
    for (const at of heard.onsets) {
      place = onset(script, place, at)
      log({ onset: at, sentence: place.sentence, finished: place.finished, since: place.since })
    }
  }

  async function decodeLoop(): Promise<void> {
    while (!stopped) {
      if ((received - decodedTo) / SAMPLE_RATE < MIN_NEW_SECONDS) {
        await new Promise(done => setTimeout(done, IDLE_MS))
        continue
      }
      decodedTo = received
      const samples = recent.slice(-WINDOW_SECONDS * SAMPLE_RATE)
      const from = (decodedTo - samples.length) / SAMPLE_RATE
      await writeFile(wav, writeWav({ sampleRate: SAMPLE_RATE, channels: 1, samples }))
      const heard = await hearWords(wav, phrasesToListenFor(script, place)).catch((error: Error) => {
        problem = error.message
        stopped = true
        return []
      })
      if (!stopped) {
        place = follow(script, heard.map(word => ({ ...word, start: word.start + from, end: word.end + from })), place)
        log({ decoded: [from, decodedTo / SAMPLE_RATE], at: received / SAMPLE_RATE, heard: heard.map(w => w.word).join(' '), sentence: place.sentence, finished: place.finished })
      }
    }
  }
  const looping = decodeLoop()

  return {
    append,
    show: (slide, click) => {
      const before = place.sentence
      place = anchor(script, place, slide, click)
      if (place.sentence !== before)
        log({ shown: [slide, click], sentence: place.sentence })
    },
    where: () => ({ sentence: place.sentence, finished: place.finished, seconds: received / SAMPLE_RATE, ...(problem ? { problem } : {}) }),
    stop: async () => {
      stopped = true
      await looping
      await rm(scratch, { recursive: true, force: true })
    },
  }
}
