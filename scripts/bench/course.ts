// Course figures for npm run bench, over lessons/ and the series' lessons beside the project
// (../shared/series/) when they are there: the whole course built clean by `npm run build`, one
// lesson at a time and two at once, taking turns (course_build_s, course_build_jobs2_s, and the median
// of each pair's ratio course_jobs_ratio, ≤ 0.75 on two cores), how busy the cores were at two jobs
// (course_cores_busy: the CPU of the whole process tree over wall × cores, ≥ 85 %; and at one job), the
// machine's load average when each build started (course_load_1m: other work on the machine takes cores
// from the build), the peak memory of the two-job build (course_peak_mb), what one
// lesson costs (per_lesson_build_s: its deck build, PDF and handout) and its handout alone
// (handout_s); then the course rebuilt after one lesson was edited (course_rebuild_one_s), which
// should cost about one lesson: course_rebuild_ratio = course_rebuild_one_s / per_lesson_build_s (≤ 1.3).
// Works on a copy of the lessons under its own slugs (bench-…), so the project's decks, caches and
// dist/ are left alone. Run alone: node scripts/bench/course.ts
import type { RunFigures } from './process-tree.ts'
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { availableParallelism, loadavg } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { isMain } from '../cli.ts'
import { COURSE_CACHE } from '../course/build-lesson.ts'
import { publishCourseSite } from '../course/publish.ts'
import { runCourse } from '../course/run.ts'
import { DECKS_DIR } from '../deck-location.ts'
import { median } from '../median.ts'
import { runMeasured } from './process-tree.ts'

export interface CourseFigure { name: string, value: number, unit: string }

const PREFIX = 'bench-'
const CLEAN_RUNS = Number(process.env.BENCH_COURSE_CLEAN_RUNS ?? 2)
const REBUILD_RUNS = Number(process.env.BENCH_COURSE_REBUILD_RUNS ?? 3)

export async function courseFigures(root: string, benchDir: string, log: (line: string) => void = () => undefined): Promise<CourseFigure[]> {
  const lessons = join(benchDir, 'course-lessons')
  const out = join(benchDir, 'course-dist')
  await rm(lessons, { recursive: true, force: true })
  await mkdir(lessons, { recursive: true })
  // Own slugs, so the bench never touches the project's course decks or their builds.
  const sources = [join(root, 'lessons'), join(root, '..', 'shared', 'series')]
  const names: string[] = []
  for (const dir of sources) {
    for (const name of (await readdir(dir).catch(() => [] as string[])).filter(file => file.endsWith('.md') && file !== 'README.md').sort()) {
      await copyFile(join(dir, name), join(lessons, `${PREFIX}${name}`))
      names.push(name)
    }
  }
  const lessonsDir = relative(root, lessons)

  const runOnce = async () => {
    const started = performance.now()
    const run = await runCourse(root, lessonsDir, log)
    await publishCourseSite(root, out, run, 'Bench course')
    const failed = run.builds.filter(build => build.error)
    if (failed.length > 0)
      throw new Error(`the bench course failed: ${failed.map(build => build.error).join('; ')}`)
    return { seconds: (performance.now() - started) / 1000, run }
  }

  // What `npm run build` runs, without npm: the script's own words after `node`.
  const buildArgs = (JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts.build!.split(' ').slice(1)
  const loads: number[] = []
  /** `npm run build` on a clean cache, as its own process tree, its memory sampled. */
  const cleanBuild = async (jobs: number) => {
    const cached = await readdir(join(root, COURSE_CACHE)).catch(() => [])
    await Promise.all(cached.filter(name => name.startsWith(PREFIX)).map(name => rm(join(root, COURSE_CACHE, name), { recursive: true, force: true })))
    loads.push(loadavg()[0]!)
    const run = await runMeasured(process.execPath, [...buildArgs, '--lessons', lessonsDir, '--out', relative(root, out), '--jobs', String(jobs)], root, true, 200)
    log(`course bench: --jobs ${jobs} ${run.seconds.toFixed(1)} s, CPU ${run.cpuSeconds.toFixed(1)} s (${run.cpuCountedBy}), load ${loadavg().map(l => l.toFixed(1)).join(' ')}`)
    return run
  }
  const single: RunFigures[] = []
  const double: RunFigures[] = []
  // Taking turns, so a machine busier at one moment weighs on both; each pair's ratio is taken within the pair.
  for (let i = 0; i < CLEAN_RUNS; i++) {
    single.push(await cleanBuild(1))
    double.push(await cleanBuild(2))
  }
  const cores = availableParallelism()
  const busy = (run: RunFigures) => 100 * run.cpuSeconds / (run.seconds * cores)
  const steps = single.flatMap(run => stepsOf(run.stderr))
  const perLesson = median(lessonSeconds(single.map(run => stepsOf(run.stderr))))
  const handout = median(steps.filter(step => step.name === 'handout').map(step => step.seconds))
  const courseSeconds = median(single.map(run => run.seconds))
  const jobsSeconds = median(double.map(run => run.seconds))

  // Each rebuild edits the first lesson in a new way, so its deck really changes every time.
  const edited = join(lessons, `${PREFIX}${names[0]}`)
  const original = await readFile(edited, 'utf8')
  const rebuilds: number[] = []
  try {
    for (let i = 0; i < REBUILD_RUNS; i++) {
      await writeFile(edited, original.replace(/\n## Next Video/, `\n## Edited Section\n\nBench edit number ${i + 1}.\n\n## Next Video`))
      const { seconds, run } = await runOnce()
      const rebuilt = run.builds.filter(build => build.build === 'built').length
      if (rebuilt !== 1)
        throw new Error(`a rebuild after one edit built ${rebuilt} decks; expected 1`)
      rebuilds.push(seconds)
    }
  }
  finally {
    await writeFile(edited, original)
    const decks = await readdir(join(root, DECKS_DIR))
    await Promise.all(decks.filter(name => name.startsWith(PREFIX)).map(name => rm(join(root, DECKS_DIR, name), { force: true })))
  }
  const rebuildOne = median(rebuilds)
  // What the same course would take on a team's 8 cores: the CPU of two jobs (with what running side by
  // side costs) spread over all of them, or one job's own pace when there are too few lessons to share.
  const cpuPerLesson = median(double.map(run => run.cpuSeconds)) / names.length
  const eightCores = Math.max(courseSeconds / names.length, cpuPerLesson * names.length / 8)
  log(`course bench: ${cpuPerLesson.toFixed(1)} CPU s a lesson at two jobs; on 8 cores with --jobs 8 about ${eightCores.toFixed(0)} s for these ${names.length} lessons, ${(cpuPerLesson * 100 / 8 / 60).toFixed(1)} min for 100`)
  return [
    { name: 'course_build_s', value: courseSeconds, unit: 's' },
    { name: 'course_build_jobs2_s', value: jobsSeconds, unit: 's' },
    { name: 'course_jobs_ratio', value: median(double.map((run, i) => run.seconds / single[i]!.seconds)), unit: '×' },
    { name: 'course_cores_busy', value: median(double.map(busy)), unit: '%' },
    { name: 'course_cores_busy_jobs1', value: median(single.map(busy)), unit: '%' },
    // One job already keeps more than one core busy (Vite's esbuild threads, Chromium's processes beside
    // Node): with the same CPU work, two jobs can take no less than that share of one job's time.
    { name: 'course_jobs_ratio_floor', value: Math.max(1 / 2, median(single.map(busy)) / 100 * cores / Math.min(2, cores)), unit: '×' },
    { name: 'course_load_1m', value: median(loads), unit: '' },
    { name: 'course_peak_mb', value: Math.max(...double.map(run => run.peakMb)), unit: 'MB' },
    { name: 'handout_s', value: handout, unit: 's' },
    { name: 'course_rebuild_one_s', value: rebuildOne, unit: 's' },
    { name: 'per_lesson_build_s', value: perLesson, unit: 's' },
    { name: 'course_rebuild_ratio', value: rebuildOne / perLesson, unit: '×' },
  ]
}

/** A progress line of `npm run build`: `[2/11] slug  handout      1.4 s  …`. */
const RE_STEP = /^\[\s*\d+\/\d+\] (\S+)\s+(\S\w*(?: \w+)*?) +(\d+\.\d) s/

function stepsOf(stderr: string): { slug: string, name: string, seconds: number }[] {
  return stderr.split('\n').flatMap((line) => {
    const match = RE_STEP.exec(line)
    return match ? [{ slug: match[1]!, name: match[2]!, seconds: Number(match[3]) }] : []
  })
}

/** Seconds per lesson: its steps added up. */
/** What each lesson cost in each run: its steps summed within a run, never across runs. */
export function lessonSeconds(runs: { slug: string, seconds: number }[][]): number[] {
  return runs.flatMap(steps => [...groupSum(steps).values()])
}

function groupSum(steps: { slug: string, seconds: number }[]): Map<string, number> {
  const sums = new Map<string, number>()
  for (const step of steps)
    sums.set(step.slug, (sums.get(step.slug) ?? 0) + step.seconds)
  return sums
}

if (isMain(import.meta.url)) {
  const root = join(import.meta.dirname, '../..')
  const figures = await courseFigures(root, join(root, '.cache/bench'), line => process.stderr.write(`${line}\n`))
  for (const figure of figures)
    process.stdout.write(`${figure.name}  ${figure.value.toFixed(2)} ${figure.unit}\n`)
  process.stdout.write(`${JSON.stringify(Object.fromEntries(figures.map(f => [f.name, Number(f.value.toFixed(3))])))}\n`)
}
