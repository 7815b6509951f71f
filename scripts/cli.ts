// What every command-line entry point shares: where output goes, and "am I the script being run?".
import { realpathSync } from 'node:fs'
import { isAbsolute, relative } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

/** Results go to out (stdout), progress and errors to err (stderr); tests pass their own. */
export interface Io {
  out: (text: string) => void
  err: (text: string) => void
  cwd: string
}

export const processIo: Io = {
  out: text => process.stdout.write(`${text}\n`),
  err: text => process.stderr.write(`${text}\n`),
  cwd: process.cwd(),
}

/** True when the module at `url` is the file node was asked to run (not imported by a test). */
export function isMain(url: string): boolean {
  const entry = process.argv[1]
  return entry !== undefined && realpathSync(entry) === realpathSync(fileURLToPath(url))
}

/** A written file as a command prints it: relative to the project when it is in it, else absolute. */
export function shownPath(root: string, path: string): string {
  const shown = relative(root, path)
  return shown.startsWith('..') || isAbsolute(shown) ? path : shown
}
