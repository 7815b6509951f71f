// The arguments a course run takes, for `npm run build` and `npm run export -- --all` alike.
import { parseArgs } from 'node:util'
import { LESSONS_DIR } from '../deck-location.ts'
import { CliError, parseUsage } from '../errors.ts'

export const DEFAULT_TITLE = 'Lesson series'

export interface CourseArgs {
  /** The lessons folder, relative to the project root or absolute, without a trailing slash. */
  lessons: string
  out: string
  title: string
}

/** `--lessons DIR --out DIR --title TEXT` (out defaulting to `defaultOut`); no positional argument. */
export function parseCourseArgs(usage: string, argv: string[], defaultOut: string): CourseArgs {
  const { values, positionals } = parseUsage(usage, () => parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      lessons: { type: 'string', default: LESSONS_DIR },
      out: { type: 'string', default: defaultOut },
      title: { type: 'string', default: DEFAULT_TITLE },
    },
  }))
  if (positionals.length > 0)
    throw new CliError('USAGE', `unexpected argument "${positionals[0]}"\n${usage}`)
  return { ...values, lessons: values.lessons.replace(/\/+$/, '') }
}
