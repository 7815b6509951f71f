// Listening figures for npm run bench: a lesson of the series (../shared/series/, else the project's
// first lesson) read by espeak-ng at bench time, one sentence in six left out and pauses of 0.3 to 2 s
// between the others, then `npm run listen -- TAKE --lesson FILE --json` on it, timed: its time over the
// take's length (listen_realtime_ratio, at most 0.3 on two cores), the share of the sentences left out
// that it reports skipped (listen_skip_recall, at least 90 %) and of those said that it reports skipped
// (listen_false_skips, at most 5 %), and the median error of a said sentence's start. Run alone: node scripts/bench/listen.ts
import type { Heard } from '../listen/align.ts'
import { mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { isMain } from '../cli.ts'
import { DEFAULT_LESSON } from '../deck-location.ts'
import { listenForLesson } from '../listen/sentences.ts'
import { scoreListening, speakTake } from '../listen/spoken-take.ts'
import { runProgram } from '../video/children.ts'
import { seededRandom } from './lessons.ts'

export interface ListenFigure { name: string, value: number, unit: string }

export const LISTEN_TARGETS = { listen_realtime_ratio: 0.3, listen_false_skips: 5 }
export const LISTEN_AT_LEAST = { listen_skip_recall: 90 }

/** The first lesson of the series beside the project, by name; the project's own when there is none. */
async function benchLesson(root: string): Promise<string> {
  const dir = join(root, '..', 'shared', 'series')
  const names = (await readdir(dir).catch(() => [] as string[])).filter(name => name.endsWith('.md') && name !== 'README.md').sort()
  return names[0] ? relative(root, join(dir, names[0])) : DEFAULT_LESSON
}

export async function listenFigures(root: string, benchDir: string, log: (line: string) => void = () => undefined): Promise<ListenFigure[]> {
  const lesson = await benchLesson(root)
  const dir = join(benchDir, 'listen')
  await rm(dir, { recursive: true, force: true })
  await mkdir(dir, { recursive: true })
  const sentences = listenForLesson(await readFile(join(root, lesson), 'utf8'), lesson)
  const random = seededRandom(25)
  const take = await speakTake(sentences, { skip: i => i % 6 === 3, pause: () => 0.3 + 1.7 * random() }, dir)
  log(`listen: ${lesson}, ${sentences.length} sentences, a take of ${take.seconds.toFixed(0)} s`)
  const started = performance.now()
  const ran = await runProgram('npm', ['run', '-s', 'listen', '--', take.path, '--lesson', lesson, '--json'])
  const seconds = (performance.now() - started) / 1000
  if (ran.code !== 0)
    throw new Error(`npm run listen failed (exit ${ran.code}): ${ran.stderr.trim()}`)
  const heard = JSON.parse(ran.stdout) as Heard
  const score = scoreListening(take, heard.sentences)
  return [
    { name: 'listen_s', value: seconds, unit: 's' },
    { name: 'listen_take_s', value: take.seconds, unit: 's' },
    { name: 'listen_realtime_ratio', value: seconds / take.seconds, unit: '×' },
    { name: 'listen_skip_recall', value: score.skipRecall * 100, unit: '%' },
    { name: 'listen_false_skips', value: score.falseSkips * 100, unit: '%' },
    { name: 'listen_start_error_s', value: score.medianStartError, unit: 's' },
  ]
}

if (isMain(import.meta.url))
  console.log(await listenFigures(join(import.meta.dirname, '../..'), join(import.meta.dirname, '../../.cache/bench'), console.error))
