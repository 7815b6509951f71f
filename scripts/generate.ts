// CLI: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N|rehearsed]
// Reads and writes through scripts/deck-file.ts. Exit codes: 0 written or up to date,
// 1 --check found the deck stale, 2 the lesson or the arguments can't be used.
import type { Io } from './cli.ts'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo } from './cli.ts'
import { writeDeckFile } from './deck-file.ts'
import { DEFAULT_LESSON, PROJECT_DECK } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { notesOnlyReport } from './lesson/coverage.ts'
import { picturesReport } from './lesson/pictures.ts'
import { generatePacedDeckFile, parsePace } from './paced-deck.ts'
import { figuresLine, pacingTable } from './pacing-report.ts'

const USAGE = 'usage: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N|rehearsed]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('generate', io.err, () => generate(argv, io))
}

async function generate(argv: string[], io: Io): Promise<number> {
  const args = parseUsage(USAGE, () => parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      out: { type: 'string', default: PROJECT_DECK },
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
    io.err([pacingTable(file.deck), ...picturesReport(file.deck), ...notesOnlyReport(file.deck), await figuresLine(io.cwd, lessonPath, file.deck)].join('\n'))
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

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
