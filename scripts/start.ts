// CLI: npm start -- [LESSON] [--wpm N] [--port N] [--remote PASSWORD | --audience [--audience-port N]]
// Generates the deck, then presents it with Slidev's dev server, which regenerates it on every save
// of the lesson (scripts/dev-server/live-lesson.ts). Private by default: bound to 127.0.0.1, so the
// speaker notes stay on this machine. --audience adds a second server on the network with a deck
// without notes that follows the presenter; --remote shares Slidev's own server behind a password.
// Exit code 2: unusable arguments or lesson, or the audience port is taken.
import type { Audience } from './audience/audience.ts'
import type { Io } from './cli.ts'
import type { RunSlidev, ServeOptions, SlidevSession } from './dev-server/run-slidev.ts'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo } from './cli.ts'
import { writeDeckFile } from './deck-file.ts'
import { deckFileFor, DEFAULT_LESSON } from './deck-location.ts'
import { DEFAULT_PORT, present } from './dev-server/present.ts'
import { LOCAL_HOST, runSlidev } from './dev-server/run-slidev.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { generatePacedDeckFile, parsePace } from './paced-deck.ts'

/** The audience's port: fixed, so a printed or bookmarked link keeps working from talk to talk. */
export const DEFAULT_AUDIENCE_PORT = 3040
const USAGE = 'usage: npm start -- [LESSON] [--wpm N] [--port N] [--remote PASSWORD | --audience [--audience-port N]]'
const NEEDS_PASSWORD = 'sharing on the network needs a password: npm start -- --remote PASSWORD'

export interface StartOptions extends ServeOptions {
  lesson?: string
  wpm?: string
  /** Serve a deck without notes to the network, following the presenter. */
  audience?: boolean
  audiencePort?: number
}

/** The options in `argv`, or the message saying what is wrong with them. */
export function parseStartArgs(argv: string[]): StartOptions | { error: string } {
  let parsed
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'remote': { type: 'string' },
        'port': { type: 'string' },
        'wpm': { type: 'string' },
        'audience': { type: 'boolean', default: false },
        'audience-port': { type: 'string' },
      },
    })
  }
  catch (error) {
    const message = (error as Error).message
    return { error: /--remote/.test(message) ? NEEDS_PASSWORD : message }
  }
  const { remote, port, wpm, audience } = parsed.values
  if (remote !== undefined && remote.trim() === '')
    return { error: NEEDS_PASSWORD }
  if (remote !== undefined && audience)
    return { error: '--remote shares the presenter\'s own server, notes included; --audience shares a deck without notes: choose one' }
  if (parsed.positionals.length > 1)
    return { error: `expected at most one lesson file, got ${parsed.positionals.length}` }
  const portNumber = portOf(port)
  if (portNumber === null)
    return { error: `--port expects a port number such as ${DEFAULT_PORT}; got "${port}"` }
  const audiencePort = portOf(parsed.values['audience-port'])
  if (audiencePort === null)
    return { error: `--audience-port expects a port number such as ${DEFAULT_AUDIENCE_PORT}; got "${parsed.values['audience-port']}"` }
  if (audiencePort !== undefined && !audience)
    return { error: '--audience-port goes with --audience' }
  return { lesson: parsed.positionals[0], wpm, port: portNumber, remote, audience, audiencePort }
}

/** undefined: not given; null: not a port. */
function portOf(text: string | undefined): number | undefined | null {
  if (text === undefined)
    return undefined
  const port = Number(text)
  return Number.isInteger(port) && port >= 1 && port <= 65535 ? port : null
}

/** What the dev server needs to know to watch the lesson (read by scripts/dev-server/live-lesson.ts). */
export function liveLessonEnv(root: string, lesson: string, deck: string, wpm: string | undefined): Record<string, string> {
  return { LESSON_DECKS_ROOT: root, LESSON_DECKS_LESSON: lesson, LESSON_DECKS_DECK: deck, ...(wpm ? { LESSON_DECKS_WPM: wpm } : {}) }
}

export function main(argv: string[], io: Io = processIo, run: RunSlidev = runSlidev): Promise<number> {
  return runCommand('start', io.err, () => start(argv, io, run))
}

async function start(argv: string[], io: Io, run: RunSlidev): Promise<number> {
  const options = parseStartArgs(argv)
  if ('error' in options)
    throw new CliError('USAGE', `${options.error}\n${USAGE}`)
  const lesson = options.lesson ?? DEFAULT_LESSON
  // slides.md for the project's lesson, .decks/<slug>.md for any other.
  const deck = deckFileFor(lesson)
  const { file, lines } = await generatePacedDeckFile(io.cwd, lesson, deck, parseUsage(USAGE, () => parsePace(options.wpm)))
  // Which rehearsed rates were used, then the deck written: as `npm run generate -- --quiet` says them.
  lines.forEach(line => io.err(line))
  await writeDeckFile(io.cwd, file)
  io.out(deck)
  const env = liveLessonEnv(io.cwd, lesson, deck, options.wpm)
  if (options.audience)
    return presentWithAudience(options, deck, env, io, run)
  io.err(options.remote === undefined
    ? 'Private: only this machine can open the deck. Rehearse in the presenter view (/presenter/): notes, timer and pacing.'
    : 'Shared on the network. The password guards the presenter pages in the browser only: anyone who can reach this machine\n'
      + 'can fetch the deck\'s files, notes included. Share on networks you trust; publish with npm run build:share.')
  io.err(`Watching ${lesson}: each save updates the open views.`)
  return presentDeck(options, deck, { env }, io, run)
}

function presentDeck(options: StartOptions, deck: string, session: SlidevSession, io: Io, run: RunSlidev): Promise<number> {
  return present({ root: io.cwd, deck, options, session, run, serving: url => io.err(`Presenting at ${url} (presenter view: ${url}presenter/)`) })
}

async function presentWithAudience(options: StartOptions, deck: string, env: Record<string, string>, io: Io, run: RunSlidev): Promise<number> {
  // Loaded only for an audience (its server, WebSocket and QR code): every other start comes up sooner.
  const [{ openAudience }, { audienceUrl, networkAddress, newToken, qrForTerminal }] = await Promise.all([
    import('./audience/audience.ts'),
    import('./audience/link.ts'),
  ])
  const token = newToken()
  // Listening first: a taken port stops everything before anything else starts (exit 2).
  const audience: Audience = await openAudience({ root: io.cwd, entry: deck, port: options.audiencePort ?? DEFAULT_AUDIENCE_PORT, token, log: io.err })
  io.err('Presenting to an audience. Presenter view, notes and dev server stay on this machine (127.0.0.1);\n'
    + 'the audience link serves a deck without notes that follows the presenter view. Building it…')
  void audience.firstBuild.then(async (built) => {
    if (!built)
      return
    const url = audienceUrl(networkAddress() ?? LOCAL_HOST, audience.server.port, token)
    io.err(`${await qrForTerminal(url)}`)
    io.out(`Audience link: ${url}`)
  })
  try {
    return await presentDeck(options, deck, {
      env,
      onMessage(message) {
        if (message.type === 'deck-written')
          audience.deckChanged()
        else if (message.type === 'presenter-position')
          audience.setPosition(message.position)
      },
    }, io, run)
  }
  finally {
    await audience.close()
  }
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
