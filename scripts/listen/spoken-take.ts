// A take made to measure listening by (the tests and the bench): espeak-ng says the notes sentence
// by sentence, leaving out the ones asked, with a pause after each, and ffmpeg joins the pieces. What
// was said and when is known exactly, so the listener's answers can be scored against it.
import type { ListenSentence } from './sentences.ts'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { runProgram } from '../video/children.ts'
import { speak } from '../video/speech.ts'
import { durationOf } from '../video/wav.ts'

export interface SpokenSentence {
  said: boolean
  /** Seconds from the start of the take; null when left out. */
  start: number | null
  end: number | null
}

export interface SpokenTake {
  /** The take, a WAV file. */
  path: string
  sentences: SpokenSentence[]
  seconds: number
}

export interface TakePlan {
  /** Whether the i-th sentence is left out. */
  skip: (index: number) => boolean
  /** The silence after the i-th sentence said, in seconds. */
  pause: (index: number) => number
}

const AT_ONCE = 2

/** Speaks the take into `dir` (its pieces stay there) and returns where each sentence is in it. */
export async function speakTake(sentences: readonly ListenSentence[], plan: TakePlan, dir: string, name = 'take'): Promise<SpokenTake> {
  const said = sentences.map((_, i) => !plan.skip(i))
  const seconds: number[] = sentences.map(() => 0)
  let next = 0
  const worker = async () => {
    while (next < sentences.length) {
      const i = next++
      if (said[i])
        seconds[i] = durationOf(await speak(sentences[i]!.text, join(dir, `${name}-${i}.wav`)))
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker))
  // espeak-ng speaks at 22,050 Hz mono; the pauses are made the same, so the pieces join without resampling.
  const list: string[] = []
  const pauses = new Map<string, string>()
  let at = 0
  const spoken = sentences.map((_, i): SpokenSentence => {
    if (!said[i])
      return { said: false, start: null, end: null }
    const pause = plan.pause(i).toFixed(2)
    if (!pauses.has(pause))
      pauses.set(pause, join(dir, `${name}-pause-${pause}.wav`))
    list.push(`file '${name}-${i}.wav'`, `file '${`${name}-pause-${pause}.wav`}'`)
    const start = at
    at += seconds[i]! + Number(pause)
    return { said: true, start, end: start + seconds[i]! }
  })
  for (const [pause, path] of pauses)
    await ffmpeg(['-f', 'lavfi', '-i', `anullsrc=r=22050:cl=mono`, '-t', pause, '-c:a', 'pcm_s16le', path])
  const listFile = join(dir, `${name}.ffconcat`)
  await writeFile(listFile, `ffconcat version 1.0\n${list.join('\n')}\n`)
  const path = join(dir, `${name}.wav`)
  await ffmpeg(['-f', 'concat', '-safe', '0', '-i', listFile, '-c:a', 'pcm_s16le', path])
  return { path, sentences: spoken, seconds: at }
}

async function ffmpeg(args: string[]): Promise<void> {
  const ran = await runProgram('ffmpeg', ['-nostdin', '-v', 'error', '-y', ...args])
  if (ran.code !== 0)
    throw new Error(`ffmpeg ${args.join(' ')} failed: ${ran.stderr.trim()}`)
}

export interface ListenScore {
  /** Skipped sentences reported skipped, over those skipped (1 when none was). */
  skipRecall: number
  /** Said sentences reported skipped, over those said. */
  falseSkips: number
  /** Median of |reported start − real start| over the said sentences reported said, in seconds. */
  medianStartError: number
}

/** How well a listener's answers match the take it was given. */
export function scoreListening(take: SpokenTake, reported: readonly { said: boolean, start: number | null }[]): ListenScore {
  const pairs = take.sentences.map((truth, i) => ({ truth, got: reported[i]! }))
  const skipped = pairs.filter(p => !p.truth.said)
  const said = pairs.filter(p => p.truth.said)
  const errors = said.filter(p => p.got.said).map(p => Math.abs(p.got.start! - p.truth.start!)).sort((a, b) => a - b)
  return {
    skipRecall: skipped.length === 0 ? 1 : skipped.filter(p => !p.got.said).length / skipped.length,
    falseSkips: said.length === 0 ? 0 : said.filter(p => !p.got.said).length / said.length,
    medianStartError: errors.length === 0 ? Number.POSITIVE_INFINITY : errors[Math.floor((errors.length - 1) / 2)]!,
  }
}
