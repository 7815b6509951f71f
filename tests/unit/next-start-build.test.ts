// The build for the next start after edits: due after a save, run only once the speaker has left the
// deck alone for the idle time, one at a time, and again when saves came during a run.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { whenIdle } from '../../scripts/dev-server/next-start-build.ts'

const IDLE_MS = 30_000
let runs: number
let finish: () => void

beforeEach(() => {
  vi.useFakeTimers()
  runs = 0
})
afterEach(() => vi.useRealTimers())

function work(): Promise<void> {
  runs++
  return new Promise(done => (finish = done))
}

describe('the build for the next start', () => {
  it('waits for a save, then for the idle time since the last save or move', async () => {
    const idle = whenIdle(work, IDLE_MS)
    idle.activity()
    await vi.advanceTimersByTimeAsync(IDLE_MS * 3)
    expect(runs).toBe(0)
    idle.changed()
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1000)
    idle.activity()
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1000)
    idle.changed()
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1)
    expect(runs).toBe(0)
    await vi.advanceTimersByTimeAsync(1)
    expect(runs).toBe(1)
  })

  it('runs one build at a time: a save during a build builds again once idle after it, moves alone do not', async () => {
    const idle = whenIdle(work, IDLE_MS)
    idle.changed()
    await vi.advanceTimersByTimeAsync(IDLE_MS)
    expect(runs).toBe(1)
    idle.changed()
    idle.activity()
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2)
    expect(runs).toBe(1)
    finish()
    await vi.advanceTimersByTimeAsync(IDLE_MS)
    expect(runs).toBe(2)
    finish()
    idle.activity()
    await vi.advanceTimersByTimeAsync(IDLE_MS * 3)
    expect(runs).toBe(2)
  })

  it('builds nothing once stopped', async () => {
    const idle = whenIdle(work, IDLE_MS)
    idle.changed()
    idle.stop()
    await vi.advanceTimersByTimeAsync(IDLE_MS * 2)
    expect(runs).toBe(0)
  })
})
