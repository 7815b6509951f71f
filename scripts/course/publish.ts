// Puts a course run where people look: the whole site into dist/ (built in a temporary folder beside
// it and swapped in, so dist/ is the old site or the new one, never half of either, even when the
// build is interrupted), or each lesson's PDF and handout into exports/ (each file renamed into place).
import type { LessonBuild } from './build-lesson.ts'
import type { CourseEntry } from './page.ts'
import type { CourseRun } from './run.ts'
import { randomBytes } from 'node:crypto'
import { rmSync } from 'node:fs'
import { copyFile, cp, mkdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import process from 'node:process'
import { REHEARSALS_DIR } from '../deck-location.ts'
import { writeAtomically } from '../io.ts'
import { formatRange } from '../lesson/timing.ts'
import { REPORT_FILE } from '../rehearsal/runs-dir.ts'
import { VIDEOS_DIR } from '../video/paths.ts'
import { coursePage, PAGE_ASSETS_DIR, PAGE_FONTS } from './page.ts'

/** The page's entry for one lesson, from its build. */
export function courseEntry(build: LessonBuild, run: CourseRun, rehearsalReport?: string, video: { video?: string, captions?: string } = {}): CourseEntry {
  const { lesson, deck } = build
  const timing = deck?.timing
  return {
    slug: lesson.slug,
    file: lesson.file,
    // A lesson that can't be read has no title: its file name stands in (the message names the path).
    title: lesson.title ?? basename(lesson.file),
    level: lesson.lesson?.level,
    videoLength: lesson.lesson?.videoLength ? formatRange(lesson.lesson.videoLength) : undefined,
    slides: deck?.slides.length,
    planSeconds: timing?.totalSeconds,
    notesSeconds: timing?.speakSeconds.reduce((a, b) => a + b, 0),
    error: build.error,
    rehearsalReport,
    ...video,
    nextTitle: run.next.get(lesson.slug)?.title,
  }
}

/** Writes the course into `outDir` (absolute) whole; returns the paths written, relative to it. */
export async function publishCourseSite(root: string, outDir: string, run: CourseRun, title: string): Promise<string[]> {
  return replaceDir(outDir, async (temp) => {
    const { written, entries } = await copyLessons(root, temp, run)
    await writeCoursePage(root, temp, title, entries)
    return ['index.html', ...written]
  })
}

/** Each built lesson's deck, its files (PDF, handout) and rehearsal report under `dir`, and the page's entries for all of them. */
export async function copyLessons(root: string, dir: string, run: CourseRun): Promise<{ written: string[], entries: CourseEntry[] }> {
  const written: string[] = []
  const entries: CourseEntry[] = []
  for (const build of run.builds) {
    const { slug } = build.lesson
    let report: string | undefined
    const video: { video?: string, captions?: string } = {}
    if (!build.error) {
      await cp(build.builtDir!, join(dir, slug), { recursive: true })
      written.push(`${slug}/`)
      for (const file of build.outputs!) {
        await copyFile(file, join(dir, slug, basename(file)))
        written.push(`${slug}/${basename(file)}`)
      }
      // The rehearsal report, when the speaker has one, travels with the course.
      const ownReport = join(root, REHEARSALS_DIR, slug, REPORT_FILE)
      if (await stat(ownReport).then(info => info.isFile(), () => false)) {
        report = `${REHEARSALS_DIR}/${slug}/${REPORT_FILE}`
        await mkdir(dirname(join(dir, report)), { recursive: true })
        await copyFile(ownReport, join(dir, report))
      }
      // So does the lesson's video with its captions, when it was rendered (npm run video).
      for (const [kind, name] of [['video', `${slug}.mp4`], ['captions', `${slug}.vtt`]] as const) {
        const own = join(root, VIDEOS_DIR, name)
        if (await stat(own).then(info => info.isFile(), () => false)) {
          await copyFile(own, join(dir, slug, name))
          video[kind] = `${slug}/${name}`
          written.push(`${slug}/${name}`)
        }
      }
    }
    entries.push(courseEntry(build, run, report, video))
  }
  return { written, entries }
}

/** The course page and the fonts and icon it loads, in `dir`. */
export async function writeCoursePage(root: string, dir: string, title: string, entries: CourseEntry[]): Promise<void> {
  await mkdir(join(dir, PAGE_ASSETS_DIR))
  for (const font of PAGE_FONTS)
    await copyFile(join(root, 'node_modules/@fontsource/nunito-sans/files', font), join(dir, PAGE_ASSETS_DIR, font))
  await copyFile(join(root, 'public/favicon.svg'), join(dir, PAGE_ASSETS_DIR, 'favicon.svg')).catch(() => undefined)
  await writeFile(join(dir, 'index.html'), coursePage(title, entries))
}

/** Copies each built lesson's files (its PDF and handout) into `outDir`; returns the files written. */
export async function publishExports(outDir: string, run: CourseRun): Promise<string[]> {
  await mkdir(outDir, { recursive: true })
  const written: string[] = []
  for (const build of run.builds.filter(b => !b.error)) {
    for (const file of build.outputs!) {
      const out = join(outDir, basename(file))
      await writeAtomically(out, await readFile(file))
      written.push(out)
    }
  }
  return written
}

/**
 * Fills a new folder beside `dir`, then swaps it in. An error, or Ctrl-C, removes the new folder and
 * leaves `dir` as it was.
 */
export async function replaceDir<T>(dir: string, fill: (temp: string) => Promise<T>): Promise<T> {
  const temp = `${dir}.${randomBytes(4).toString('hex')}.tmp`
  const old = `${temp}.old`
  const interrupted = (signal: NodeJS.Signals) => {
    rmSync(temp, { recursive: true, force: true })
    process.kill(process.pid, signal)
  }
  process.once('SIGINT', interrupted).once('SIGTERM', interrupted)
  try {
    await mkdir(temp, { recursive: true })
    const result = await fill(temp)
    const hadOld = await stat(dir).then(() => true, () => false)
    if (hadOld)
      await rename(dir, old)
    await rename(temp, dir)
    await rm(old, { recursive: true, force: true })
    return result
  }
  finally {
    process.off('SIGINT', interrupted).off('SIGTERM', interrupted)
    await rm(temp, { recursive: true, force: true })
  }
}
