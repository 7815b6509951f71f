// What was said in a recorded run: rehearsals/<lesson-slug>/<run-id>.heard.json, written beside the
// run and its recording once the dev server has listened to it (align-run.ts). Every sentence of the
// notes, said or skipped, with when (seconds on the run's own timer: the recording starts with it).
// Pure: the file's name and its check.
import type { HeardSentence } from '../listen/align.ts'
import { CliError } from '../errors.ts'
import { RE_RUN_ID } from './run.ts'

export interface HeardRun {
  version: 1
  runId: string
  sentences: HeardSentence[]
  /** Words of the sentences said over the time from the first said to the last; null when none was. */
  wordsPerMinute: number | null
}

export const HEARD_SUFFIX = '.heard.json'

export function heardFileOf(runId: string): string {
  return `${runId}${HEARD_SUFFIX}`
}

/** The heard run in `value`, or a BAD_RUN CliError saying what is wrong. */
export function parseHeard(value: unknown): HeardRun {
  const heard = value as Partial<HeardRun> | null
  if (typeof heard !== 'object' || heard === null || heard.version !== 1)
    throw new CliError('BAD_RUN', 'expected what the dev server heard in a run (version 1)')
  if (typeof heard.runId !== 'string' || !RE_RUN_ID.test(heard.runId))
    throw new CliError('BAD_RUN', 'runId: expected 6 to 64 letters, digits, "-" or "_"')
  if (!Array.isArray(heard.sentences) || !heard.sentences.every(isHeardSentence))
    throw new CliError('BAD_RUN', 'sentences: expected each with text, slide, click, section, sectionIndex, said, start and end')
  if (heard.wordsPerMinute !== null && typeof heard.wordsPerMinute !== 'number')
    throw new CliError('BAD_RUN', 'wordsPerMinute: expected a number or null')
  return { version: 1, runId: heard.runId, sentences: heard.sentences, wordsPerMinute: heard.wordsPerMinute ?? null }
}

function isHeardSentence(value: unknown): value is HeardSentence {
  const s = value as HeardSentence
  const time = (t: unknown) => t === null || (typeof t === 'number' && Number.isFinite(t))
  return typeof s === 'object' && s !== null && typeof s.text === 'string' && Number.isInteger(s.slide) && Number.isInteger(s.click)
    && typeof s.section === 'string' && Number.isInteger(s.sectionIndex) && typeof s.said === 'boolean' && time(s.start) && time(s.end)
}
