// `npm start` in the background, as the end-to-end tests and the bench use it: a copy of a lesson in a
// temporary folder (never the real lessons), free ports, and the audience link read from its output.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { copyFile, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import process from 'node:process'
import { deckFileFor } from '../deck-location.ts'
import { BUILD_CACHE, buildDirOf } from '../export/build-cache.ts'
import { freePort } from '../free-port.ts'

export interface StartSession {
  /** The dev server (presenter side), on 127.0.0.1. */
  devUrl: string
  /** The audience link with its token, pointed at `audienceHost` (a loopback address); undefined without --audience. */
  audienceUrl?: string
  /** The audience link once printed (with `audienceLater`, the session starts without waiting for it). */
  audienceLink: () => Promise<string>
  /** Where the runs rehearsed in this session are saved (REHEARSALS_DIR). */
  rehearsalsDir: string
  /** The lesson's copy, to edit. */
  lesson: string
  /** The deck the dev server presents, at the project root. */
  deck: string
  /** What `npm start` printed on stderr so far. */
  stderr: () => string
  /** `npm start`'s own process, the leader of its process group. */
  pid: number
  stop: () => Promise<void>
}

export interface StartSessionOptions {
  root: string
  /** The lesson to copy. */
  lesson: string
  /** Present this copy as it is, kept at stop (a second start of the same lesson), instead of a new copy. */
  copy?: string
  audience?: boolean
  /** Where tests reach the audience server: another loopback address than the presenter's. */
  audienceHost?: string
  /** Return as soon as the presenting port answers; the audience link comes later (`audienceLink`). */
  audienceLater?: boolean
  timeoutMs?: number
}

export async function startSession(options: StartSessionOptions): Promise<StartSession> {
  const dir = await mkdtemp(join(tmpdir(), 'lesson-decks-start-'))
  const lesson = options.copy ?? join(dir, `live-${process.pid}-${Date.now().toString(36)}.md`)
  if (!options.copy)
    await copyFile(options.lesson, lesson)
  const deck = join(options.root, deckFileFor(lesson))
  const rehearsalsDir = join(dir, 'rehearsals')
  const port = await freePort('127.0.0.1')
  const audiencePort = options.audience ? await freePort('0.0.0.0') : undefined
  const args = ['scripts/start.ts', lesson, '--port', String(port), ...(audiencePort ? ['--audience', '--audience-port', String(audiencePort)] : [])]
  const child = spawn(process.execPath, args, {
    cwd: options.root,
    env: { ...process.env, REHEARSALS_DIR: rehearsalsDir },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  })
  let stdout = ''
  let stderr = ''
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const deadline = Date.now() + (options.timeoutMs ?? 180_000)
  const audienceLink = async () => {
    const link = await until(deadline, async () => /Audience link: (\S+)/.exec(stdout)?.[1], () => `no audience link was printed\n${stderr}`, child)
    // The printed link names this machine's network address; tests only ever talk to loopback.
    return `http://${options.audienceHost ?? '127.0.0.2'}:${audiencePort}${new URL(link).pathname}`
  }
  const session: StartSession = {
    devUrl: `http://127.0.0.1:${port}`,
    audienceLink,
    rehearsalsDir,
    lesson,
    deck,
    stderr: () => stderr,
    pid: child.pid!,
    stop: async () => {
      await stop(child)
      await rm(dir, { recursive: true, force: true })
      if (options.copy)
        return
      // The deck, and its build for a next start (npm start makes one once its dev server is warm).
      await rm(deck, { force: true })
      await rm(buildDirOf(join(options.root, BUILD_CACHE), relative(options.root, deck)), { recursive: true, force: true })
    },
  }
  try {
    await until(deadline, () => fetch(session.devUrl).then(r => r.ok, () => false), () => `the dev server did not answer at ${session.devUrl}\n${stderr}`, child)
    if (audiencePort && !options.audienceLater)
      session.audienceUrl = await audienceLink()
    return session
  }
  catch (error) {
    await session.stop()
    throw error
  }
}

async function until<T>(deadline: number, probe: () => Promise<T | undefined | false>, failure: () => string, child: ChildProcess): Promise<T> {
  while (true) {
    const value = await probe()
    if (value)
      return value
    if (ended(child) || Date.now() > deadline)
      throw new Error(failure())
    await new Promise(done => setTimeout(done, 250))
  }
}

/** Whether the command has ended: with a code, or by a signal (then its exit code stays null). */
function ended(child: ChildProcess): boolean {
  return child.exitCode !== null || child.signalCode !== null
}

async function stop(child: ChildProcess): Promise<void> {
  if (ended(child) || !child.pid)
    return
  const exited = new Promise(done => child.once('exit', done))
  signalGroup(child.pid, 'SIGTERM')
  await Promise.race([exited, new Promise(done => setTimeout(done, 10_000))])
  if (!ended(child))
    signalGroup(child.pid, 'SIGKILL')
}

/** Signals the command's process group; a group already gone is no error (stopping it is what was asked). */
function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal)
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ESRCH')
      throw error
  }
}
