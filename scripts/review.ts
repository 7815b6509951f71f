// CLI: npm run review -- [LESSON] [--port N]
// A local page (127.0.0.1) with every picture of things the lesson's deck shows, each with its section,
// word, sentence and icon, and the one-click answers `wrong` and `pick another`, written into the lesson
// as its `<!-- pictures: … -->` lines (scripts/review/). Runs until Ctrl-C or SIGTERM. Exit codes: 0
// stopped as asked, 2 bad arguments, an unusable lesson or a taken port.
import type { Io } from './cli.ts'
import { resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { STOP_SIGNALS } from './child-lifetime.ts'
import { isMain, processIo } from './cli.ts'
import { DEFAULT_LESSON } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { readUtf8 } from './io.ts'
import { generateDeck } from './lesson/index.ts'
import { startReviewServer } from './review/server.ts'

const USAGE = 'usage: npm run review -- [LESSON] [--port N]'
export const DEFAULT_REVIEW_PORT = 3050

export function main(argv: string[], io: Io = processIo, stopped: Promise<unknown> = stopSignal()): Promise<number> {
  return runCommand('review', io.err, () => review(argv, io, stopped))
}

async function review(argv: string[], io: Io, stopped: Promise<unknown>): Promise<number> {
  const args = parseUsage(USAGE, () => parseArgs({ args: argv, allowPositionals: true, options: { port: { type: 'string' } } }))
  if (args.positionals.length > 1)
    throw new CliError('USAGE', `expected at most one lesson file, got ${args.positionals.length}\n${USAGE}`)
  const port = Number(args.values.port ?? DEFAULT_REVIEW_PORT)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new CliError('USAGE', `--port expects a port number, such as ${DEFAULT_REVIEW_PORT}; got "${args.values.port}"\n${USAGE}`)
  const lesson = args.positionals[0] ?? DEFAULT_LESSON
  // A lesson that can't be read or planned stops here, with its line, before any page is served.
  generateDeck(await readUtf8(resolve(io.cwd, lesson), lesson), lesson)
  const server = await startReviewServer({ root: io.cwd, lesson, port, log: io.err })
  io.err(`Reviewing the pictures of ${lesson}; Ctrl-C stops.`)
  io.out(server.url)
  await stopped
  await server.close()
  return 0
}

/** Resolves at the first stop signal (Ctrl-C, SIGTERM, a closed terminal). */
function stopSignal(): Promise<unknown> {
  return new Promise(done => STOP_SIGNALS.forEach(signal => process.once(signal, done)))
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
