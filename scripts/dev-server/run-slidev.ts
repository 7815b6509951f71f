// Runs Slidev's dev server as a child of `npm start`, tied to it: stopping the command stops the server.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { exitCodeOf, tieChild } from '../child-lifetime.ts'
import { isStartMessage, type StartMessage } from './start-channel.ts'

export interface SlidevSession {
  env: Record<string, string>
  /** Messages from the dev server (with --audience): the deck was rewritten, the presenter moved. */
  onMessage?: (message: StartMessage) => void
}

/** Runs Slidev with these arguments until it exits; tests pass their own. */
export type RunSlidev = (args: string[], session: SlidevSession) => Promise<number>

export const runSlidev: RunSlidev = (args, session) => {
  const slidev = join(import.meta.dirname, '../../node_modules/@slidev/cli/bin/slidev.mjs')
  const child = spawn(process.execPath, [slidev, ...args], {
    stdio: session.onMessage ? ['inherit', 'inherit', 'inherit', 'ipc'] : 'inherit',
    env: { ...process.env, ...session.env },
  })
  child.on('message', message => isStartMessage(message) && session.onMessage?.(message))
  const untie = tieChild(child)
  return new Promise(done => child.on('exit', (code, signal) => {
    untie()
    done(exitCodeOf(code, signal))
  }))
}
