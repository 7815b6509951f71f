// CLI: npm run rehearsals -- [LESSON-SLUG] [--dir DIR] [--html]
// Prints, per lesson, each section's budget, last run, median run, the measured pace, the sections
// that keep overrunning and, for recorded runs the dev server listened to, the sentences skipped;
// --html also writes rehearsals/<slug>/report.html. Files in the folder that are not runs are named,
// skipped and counted. Exit codes: 0 reported, 1 no rehearsal saved yet, 2 the
// arguments or the folder can't be used.
import type { Io } from './cli.ts'
import type { Pace } from './rehearsal/pace.ts'
import { readdir } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo } from './cli.ts'
import { REHEARSALS_DIR } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { writeAtomically } from './io.ts'
import { formatRecorded, recordedRuns } from './rehearsal/audio.ts'
import { lessonWords } from './rehearsal/lesson-words.ts'
import { formatPace } from './rehearsal/pace-table.ts'
import { paceOf } from './rehearsal/pace.ts'
import { reportHtml } from './rehearsal/report-html.ts'
import { formatReport, reportOf } from './rehearsal/report.ts'
import { RE_SLUG } from './rehearsal/run.ts'
import { readRuns, REPORT_FILE } from './rehearsal/runs-dir.ts'
import { formatSaid, saidReportOf } from './rehearsal/said-report.ts'

const USAGE = 'usage: npm run rehearsals -- [LESSON-SLUG] [--dir DIR] [--html]'
const HOW_TO_RECORD = 'Record one: npm start, open the presenter view, start the timer, present; the run is saved when you reset the timer, pause it on the last slide, or press "Save run".'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('rehearsals', io.err, () => report(argv, io))
}

async function report(argv: string[], io: Io): Promise<number> {
  const args = parseUsage(USAGE, () => parseArgs({ args: argv, allowPositionals: true, options: { dir: { type: 'string', default: REHEARSALS_DIR }, html: { type: 'boolean', default: false } } }))
  const [slug, ...more] = args.positionals
  if (more.length > 0)
    throw new CliError('USAGE', `expected at most one lesson slug, got ${args.positionals.length}\n${USAGE}`)
  if (slug !== undefined && !RE_SLUG.test(slug))
    throw new CliError('USAGE', `"${slug}" is not a lesson slug; expected lower-case letters, digits and dashes, like platform-vs-product\n${USAGE}`)
  const dir = resolve(io.cwd, args.values.dir)
  const shownDir = args.values.dir
  const slugs = slug ? [slug] : await lessonFolders(dir, shownDir)
  const reports: string[] = []
  for (const each of slugs) {
    const { runs, heard, skipped } = await readRuns(join(dir, each), `${shownDir}/${each}`)
    skipped.forEach(file => io.err(`rehearsals: skipping ${file.file}: ${file.reason}`))
    if (runs.length === 0)
      continue
    const words = await lessonWords(io.cwd, each)
    const pace: Pace | undefined = 'slides' in words ? paceOf(runs, words.slides, heard) : undefined
    const paceMissing = 'missing' in words ? words.missing : undefined
    const found = reportOf(runs)
    const recorded = await recordedRuns(join(dir, each), runs)
    const said = saidReportOf(runs, heard)
    reports.push([
      formatReport(found),
      formatRecorded(recorded, runs.length),
      formatSaid(said, recorded.length),
      pace ? formatPace(pace) : `Pace: not measured, ${paceMissing}.`,
      ...(skipped.length > 0 ? [`${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped (named above).`] : []),
    ].join('\n'))
    if (args.values.html) {
      const file = join(dir, each, REPORT_FILE)
      await writeAtomically(file, reportHtml({ report: found, pace, paceMissing, skipped, said })).catch((error: NodeJS.ErrnoException) => {
        throw new CliError('UNWRITABLE', `cannot write ${shownDir}/${each}/${REPORT_FILE} (${error.code ?? error.message})`)
      })
      io.out(join(shownDir, each, REPORT_FILE))
    }
  }
  if (reports.length === 0) {
    io.err(`rehearsals: no rehearsal saved in ${shownDir}/${slug ?? ''} yet. ${HOW_TO_RECORD}`)
    return 1
  }
  // With --html, stdout carries the paths written; the tables go to stderr with the progress.
  ;(args.values.html ? io.err : io.out)(reports.join('\n\n'))
  return 0
}

/** Lesson folders under `dir`; none when the folder does not exist yet. */
async function lessonFolders(dir: string, shownDir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT')
      return []
    throw new CliError('UNREADABLE', `cannot read ${shownDir} (${error.code ?? error.message}); expected the folder the dev server saves runs in`)
  })
  return entries.filter(entry => entry.isDirectory() && RE_SLUG.test(entry.name)).map(entry => entry.name).sort()
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
