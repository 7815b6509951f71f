// Slidev's timer from the build's page to the dev server's page that replaces it in the same tab: taken
// up once, only by a dev server whose timer was never started, and only when it ran or was paused.
import type { SlidevTimer } from '../../components/rehearsal/handover.ts'
import { describe, expect, it } from 'vitest'
import { leaveTimer, takeHandedOverTimer } from '../../components/rehearsal/handover.ts'
import { memoryStorage } from '../support/memory-storage.ts'

const NEW_SERVER: SlidevTimer = { status: 'stopped', startedAt: 0, pausedAt: 0 }
const RUNNING: SlidevTimer = { status: 'running', startedAt: 1_700_000_000_000, pausedAt: 0 }

describe('the timer across the handover', () => {
  it('is taken up by the dev server\'s page, once, as the build left it', () => {
    const session = memoryStorage()
    leaveTimer(session, { ...RUNNING, status: 'paused', pausedAt: RUNNING.startedAt + 4000 })
    leaveTimer(session, RUNNING)
    expect(takeHandedOverTimer(session, NEW_SERVER)).toEqual(RUNNING)
    expect(takeHandedOverTimer(session, NEW_SERVER)).toBeUndefined()
  })

  it('keeps a paused timer paused', () => {
    const session = memoryStorage()
    const paused: SlidevTimer = { status: 'paused', startedAt: RUNNING.startedAt, pausedAt: RUNNING.startedAt + 9000 }
    leaveTimer(session, paused)
    expect(takeHandedOverTimer(session, NEW_SERVER)).toEqual(paused)
  })

  it('leaves a timer the dev server already has (another window went over first), and forgets the left one', () => {
    const session = memoryStorage()
    leaveTimer(session, RUNNING)
    expect(takeHandedOverTimer(session, { ...RUNNING, startedAt: RUNNING.startedAt + 1 })).toBeUndefined()
    expect(takeHandedOverTimer(session, NEW_SERVER)).toBeUndefined()
  })

  it('takes up nothing for a stopped timer, nothing left, or anything malformed', () => {
    const session = memoryStorage()
    expect(takeHandedOverTimer(session, NEW_SERVER)).toBeUndefined()
    leaveTimer(session, NEW_SERVER)
    expect(takeHandedOverTimer(session, NEW_SERVER)).toBeUndefined()
    for (const text of ['{', '{"status":"running","startedAt":"soon","pausedAt":0}', '{"status":"running","startedAt":0,"pausedAt":0}']) {
      session.setItem('lesson-decks:handed-over-timer', text)
      expect(takeHandedOverTimer(session, NEW_SERVER), text).toBeUndefined()
    }
  })
})
