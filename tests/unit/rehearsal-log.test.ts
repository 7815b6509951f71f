// The rehearsal log: time per slide and per click on Slidev's timer, and the run it becomes.
import { describe, expect, it } from 'vitest'
import { moveTo, runOf, settle, spentOnSlides, startLog, totalSpentMs } from '../../components/rehearsal/rehearsalLog.ts'
import { parseRun } from '../../scripts/rehearsal/run.ts'

const SLIDES = [
  { no: 1, section: 'Cover', sectionIndex: -1 },
  { no: 2, section: 'The Hook', sectionIndex: 0, budgetSeconds: 25 },
  { no: 3, section: 'Software', sectionIndex: 1, budgetSeconds: 44 },
  { no: 4, section: 'Software', sectionIndex: 1, budgetSeconds: 44 },
]

describe('the rehearsal log', () => {
  it('books the time between moves to the slide and click the speaker was on', () => {
    let log = startLog({ no: 2, clicks: 0 })
    log = moveTo(log, { no: 2, clicks: 1 }, 4000)
    log = moveTo(log, { no: 3, clicks: 0 }, 9000)
    log = moveTo(log, { no: 2, clicks: 1 }, 12_000) // went back
    log = moveTo(log, { no: 3, clicks: 0 }, 13_500)
    expect(settle(log, 20_000).spentMs).toEqual({ 2: [4000, 6500], 3: [9500] })
    expect(totalSpentMs(log, 20_000)).toBe(20_000)
  })

  it('counts the stay in progress in a section\'s time', () => {
    let log = startLog({ no: 3, clicks: 0 })
    log = moveTo(log, { no: 4, clicks: 0 }, 30_000)
    expect(spentOnSlides(log, [3, 4], 41_000)).toBe(41_000)
    expect(spentOnSlides(log, [2], 41_000)).toBe(0)
  })

  it('adds nothing while the timer stands still (stopped or paused)', () => {
    let log = startLog({ no: 1, clicks: 0 })
    log = moveTo(log, { no: 2, clicks: 0 }, 0)
    log = moveTo(log, { no: 3, clicks: 0 }, 0)
    expect(totalSpentMs(log, 0)).toBe(0)
    log = moveTo(log, { no: 4, clicks: 0 }, 5000)
    log = moveTo(log, { no: 3, clicks: 0 }, 5000)
    expect(settle(log, 5000).spentMs).toEqual({ 3: [5000] })
  })

  it('never books negative time when the timer reads earlier than the last move', () => {
    const log = moveTo(startLog({ no: 2, clicks: 0 }, 8000), { no: 3, clicks: 0 }, 7000)
    expect(totalSpentMs(log, 7000)).toBe(0)
    expect(log.sinceMs).toBe(8000)
  })

  it('becomes a run the endpoint accepts, one entry per slide of the deck', () => {
    let log = startLog({ no: 1, clicks: 0 })
    log = moveTo(log, { no: 2, clicks: 2 }, 1200.4)
    const run = runOf(log, SLIDES, { lessonSlug: 'platform-vs-product', runId: 'run-abc-123', startedAt: '2025-03-01T09:00:00.000Z' }, 3000)
    expect(parseRun(JSON.parse(JSON.stringify(run)))).toEqual(run)
    expect(run.elapsedMs).toBe(3000)
    expect(run.slides.map(s => s.clicksMs)).toEqual([[1200], [0, 0, 1800], [], []])
    expect(run.slides[0]!.budgetSeconds).toBeNull()
  })
})
