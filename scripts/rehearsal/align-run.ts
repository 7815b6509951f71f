// After a recorded run, the dev server listens to it in the background: once the run is saved and
// its recording has stopped growing, the recording is aligned to the lesson's notes (scripts/listen/)
// and what was said is written beside the run as <run-id>.heard.json (heard.ts). One at a time, so a
// rehearsal never waits on it; a recording that can't be listened to is reported in the terminal.
import { readFile, stat } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { LESSONS_DIR } from '../deck-location.ts'
import { CliError } from '../errors.ts'
import { writeAtomically } from '../io.ts'
import { slugOf } from '../lesson/parse.ts'
import { listenToRecording } from '../listen/recording.ts'
import { listenForLesson } from '../listen/sentences.ts'
import { heardFileOf } from './heard.ts'

/** The recording is complete once no piece has come for this long (the browser sends one a second). */
export const QUIET_MS = 3000

export interface AlignRuns {
  /** A run was saved: listen to its recording, if it has one, once the recording is quiet. */
  runSaved: (lessonSlug: string, runId: string) => void
  /** A piece of a recording came: a listening still waiting for it waits longer. */
  audioCame: (lessonSlug: string, runId: string) => void
  /** Resolves when every listening asked for so far is done (tests). */
  idle: () => Promise<void>
}

export interface AlignOptions {
  rehearsalsDir: string
  /** The project root, where lessons/<slug>.md are read. */
  root: string
  /** The lesson `npm start` presents, relative to the root: read for its own slug wherever it is. */
  lesson?: string
  report?: (line: string) => void
}

export function alignRuns(options: AlignOptions): AlignRuns {
  const report = options.report ?? (line => process.stderr.write(`${line}\n`))
  const waiting = new Map<string, ReturnType<typeof setTimeout>>()
  let queue: Promise<void> = Promise.resolve()
  let pending = 0
  const settled: (() => void)[] = []

  function schedule(lessonSlug: string, runId: string): void {
    const key = `${lessonSlug}/${runId}`
    clearTimeout(waiting.get(key))
    if (!waiting.has(key))
      pending++
    waiting.set(key, setTimeout(() => {
      waiting.delete(key)
      queue = queue.then(() => alignOne(lessonSlug, runId)).catch((error: Error) => report(`rehearsals: could not listen to ${key}.webm: ${error.message}`)).finally(() => {
        if (--pending === 0)
          settled.splice(0).forEach(done => done())
      })
    }, QUIET_MS))
  }

  async function alignOne(lessonSlug: string, runId: string): Promise<void> {
    const dir = join(options.rehearsalsDir, lessonSlug)
    const recording = join(dir, `${runId}.webm`)
    if (!(await stat(recording).catch(() => undefined)))
      return
    const lessonFile = options.lesson && slugOf(options.lesson) === lessonSlug ? options.lesson : `${LESSONS_DIR}/${lessonSlug}.md`
    const markdown = await readFile(resolve(options.root, lessonFile), 'utf8').catch(() => {
      throw new CliError('UNREADABLE', `no lesson ${lessonFile} to listen for`)
    })
    const shownAs = `rehearsals/${lessonSlug}/${runId}.webm`
    const { sentences, wordsPerMinute } = await listenToRecording(recording, listenForLesson(markdown, lessonFile), shownAs)
    await writeAtomically(join(dir, heardFileOf(runId)), `${JSON.stringify({ version: 1, runId, sentences, wordsPerMinute }, null, 2)}\n`)
    const skipped = sentences.filter(s => !s.said).length
    report(`rehearsals: listened to ${shownAs}: ${sentences.length - skipped} of ${sentences.length} sentences said, ${skipped} skipped`)
  }

  return {
    runSaved: schedule,
    audioCame: (lessonSlug, runId) => {
      if (waiting.has(`${lessonSlug}/${runId}`))
        schedule(lessonSlug, runId)
    },
    idle: () => (pending === 0 ? Promise.resolve() : new Promise(done => settled.push(done))),
  }
}
