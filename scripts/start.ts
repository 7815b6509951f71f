// CLI: npm start -- [LESSON] [--wpm N] [--port N] [--remote PASSWORD]
// Generates the deck, then presents it with Slidev's dev server. Private by default: bound to
// 127.0.0.1, so the speaker notes stay on this machine. --remote shares it on the network, and only
// behind a password (Slidev asks for it before the presenter view). Exit code 2: unusable arguments.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { DEFAULT_LESSON, deckFileFor, PROJECT_DECK } from './deck-location.ts'
import { CliError, runCommand } from './errors.ts'
import { main as generate } from './generate.ts'

const LOCAL_HOST = '127.0.0.1'
const NETWORK_HOST = '0.0.0.0'
/** Slidev's own first choice; without --port it moves on to the next free one. */
const DEFAULT_PORT = 3030
const USAGE = 'usage: npm start -- [LESSON] [--wpm N] [--port N] [--remote PASSWORD]'

export interface StartOptions {
  lesson?: string
  wpm?: string
  port?: number
  /** The password that guards the presenter view when shared on the network; undefined keeps it private. */
  remote?: string
}

/** The options in `argv`, or the message saying what is wrong with them. */
export function parseStartArgs(argv: string[]): StartOptions | { error: string } {
  let parsed
  try {
    parsed = parseArgs({ args: argv, allowPositionals: true, options: { remote: { type: 'string' }, port: { type: 'string' }, wpm: { type: 'string' } } })
  }
  catch (error) {
    const message = (error as Error).message
    return { error: /--remote/.test(message) ? 'sharing on the network needs a password: npm start -- --remote PASSWORD' : message }
  }
  const { remote, port, wpm } = parsed.values
  if (remote !== undefined && remote.trim() === '')
    return { error: 'sharing on the network needs a password: npm start -- --remote PASSWORD' }
  if (parsed.positionals.length > 1)
    return { error: `expected at most one lesson file, got ${parsed.positionals.length}` }
  const portNumber = port === undefined ? undefined : Number(port)
  if (portNumber !== undefined && !(Number.isInteger(portNumber) && portNumber >= 1 && portNumber <= 65535))
    return { error: `--port expects a port number such as ${DEFAULT_PORT}; got "${port}"` }
  return { lesson: parsed.positionals[0], wpm, port: portNumber, remote }
}

/**
 * Slidev's arguments: bound to this machine, or to the network behind the password. (Slidev 52 listens
 * on localhost unless --remote is given; the explicit --bind keeps it so should that default change.)
 */
export function slidevArgs(options: StartOptions, deck = PROJECT_DECK): string[] {
  const host = options.remote === undefined ? ['--bind', LOCAL_HOST] : ['--bind', NETWORK_HOST, '--remote', options.remote]
  return [deck, ...host, ...(options.port === undefined ? [] : ['--port', String(options.port)])]
}

/** Runs Slidev with these arguments until it exits; tests pass their own. */
export type RunSlidev = (args: string[]) => Promise<number>

const runSlidev: RunSlidev = (args) => {
  const slidev = spawn(join(import.meta.dirname, '../node_modules/.bin/slidev'), args, { stdio: 'inherit' })
  // Stopping `npm start` stops the server too, even when the signal reaches this process alone.
  const stop = (signal: NodeJS.Signals) => slidev.kill(signal)
  process.once('SIGINT', stop).once('SIGTERM', stop)
  return new Promise(done => slidev.on('exit', (code, signal) => done(code ?? (signal === 'SIGINT' || signal === 'SIGTERM' ? 0 : 1))))
}

export function main(argv: string[], io: Io = processIo, run: RunSlidev = runSlidev): Promise<number> {
  return runCommand('start', io.err, () => start(argv, io, run))
}

async function start(argv: string[], io: Io, run: RunSlidev): Promise<number> {
  const options = parseStartArgs(argv)
  if ('error' in options)
    throw new CliError('USAGE', `${options.error}\n${USAGE}`)
  // The project's lesson is presented from slides.md; any other from its deck in .decks/.
  const deck = deckFileFor(options.lesson ?? DEFAULT_LESSON)
  const generated = await generate(['--quiet', ...(options.lesson ? [options.lesson] : []), '--out', deck, ...(options.wpm ? ['--wpm', options.wpm] : [])], io)
  if (generated !== 0)
    return generated
  io.err(options.remote === undefined
    ? 'Private: only this machine can open the deck. Rehearse in the presenter view (/presenter/): notes, timer and pacing.'
    : 'Shared on the network. The password guards the presenter pages in the browser only: anyone who can reach this machine\n'
      + 'can fetch the deck\'s files, notes included. Share on networks you trust; publish with npm run build:share.')
  return run(slidevArgs(options, deck))
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
