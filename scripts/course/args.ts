// The arguments a course run takes, for `npm run build` and `npm run export -- --all` alike; the
// build alone also takes --jobs, --shard and --merge.
import type { Shard } from './shard.ts'
import { parseArgs } from 'node:util'
import { LESSONS_DIR } from '../deck-location.ts'
import { CliError, parseUsage } from '../errors.ts'
import { machineJobs } from './jobs.ts'
import { parseShard } from './shard.ts'

export const DEFAULT_TITLE = 'Lesson series'

export interface CourseArgs {
  /** The lessons folder, relative to the project root or absolute, without a trailing slash. */
  lessons: string
  out: string
  title: string
  /** Lessons built at once (the build only); by default what the cores and free memory allow (jobs.ts). */
  jobs: number
  /** Why that many, when the machine chose (no --jobs). */
  jobsWhy?: string
  /** The share of the lessons to build into `out`, with a manifest (the build only). */
  shard?: Shard
  /** Shard folders to merge into `out` (the build only). */
  merge?: string[]
}

/** `--lessons DIR --out DIR --title TEXT` (out defaulting to `defaultOut`); with `build`, also `--jobs N`, `--shard I/N`, `--merge DIR...`. */
export function parseCourseArgs(usage: string, argv: string[], defaultOut: string, build = false): CourseArgs {
  const { values, positionals } = parseUsage(usage, () => parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lessons: { type: 'string', default: LESSONS_DIR },
      out: { type: 'string', default: defaultOut },
      title: { type: 'string', default: DEFAULT_TITLE },
      ...(build ? { jobs: { type: 'string' }, shard: { type: 'string' }, merge: { type: 'boolean', default: false } } as const : {}),
    },
  }))
  const merge = build && values.merge === true
  if (positionals.length > 0 && !merge)
    throw new CliError('USAGE', `unexpected argument "${positionals[0]}"\n${usage}`)
  const chosen = build && values.jobs === undefined ? machineJobs() : undefined
  const jobs = chosen ? chosen.jobs : values.jobs === undefined ? 1 : Number(values.jobs)
  if (!Number.isInteger(jobs) || jobs < 1)
    throw new CliError('USAGE', `--jobs expects a whole number of lessons to build at once, such as 2; got "${values.jobs}"\n${usage}`)
  if (merge && values.shard !== undefined)
    throw new CliError('USAGE', `--merge and --shard are two steps: build each shard, then merge them\n${usage}`)
  return {
    lessons: String(values.lessons).replace(/\/+$/, ''),
    out: String(values.out),
    title: String(values.title),
    jobs,
    ...(chosen ? { jobsWhy: chosen.why } : {}),
    ...(typeof values.shard === 'string' ? { shard: parseShard(values.shard, usage) } : {}),
    ...(merge ? { merge: positionals } : {}),
  }
}
