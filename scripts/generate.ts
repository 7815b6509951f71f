// CLI: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N|rehearsed]
// Reads and writes through scripts/deck-file.ts. Exit codes: 0 written or up to date,
// 1 --check found the deck stale, 2 the lesson or the arguments can't be used.
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { writeDeckFile } from './deck-file.ts'
import { generatePacedDeckFile, parsePace } from './paced-deck.ts'
import { DEFAULT_LESSON, PROJECT_DECK } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { lessonFigures, notesOnlyReport } from './lesson/coverage.ts'
import { generateDeck } from './lesson/index.ts'
import { formatRange, formatSeconds } from './lesson/timing.ts'
import type { Deck } from './lesson/types.ts'
import { isMain, type Io, processIo } from './cli.ts'

export { DEFAULT_LESSON } from './deck-location.ts'
export const DEFAULT_OUT = PROJECT_DECK
/** Where the series' lessons are: the figures printed after each run cover all of them. */
export const LESSONS_DIR = 'lessons'

const USAGE = 'usage: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N|rehearsed]'

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
  const pace = parseUsage(USAGE, () => parsePace(args.values.wpm))
  const lessonPath = args.positionals[0] ?? DEFAULT_LESSON
  const { file, lines } = await generatePacedDeckFile(io.cwd, lessonPath, out, pace)
  // Which rehearsed rates were used: said even with --quiet.
  lines.forEach(line => io.err(line))
  if (!quiet)
    io.err([pacingTable(file.deck), ...notesOnlyReport(file.deck), await figuresLine(io.cwd, lessonPath, file.deck)].join('\n'))
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

/**
 * `on_slide_names` and `dangling_points` over every lesson in lessons/ (the one generated included,
 * as read now), so an author sees the series' figure move as they edit one lesson.
 */
async function figuresLine(cwd: string, lessonPath: string, deck: Deck): Promise<string> {
  const dir = resolve(cwd, LESSONS_DIR)
  const names = await readdir(dir).catch(() => [] as string[])
  const others = (await Promise.all(names
    .filter(name => name.endsWith('.md') && resolve(dir, name) !== resolve(cwd, lessonPath))
    // Another lesson that can't be used now is left out of the figure; it is not this command's to report.
    .map(name => readFile(join(dir, name), 'utf8').then(text => generateDeck(text, join(LESSONS_DIR, name)).deck).catch(() => undefined))))
    .filter(other => other !== undefined)
  const all = lessonFigures([deck, ...others])
  const own = lessonFigures([deck])
  return `on_slide_names: ${all.onSlideNames.toFixed(1)} % of ${all.names} names and figures in ${others.length + 1} lessons (this lesson ${own.onSlideNames.toFixed(1)} %); dangling_points: ${all.danglingPoints}`
}

/** Per section: its budget, its plan and the time its notes need; warnings last. */
export function pacingTable(deck: Deck): string {
  const { lesson, timing } = deck
  // Sections timed at rates of their own (rehearsed) show the rate each was timed at.
  const rates = timing.sectionWordsPerMinute
  const rows = lesson.sections.map((section, i) => [
    section.title,
    section.budget ? formatRange(section.budget) : '-',
    formatSeconds(timing.planSeconds[i]!),
    formatSeconds(timing.speakSeconds[i]!),
    ...(rates ? [String(rates[i])] : []),
    timing.speakSeconds[i]! > (section.budget?.max ?? timing.planSeconds[i]!) ? 'overruns' : '',
  ])
  const total = timing.speakSeconds.reduce((a, b) => a + b, 0)
  rows.push(['total', lesson.videoLength ? formatRange(lesson.videoLength) : '-', formatSeconds(timing.totalSeconds), formatSeconds(total), ...(rates ? [String(timing.wordsPerMinute)] : []), total > timing.totalSeconds ? 'overruns' : ''])
  const header = ['section', 'budget', 'plan', 'notes need', ...(rates ? ['wpm'] : []), '']
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map(row => row[c]!.length)))
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()
  // When the whole script is too long, say by how much: the rate it would need, or what to cut.
  const summary = total > timing.totalSeconds && timing.totalSeconds > 0
    ? [`The notes need ${formatSeconds(total)} at ${rates ? 'the rehearsed pace' : `${timing.wordsPerMinute} words a minute`} for a plan of ${formatSeconds(timing.totalSeconds)}: `
        + `that is ${Math.round(timing.wordsPerMinute * total / timing.totalSeconds)} words a minute, or about ${Math.round(100 * (1 - timing.totalSeconds / total))} % of the narration to cut.`]
    : []
  return [
    rates
      ? `Pacing of ${deck.slides.length} slides at the rehearsed pace (words a minute per section in the wpm column):`
      : `Pacing of ${deck.slides.length} slides at ${timing.wordsPerMinute} words a minute:`,
    line(header),
    ...rows.map(line),
    ...deck.warnings.map(w => `warning: ${lesson.file}:${w.at.line}:${w.at.column}: ${w.message}`),
    ...summary,
  ].join('\n')
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
