// Runs Slidev's dev server as a child of `npm start`, tied to it: stopping the command stops the server.
// Private by default: bound to 127.0.0.1, so the speaker notes stay on this machine.
import type { StartMessage } from './start-channel.ts'
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import process from 'node:process'
import { exitCodeOf, tieChild } from '../child-lifetime.ts'
import { PROJECT_DECK } from '../deck-location.ts'
import { COMPILE_CACHE_DIR } from '../export/compile-cache.ts'
import { isStartMessage } from './start-channel.ts'

export const LOCAL_HOST = '127.0.0.1'
const NETWORK_HOST = '0.0.0.0'

export interface ServeOptions {
  port?: number
  /** The password that guards the presenter view when shared on the network; undefined keeps it private. */
  remote?: string
}

/**
 * Slidev's arguments: bound to this machine, or to the network behind the password. (Slidev listens
 * on localhost unless --remote is given; the explicit --bind keeps it so should that default change.)
 */
export function slidevArgs(options: ServeOptions, deck = PROJECT_DECK): string[] {
  const host = options.remote === undefined ? ['--bind', LOCAL_HOST] : ['--bind', NETWORK_HOST, '--remote', options.remote]
  return [deck, ...host, ...(options.port === undefined ? [] : ['--port', String(options.port)])]
}

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
    // Slidev, Vite and their plugins load from the code Node compiled at an earlier start.
    env: { NODE_COMPILE_CACHE: COMPILE_CACHE_DIR, ...process.env, ...session.env },
  })
  child.on('message', message => isStartMessage(message) && session.onMessage?.(message))
  const untie = tieChild(child)
  return new Promise(done => child.on('exit', (code, signal) => {
    untie()
    done(exitCodeOf(code, signal))
  }))
}
