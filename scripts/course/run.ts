// A whole course, lesson by lesson: find the lessons, stop on folder-level problems before anything
// is built, put them in series order, then build and export each (see build-lesson.ts) with one
// progress line per step on stderr and a summary table at the end.
import type { Browser } from 'playwright-chromium'
import type { LessonBuild } from './build-lesson.ts'
import type { CourseLesson } from './lessons.ts'
import type { Shard } from './shard.ts'
import type { Step, WorkerTask } from './workers.ts'
import { launchChromium, resolveChromium } from '../browser.ts'
import { CliError } from '../errors.ts'
import { preflightTools } from '../export/preflight.ts'
import { textTable } from '../text-table.ts'
import { basePathOf, buildLesson } from './build-lesson.ts'
import { checkSlugs, findLessonFiles, readLessons } from './lessons.ts'
import { seriesOrder } from './series.ts'
import { inShard } from './shard.ts'
import { buildInWorkers } from './workers.ts'

export interface CourseRun {
  /** Every lesson built (all, or a shard's share), in series order, built or failed. */
  builds: LessonBuild[]
  /** slug → the lesson its Next Video links to. */
  next: Map<string, CourseLesson>
  /** Every lesson of the course in series order, built here or not. */
  order: CourseLesson[]
  /** Every lesson of the course as read, in file order. */
  lessons: CourseLesson[]
}

export interface RunOptions {
  /** Lessons built at once, each in a process of its own when more than 1. */
  jobs?: number
  /** Why that many, when the machine chose: said once the lessons are found. */
  jobsWhy?: string
  /** Build only this share of the lessons (the series order and links still span them all). */
  shard?: Shard
}

export async function runCourse(root: string, lessonsDir: string, log: (line: string) => void, options: RunOptions = {}): Promise<CourseRun> {
  const files = await findLessonFiles(root, lessonsDir)
  checkSlugs(files)
  const lessons = await readLessons(root, files)
  const series = seriesOrder(lessons)
  for (const lesson of series.unmatched) {
    const at = lesson.lesson!.sections.find(section => section.kind === 'next')!.at
    log(`warning: ${lesson.file}:${at.line}:${at.column}: its Next Video names no lesson of ${lessonsDir}/ by its title; the slide stays text`)
  }
  // Only a lesson that can be built is linked to.
  const next = new Map([...series.next].filter(([, target]) => !target.error))
  const mine = series.order.filter(lesson => inShard(lesson.slug, options.shard))
  const tasks = mine.map((lesson) => {
    const target = next.get(lesson.slug)
    return { root, lesson, ...(target ? { nextDeck: { url: `${basePathOf(target.slug)}1`, title: target.title! } } : {}) }
  })
  const prefix = (i: number) => `[${String(i + 1).padStart(String(tasks.length).length)}/${tasks.length}] ${tasks[i]!.lesson.slug}`
  const step = (i: number, name: string, seconds: number, detail?: string) => log(`${prefix(i)}  ${name.padEnd(10)} ${seconds.toFixed(1).padStart(5)} s${detail ? `  ${detail}` : ''}`)
  const done = (i: number, build: LessonBuild) => build.error && log(`${prefix(i)}  FAILED  ${build.error}`)
  const jobs = Math.max(1, Math.min(options.jobs ?? 1, tasks.length))
  if (options.jobsWhy)
    log(jobs === options.jobs ? `Building ${options.jobsWhy}` : `Building ${jobs} lesson${jobs > 1 ? 's' : ''} at once: as many as there are to build`)
  if (jobs > 1)
    await preflight(log)
  const builds = jobs > 1 ? await buildInWorkers(tasks, jobs, step, done) : await buildInProcess(tasks, step, done, log)
  return { builds, next, order: series.order, lessons }
}

/** One lesson after another, in this process, sharing one Chromium started on first use. */
async function buildInProcess(tasks: Omit<WorkerTask, 'id'>[], step: Step, done: (i: number, build: LessonBuild) => void, log: (line: string) => void): Promise<LessonBuild[]> {
  let launching: Promise<Browser> | undefined
  const browser = () => launching ??= startBrowser(log)
  const builds: LessonBuild[] = []
  try {
    for (const [i, task] of tasks.entries()) {
      const build = await buildLesson({ root: task.root, browser, step: (name, seconds, detail) => step(i, name, seconds, detail) }, task.lesson, task.nextDeck)
      done(i, build)
      builds.push(build)
    }
  }
  finally {
    await (await launching?.catch(() => undefined))?.close()
  }
  return builds
}

/** A Chromium and the PDF tools are there, before any lesson is built; says which Chromium. */
async function preflight(log: (line: string) => void): Promise<ReturnType<typeof resolveChromium>> {
  const choice = resolveChromium()
  await preflightTools()
  log(`Chromium: ${choice.path} (${choice.source})`)
  return choice
}

async function startBrowser(log: (line: string) => void): Promise<Browser> {
  const choice = await preflight(log)
  return launchChromium({}, choice).catch((error: Error) => {
    throw new CliError('NO_BROWSER', `${choice.path} did not start as a headless Chromium: ${error.message.split('\n')[0]}`)
  })
}

/** The table that ends a run: per lesson, what was done and how long it took. */
export function summaryTable(builds: LessonBuild[]): string {
  const header = ['#', 'lesson', 'status', 'slides', 'deck', 'exports', 'seconds']
  const rows = builds.map((build, i) => [
    String(i + 1),
    build.lesson.slug,
    build.error ? 'FAILED' : 'ok',
    build.deck ? String(build.deck.slides.length) : '-',
    build.build ?? '-',
    build.exports ?? '-',
    build.seconds.toFixed(1),
  ])
  const total = builds.reduce((sum, build) => sum + build.seconds, 0)
  rows.push(['', 'total', `${builds.filter(b => !b.error).length}/${builds.length} ok`, '', '', '', total.toFixed(1)])
  const failures = builds.filter(build => build.error).map(build => `failed: ${build.error}`)
  return [...textTable([header, ...rows], ['right', 'left', 'left', 'right', 'right', 'right', 'right']), ...failures].join('\n')
}

/** After publishing: exit 1 when any lesson failed, naming them. */
export function throwIfFailed(builds: LessonBuild[]): void {
  const failed = builds.filter(build => build.error)
  if (failed.length > 0)
    throw new CliError('LESSON_FAILED', `${failed.length} of ${builds.length} lessons failed (${failed.map(b => b.lesson.file).join(', ')}); the others were built`)
}
