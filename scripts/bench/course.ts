// Course figures for npm run bench: the whole course built clean (course_build_s), the same course
// rebuilt after one lesson was edited (course_rebuild_one_s), and what one lesson costs in the clean
// build (per_lesson_build_s: its deck build, PDF and handout). The rebuild should cost about one
// lesson, not the course: course_rebuild_ratio = course_rebuild_one_s / per_lesson_build_s (≤ 1.3).
// Works on a copy of lessons/ under its own slugs (bench-…), so the project's decks, caches and
// dist/ are left alone. Run alone: node scripts/bench/course.ts
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { isMain } from '../cli.ts'
import { COURSE_CACHE } from '../course/build-lesson.ts'
import { publishCourseSite } from '../course/publish.ts'
import { runCourse } from '../course/run.ts'
import { DECKS_DIR } from '../deck-location.ts'
import { median } from '../median.ts'

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
  const names = (await readdir(join(root, 'lessons'))).filter(name => name.endsWith('.md')).sort()
  for (const name of names)
    await copyFile(join(root, 'lessons', name), join(lessons, `${PREFIX}${name}`))
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
  const clean = async () => {
    const cached = await readdir(join(root, COURSE_CACHE)).catch(() => [])
    await Promise.all(cached.filter(name => name.startsWith(PREFIX)).map(name => rm(join(root, COURSE_CACHE, name), { recursive: true, force: true })))
    return runOnce()
  }

  const cleanRuns = []
  for (let i = 0; i < CLEAN_RUNS; i++)
    cleanRuns.push(await clean())
  const perLesson = median(cleanRuns.flatMap(({ run }) => run.builds.map(build => build.seconds)))

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
  return [
    { name: 'course_build_s', value: median(cleanRuns.map(r => r.seconds)), unit: 's' },
    { name: 'course_rebuild_one_s', value: rebuildOne, unit: 's' },
    { name: 'per_lesson_build_s', value: perLesson, unit: 's' },
    { name: 'course_rebuild_ratio', value: rebuildOne / perLesson, unit: '×' },
  ]
}

if (isMain(import.meta.url)) {
  const root = join(import.meta.dirname, '../..')
  const figures = await courseFigures(root, join(root, '.cache/bench'), line => process.stderr.write(`${line}\n`))
  for (const figure of figures)
    process.stdout.write(`${figure.name}  ${figure.value.toFixed(2)} ${figure.unit}\n`)
  process.stdout.write(`${JSON.stringify(Object.fromEntries(figures.map(f => [f.name, Number(f.value.toFixed(3))])))}\n`)
}
