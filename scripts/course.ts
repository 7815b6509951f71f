// CLI: npm run build -- [--lessons DIR] [--out DIR] [--title TEXT] [--jobs N] [--shard I/N | --merge DIR...]
// Builds every lesson of the lessons folder into a course: the course page (OUT/index.html) and per
// lesson its deck under OUT/<slug>/ with its PDF and handout beside it. Only lessons whose inputs
// changed are built and exported again (scripts/course/run.ts), up to --jobs at once. With --shard,
// a share of the lessons and a manifest, for one CI job; with --merge, the site from those shards.
// Exit codes: 0 built; 1 a lesson failed (the others are built, the page marks it); 2 no lessons, two
// lessons with one slug, bad arguments, shards that don't make one course, or no browser / poppler.
import type { Io } from './cli.ts'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { isMain, processIo } from './cli.ts'
import { parseCourseArgs } from './course/args.ts'
import { publishCourseSite } from './course/publish.ts'
import { runCourse, summaryTable, throwIfFailed } from './course/run.ts'
import { mergeShards, publishShard } from './course/shards.ts'
import { runCommand } from './errors.ts'

const USAGE = 'usage: npm run build -- [--lessons DIR] [--out DIR] [--title TEXT] [--jobs N] [--shard I/N | --merge DIR...]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('build', io.err, async () => {
    const args = parseCourseArgs(USAGE, argv, 'dist', true)
    const out = resolve(io.cwd, args.out)
    const print = (paths: string[]) => paths.forEach(path => io.out(relative(io.cwd, resolve(out, path)) + (path.endsWith('/') ? '/' : '')))
    if (args.merge) {
      print(await mergeShards(io.cwd, out, args.merge, args.title))
      return 0
    }
    const options = { jobs: args.jobs, ...(args.jobsWhy ? { jobsWhy: args.jobsWhy } : {}), ...(args.shard ? { shard: args.shard } : {}) }
    const run = await runCourse(io.cwd, args.lessons, io.err, options)
    const written = args.shard ? await publishShard(io.cwd, out, run, args.shard) : await publishCourseSite(io.cwd, out, run, args.title)
    io.err(summaryTable(run.builds))
    print(written)
    throwIfFailed(run.builds)
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
