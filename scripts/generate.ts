// CLI: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N]
// Reads and writes through scripts/deck-file.ts. Exit codes: 0 written or up to date,
// 1 --check found the deck stale, 2 the lesson or the arguments can't be used.
import { parseArgs } from 'node:util'
import { generateDeckFile, writeDeckFile } from './deck-file.ts'
import { DEFAULT_LESSON, PROJECT_DECK } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { formatRange, formatSeconds } from './lesson/timing.ts'
import type { Deck } from './lesson/types.ts'
import { isMain, type Io, processIo } from './cli.ts'

export { DEFAULT_LESSON } from './deck-location.ts'
export const DEFAULT_OUT = PROJECT_DECK

const USAGE = 'usage: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('generate', io.err, () => generate(argv, io))
}

async function generate(argv: string[], io: Io): Promise<number> {
  const args = parseUsage(USAGE, () => parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: DEFAULT_OUT },
        check: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        wpm: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    }))
  if (args.positionals.length > 1)
    throw new CliError('USAGE', `expected at most one lesson file, got ${args.positionals.length}\n${USAGE}`)
  const { out, check, force, quiet } = args.values
  const wordsPerMinute = args.values.wpm === undefined ? undefined : Number(args.values.wpm)
  if (wordsPerMinute !== undefined && !(wordsPerMinute > 0 && wordsPerMinute < 1000))
    throw new CliError('USAGE', `--wpm expects a speaking rate in words a minute, such as 150; got "${args.values.wpm}"\n${USAGE}`)
  const lessonPath = args.positionals[0] ?? DEFAULT_LESSON
  const file = await generateDeckFile(io.cwd, lessonPath, out, { wordsPerMinute })
  if (!quiet)
    io.err(pacingTable(file.deck))
  if (check) {
    if (file.existing === file.text) {
      io.err(`${out} is up to date with ${lessonPath}`)
      return 0
    }
    io.err(`${out} is stale: it does not match what ${lessonPath} generates. Run: npm run generate`)
    return 1
  }
  await writeDeckFile(io.cwd, file, force)
  io.out(out)
  return 0
}

/** Per section: its budget, its plan and the time its notes need; warnings last. */
export function pacingTable(deck: Deck): string {
  const { lesson, timing } = deck
  const rows = lesson.sections.map((section, i) => [
    section.title,
    section.budget ? formatRange(section.budget) : '-',
    formatSeconds(timing.planSeconds[i]!),
    formatSeconds(timing.speakSeconds[i]!),
    timing.speakSeconds[i]! > (section.budget?.max ?? timing.planSeconds[i]!) ? 'overruns' : '',
  ])
  const total = timing.speakSeconds.reduce((a, b) => a + b, 0)
  rows.push(['total', lesson.videoLength ? formatRange(lesson.videoLength) : '-', formatSeconds(timing.totalSeconds), formatSeconds(total), total > timing.totalSeconds ? 'overruns' : ''])
  const header = ['section', 'budget', 'plan', 'notes need', '']
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map(row => row[c]!.length)))
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()
  // When the whole script is too long, say by how much: the rate it would need, or what to cut.
  const summary = total > timing.totalSeconds && timing.totalSeconds > 0
    ? [`The notes need ${formatSeconds(total)} at ${timing.wordsPerMinute} words a minute for a plan of ${formatSeconds(timing.totalSeconds)}: `
        + `that is ${Math.round(timing.wordsPerMinute * total / timing.totalSeconds)} words a minute, or about ${Math.round(100 * (1 - timing.totalSeconds / total))} % of the narration to cut.`]
    : []
  return [
    `Pacing of ${deck.slides.length} slides at ${timing.wordsPerMinute} words a minute:`,
    line(header),
    ...rows.map(line),
    ...deck.warnings.map(w => `warning: ${lesson.file}:${w.at.line}:${w.at.column}: ${w.message}`),
    ...summary,
  ].join('\n')
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
