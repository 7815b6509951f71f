// CLI: npm run build -- [--lessons DIR] [--out DIR] [--title TEXT]
// Builds every lesson of the lessons folder into a course: the course page (OUT/index.html) and per
// lesson its deck under OUT/<slug>/ with its PDF and handout beside it. Only lessons whose inputs
// changed are built and exported again. `npm run export -- --all` runs the same and writes the PDFs
// and handouts into exports/ instead (exportAll).
// Exit codes: 0 built; 1 a lesson failed (the others are built, the page marks it); 2 no lessons, two
// lessons with one slug, bad arguments, or no browser / poppler.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { publishCourseSite, publishExports } from './course/publish.ts'
import { runCourse, summaryTable, throwIfFailed } from './course/run.ts'

const BUILD_USAGE = 'usage: npm run build -- [--lessons DIR] [--out DIR] [--title TEXT]'
const EXPORT_USAGE = 'usage: npm run export -- --all [--lessons DIR] [--out DIR]'
const DEFAULT_TITLE = 'Lesson series'

function courseArgs(usage: string, argv: string[], defaultOut: string) {
  const { values, positionals } = parseUsage(usage, () => parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lessons: { type: 'string', default: 'lessons' },
      out: { type: 'string', default: defaultOut },
      title: { type: 'string', default: DEFAULT_TITLE },
    },
  }))
  if (positionals.length > 0)
    throw new CliError('USAGE', `unexpected argument "${positionals[0]}"\n${usage}`)
  return { ...values, lessons: values.lessons.replace(/\/+$/, '') }
}

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('build', io.err, async () => {
    const args = courseArgs(BUILD_USAGE, argv, 'dist')
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

/** `npm run export -- --all`: every lesson's PDF and handout into exports/. */
export function exportAll(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('export', io.err, async () => {
    const args = courseArgs(EXPORT_USAGE, argv, 'exports')
    const run = await runCourse(io.cwd, args.lessons, io.err)
    const written = await publishExports(resolve(io.cwd, args.out), run)
    io.err(summaryTable(run.builds))
    for (const path of written)
      io.out(relative(io.cwd, path))
    throwIfFailed(run.builds)
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
