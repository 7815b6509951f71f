// A command's long-running child stops with the command however the command is stopped: SIGTERM or
// SIGHUP to the command alone, or the command's parent going away (npm's shell dying without passing
// the signal on).
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { exitCodeOf } from '../../scripts/child-lifetime.ts'
import { scratchDir } from '../support/cli.ts'

const TIED = join(import.meta.dirname, '../support/tied-child.ts')

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

async function firstLine(process: ChildProcess): Promise<number> {
  const [chunk] = await once(process.stdout!, 'data') as [Buffer]
  return Number(chunk.toString().trim().split('\n')[0])
}

describe('a tied child', () => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`stops, with its command, when the command alone gets ${signal}`, async () => {
      const command = spawn(process.execPath, [TIED], { stdio: ['ignore', 'pipe', 'inherit'] })
      const child = await firstLine(command)
      expect(alive(child)).toBe(true)
      command.kill(signal)
      const [code] = await once(command, 'exit') as [number | null]
      expect(code).toBe(0)
      await expect.poll(() => alive(child)).toBe(false)
    })
  }

  it('stops when the command\'s parent is gone without passing a signal on', async () => {
    // sh starts the command in the background, waits until it has tied its child (it prints the
    // child's pid then), and exits: the command is left without its parent. The command exits only
    // once its child has.
    const dir = await scratchDir()
    const tied = join(dir, 'tied')
    const script = `"${process.execPath}" "${TIED}" > "${tied}" & echo $!; while [ ! -s "${tied}" ]; do sleep 0.05; done`
    const shell = spawn('sh', ['-c', script], { stdio: ['ignore', 'pipe', 'inherit'] })
    const command = await firstLine(shell)
    await once(shell, 'exit')
    await expect.poll(() => alive(command), { timeout: 10_000 }).toBe(false)
    await rm(dir, { recursive: true, force: true })
  }, 20_000)

  it('reports a child stopped by a stop signal as ended as asked', () => {
    expect(exitCodeOf(null, 'SIGTERM')).toBe(0)
    expect(exitCodeOf(null, 'SIGHUP')).toBe(0)
    expect(exitCodeOf(null, 'SIGKILL')).toBe(1)
    expect(exitCodeOf(3, null)).toBe(3)
  })
})
