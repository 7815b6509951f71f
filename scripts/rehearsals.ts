// CLI: npm run rehearsals -- [LESSON-SLUG] [--dir DIR]
// Prints, per lesson, each section's budget, last run, median run and the sections that keep overrunning.
// Exit codes: 0 reported, 1 no rehearsal saved yet, 2 the arguments or the folder can't be used.
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { formatReport, reportOf } from './rehearsal/report.ts'
import { isBadRun, parseRun, RE_SLUG, type RehearsalRun } from './rehearsal/run.ts'

const USAGE = 'usage: npm run rehearsals -- [LESSON-SLUG] [--dir DIR]'
const HOW_TO_RECORD = 'Record one: npm start, open the presenter view, start the timer, present; the run is saved when you reset the timer, pause it on the last slide, or press "Save run".'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('rehearsals', io.err, () => report(argv, io))
}

async function report(argv: string[], io: Io): Promise<number> {
  const args = parseUsage(USAGE, () => parseArgs({ args: argv, allowPositionals: true, options: { dir: { type: 'string', default: 'rehearsals' } } }))
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
    const runs = await readRuns(join(dir, each), `${shownDir}/${each}`, io)
    if (runs.length > 0)
      reports.push(formatReport(reportOf(runs)))
  }
  if (reports.length === 0) {
    io.err(`rehearsals: no rehearsal saved in ${shownDir}/${slug ?? ''} yet. ${HOW_TO_RECORD}`)
    return 1
  }
  io.out(reports.join('\n\n'))
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

/** Every valid run in a lesson folder; a file that is not one is named on stderr and left out. */
async function readRuns(dir: string, shownDir: string, io: Io): Promise<RehearsalRun[]> {
  const names = await readdir(dir).catch(() => [] as string[])
  const runs: RehearsalRun[] = []
  for (const name of names.filter(name => name.endsWith('.json')).sort()) {
    try {
      runs.push(parseRun(JSON.parse(await readFile(join(dir, name), 'utf8'))))
    }
    catch (error) {
      if (!(error instanceof SyntaxError || isBadRun(error)))
        throw error
      io.err(`rehearsals: skipping ${shownDir}/${name}: ${error.message}`)
    }
  }
  return runs
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
