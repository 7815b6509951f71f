// The draft's voice: each click's words spoken by espeak-ng, a local voice, one WAV per step, then
// laid into one track on the timeline. Runs two voices at a time (the machines have two cores).
import type { Timeline } from './plan.ts'
import type { VideoStep } from './steps.ts'
import type { Pcm } from './wav.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from '../errors.ts'
import { isStopping, runProgram } from './children.ts'
import { durationOf, layTrack, readWav, writeWav } from './wav.ts'

export const VOICE = 'en-us'
/** Words a minute: espeak's default 175 sounds hurried for a lesson. */
export const VOICE_WPM = 165
const AT_ONCE = 2

/**
 * Signs a reader says as words but espeak-ng reads out by name: `~4-5 minutes` would be "tilde four
 * dash five minutes". The captions keep the script as written; only the voice reads these.
 */
const SPOKEN_SIGNS: [RegExp, string][] = [
  [/~\s*(?=\d)/g, 'about '],
  [/(\d)\s*[-–]\s*(?=\d)/g, '$1 to '],
  [/\s+\/\s+/g, ', '],
  [/(\p{L})\/(?=\p{L})/gu, '$1 '],
  [/\bvs\.?(?=\s)/gi, 'versus'],
  [/\be\.g\.(?=\s|,)/gi, 'for example'],
  [/\bi\.e\.(?=\s|,)/gi, 'that is'],
]

/** The text as the voice should read it. */
export function speakable(text: string): string {
  return SPOKEN_SIGNS.reduce((said, [sign, words]) => said.replace(sign, words), text)
}

/** What espeak-ng says for one step; a step with no words gets no clip. */
export async function speak(text: string, file: string): Promise<Pcm> {
  // The text goes on standard input, so a line starting with `-` is never read as an option.
  const ran = await runProgram('espeak-ng', ['-v', VOICE, '-s', String(VOICE_WPM), '-b', '1', '-w', file, '--stdin'], { input: speakable(text) }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError('NO_TOOLS', `espeak-ng could not be started (${error.code ?? error.message}); install it: apt-get install espeak-ng`)
  })
  if (ran.code !== 0)
    throw new CliError('VERIFY', isStopping() ? 'interrupted: espeak-ng was stopped, and nothing was written' : `espeak-ng failed (exit ${ran.code}): ${ran.stderr.trim().slice(-500)}`)
  return readWav(await readFile(file))
}

/** One clip per step (undefined where nothing is said), spoken into `dir`. */
export async function speakSteps(steps: VideoStep[], dir: string, progress: (done: number) => void): Promise<(Pcm | undefined)[]> {
  const clips: (Pcm | undefined)[] = Array.from({ length: steps.length })
  let next = 0
  let done = 0
  const worker = async () => {
    while (next < steps.length) {
      const i = next++
      const step = steps[i]!
      if (step.words > 0)
        clips[i] = await speak(step.spoken, join(dir, `speech-${i}.wav`))
      progress(++done)
    }
  }
  await Promise.all(Array.from({ length: AT_ONCE }, worker))
  return clips
}

export function clipSeconds(clips: (Pcm | undefined)[]): number[] {
  return clips.map(clip => (clip ? durationOf(clip) : 0))
}

/** The whole sound track as a WAV file: each clip at its step's speech start, silence between. */
export async function writeSpeechTrack(clips: (Pcm | undefined)[], timeline: Timeline, file: string): Promise<void> {
  const first = clips.find(clip => clip !== undefined)
  const sampleRate = first?.sampleRate ?? 22050
  const placed = clips.flatMap((pcm, i) => (pcm ? [{ at: timeline.steps[i]!.speechStart, pcm }] : []))
  await writeFile(file, writeWav(layTrack(placed, timeline.totalFrames / timeline.fps, sampleRate, first?.channels ?? 1)))
}
