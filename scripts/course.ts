// CLI: npm run build -- [--lessons DIR] [--out DIR] [--title TEXT]
// Builds every lesson of the lessons folder into a course: the course page (OUT/index.html) and per
// lesson its deck under OUT/<slug>/ with its PDF and handout beside it. Only lessons whose inputs
// changed are built and exported again (scripts/course/run.ts).
// Exit codes: 0 built; 1 a lesson failed (the others are built, the page marks it); 2 no lessons, two
// lessons with one slug, bad arguments, or no browser / poppler.
import { relative, resolve } from 'node:path'
import { isMain, type Io, processIo } from './cli.ts'
import { runCommand } from './errors.ts'
import { parseCourseArgs } from './course/args.ts'
import { publishCourseSite } from './course/publish.ts'
import { runCourse, summaryTable, throwIfFailed } from './course/run.ts'

const USAGE = 'usage: npm run build -- [--lessons DIR] [--out DIR] [--title TEXT]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('build', io.err, async () => {
    const args = parseCourseArgs(USAGE, argv, 'dist')
    const run = await runCourse(io.cwd, args.lessons, io.err)
    const out = resolve(io.cwd, args.out)
    const written = await publishCourseSite(io.cwd, out, run, args.title)
    io.err(summaryTable(run.builds))
    for (const path of written)
      io.out(relative(io.cwd, resolve(out, path)) + (path.endsWith('/') ? '/' : ''))
    throwIfFailed(run.builds)
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
