// The audience's deck: what `npm run build:share` builds (a deck without notes, scripts/build-deck.ts),
// under the tokened base path, with the follow control in place of the speaker's pacing panel. Built in
// a process of its own at a low priority: a rebuild runs while the speaker edits and presents.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { setPriority } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { tieChild } from '../child-lifetime.ts'
import { CliError } from '../errors.ts'

/** Set for the audience build: setup/vite-plugins.ts puts the follow control in, the client reads its version. */
export const AUDIENCE_DECK_ENV = 'VITE_AUDIENCE_DECK'

/** `scripts/build-deck.ts ENTRY --without-notes --base /TOKEN/ --out OUT`, run from `root`. */
export function audienceBuildArgs(entry: string, token: string, out: string): string[] {
  return [entry, '--without-notes', '--base', `/${token}/`, '--out', out]
}

export function buildAudienceDeck(root: string, entry: string, token: string, out: string, version: string): Promise<void> {
  const buildDeck = join(import.meta.dirname, '../build-deck.ts')
  const child = spawn(process.execPath, [buildDeck, ...audienceBuildArgs(entry, token, out)], {
    cwd: root,
    env: { ...process.env, [AUDIENCE_DECK_ENV]: version },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  // The dev server and the browsers come first.
  try {
    setPriority(child.pid ?? 0, 19)
  }
  catch {}
  let errors = ''
  child.stderr.on('data', (chunk: Buffer) => {
    errors = (errors + chunk.toString()).slice(-4000)
  })
  // Stopped with `npm start`: a rebuild under way must not keep the command waiting for it.
  const untie = tieChild(child)
  return new Promise((done, fail) => {
    child.on('error', fail)
    child.on('exit', (code) => {
      untie()
      if (code === 0)
        return done()
      fail(new CliError('BUILD', `the audience deck did not build (its build exited ${code}):\n${errors.trim()}`))
    })
  })
}
