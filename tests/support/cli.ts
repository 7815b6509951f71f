// Runs a command's main() in a scratch folder and keeps what it printed.
import type { Io } from '../../scripts/cli.ts'
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

export interface Captured {
  io: Io
  out: string[]
  err: string[]
}

export function capture(cwd: string): Captured {
  const out: string[] = []
  const err: string[] = []
  return { io: { out: t => out.push(t), err: t => err.push(t), cwd }, out, err }
}

export function scratchDir(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'lesson-decks-'))
}
