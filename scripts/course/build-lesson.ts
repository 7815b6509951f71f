// One lesson of the course, start to finish: its course deck (linked to the next lesson's), the deck
// built under `/<slug>/` with its print routes, and from that one build its PDF and handout. Each
// step is skipped when nothing it depends on changed: the build through the export build cache, the
// exports through a stamp of the build they were printed from. What fails is returned, not thrown,
// so one broken lesson never stops the others.
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../lesson/types.ts'
import type { CourseLesson } from './lessons.ts'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateDeckFile, writeDeckFile } from '../deck-file.ts'
import { deckFileFor } from '../deck-location.ts'
import { CliError, startOf } from '../errors.ts'
import { buildDirOf, ensureBuilt } from '../export/build-cache.ts'
import { readDeckInfo } from '../export/deck.ts'
import { COURSE_FORMATS, FORMATS } from '../export/formats.ts'
import { printBuiltDeck } from '../export/session.ts'
import { buildDeck } from '../export/slidev-build.ts'
import { plain } from '../lesson/text.ts'

/** Course builds are kept apart from single-deck exports: they are built under another base path. */
export const COURSE_CACHE = '.cache/course'
/** Changes whenever the way exports are made changes, so older ones are printed again. */
const EXPORTS_RECIPE = 'course-exports-2'
const EXPORTS_STAMP = 'stamp'

export type StepOutcome = 'built' | 'cached'

export interface LessonBuild {
  lesson: CourseLesson
  /** The deck as planned (slides, timing), when the lesson could be used. */
  deck?: Deck
  /** The built deck, ready to copy under `dist/<slug>/`. */
  builtDir?: string
  /** The files of the course's formats (COURSE_FORMATS, in order): its PDF and handout. */
  outputs?: string[]
  build?: StepOutcome
  exports?: StepOutcome
  /** `FILE:LINE:COL: …` when the lesson failed. */
  error?: string
  seconds: number
}

export interface LessonContext {
  root: string
  /** The Chromium every export of the run shares, started on first use. */
  browser: () => Promise<Browser>
  /** One progress line per step. */
  step: (name: string, seconds: number, detail?: string) => void
}

/** The URL path a lesson's deck is served under in the course. */
export function basePathOf(slug: string): string {
  return `/${slug}/`
}

export async function buildLesson(context: LessonContext, lesson: CourseLesson, nextDeck?: { url: string, title: string }): Promise<LessonBuild> {
  const started = performance.now()
  const result: LessonBuild = { lesson, seconds: 0 }
  const { root, step } = context
  const timed = async <T>(name: string, task: () => Promise<T>, detail?: (value: T) => string): Promise<T> => {
    const from = performance.now()
    const value = await task()
    step(name, (performance.now() - from) / 1000, detail?.(value))
    return value
  }
  if (lesson.error)
    return { ...result, error: lesson.error }
  try {
    const entry = deckFileFor(lesson.file, 'course')
    const file = await timed('generate', async () => {
      const generated = await generateDeckFile(root, lesson.file, entry, { nextDeck })
      // The course deck file is the course's alone: rewritten even when someone edited it.
      await writeDeckFile(root, generated, true)
      return generated
    }, generated => `${generated.deck.slides.length} slides`)
    result.deck = file.deck
    const cacheRoot = join(root, COURSE_CACHE)
    const base = basePathOf(lesson.slug)
    const built = await timed('build', () => ensureBuilt(root, entry, cacheRoot, () => undefined, (deckFile, outDir) => buildDeck({ entry: deckFile, outDir, base, printRoutes: true }))
      .catch((error: Error) => {
        throw new CliError('BUILD', `slidev could not build its deck ${entry}: ${error.message.split('\n')[0]}`, startOf(lesson.file))
      }), value => (value.rebuilt ? 'built' : 'cached, inputs unchanged'))
    result.builtDir = built.dir
    result.build = built.rebuilt ? 'built' : 'cached'

    const home = buildDirOf(cacheRoot, entry)
    const exportsDir = join(home, 'exports')
    const wanted = `${EXPORTS_RECIPE}\n${await readFile(join(home, 'stamp'), 'utf8')}`
    const outputs = COURSE_FORMATS.map(name => ({ name, format: FORMATS[name], out: join(exportsDir, FORMATS[name].fileName(lesson.slug, false)) }))
    result.outputs = outputs.map(output => output.out)
    if (await readFile(join(exportsDir, EXPORTS_STAMP), 'utf8').catch(() => '') === wanted) {
      result.exports = 'cached'
      step('exports', 0, 'cached, deck unchanged')
    }
    else {
      await rm(exportsDir, { recursive: true, force: true })
      await mkdir(exportsDir, { recursive: true })
      const browser = await context.browser()
      const notes = file.deck.slides.flatMap(slide => slide.notes.flat().map(plain)).join('\n')
      const target = {
        root,
        deck: readDeckInfo(file.text, entry),
        builtDir: built.dir,
        base,
        withClicks: false,
        extraText: notes,
        snapshots: false,
        log: () => undefined,
      }
      const session = await timed('print view', () => printBuiltDeck(browser, target))
      try {
        for (const { name, format, out } of outputs)
          await timed(name, () => format.write(session, { planned: file.deck, out, withClicks: false, paper: 'a4', log: () => undefined }))
      }
      finally {
        await session.close()
      }
      // Last: exports without a stamp are never taken for current.
      await writeFile(join(exportsDir, EXPORTS_STAMP), wanted)
      result.exports = 'built'
    }
  }
  catch (error) {
    // Browser and tools missing stop the whole run (exit 2), as they would stop every lesson.
    if (error instanceof CliError && (error.code === 'NO_BROWSER' || error.code === 'NO_TOOLS'))
      throw error
    const message = error instanceof CliError ? error.message : (error as Error).message
    result.error = message.startsWith(lesson.file) ? message : `${lesson.file}:1:1: ${message}`
  }
  result.seconds = (performance.now() - started) / 1000
  return result
}
