// The run in progress kept in the browser: which kept run a presenter view resumes, which it saves as
// abandoned, and what it sends for one.
import type { KeptRun } from '../../components/rehearsal/keptRun.ts'
import { describe, expect, it } from 'vitest'
import { abandonedRun, forget, keep, keptRuns, sortKept, STALE_MS, tabRunId } from '../../components/rehearsal/keptRun.ts'
import { moveTo, startLog } from '../../components/rehearsal/rehearsalLog.ts'
import { parseRun } from '../../scripts/rehearsal/run.ts'
import { memoryStorage } from '../support/memory-storage.ts'

const SLIDES = [
  { no: 1, section: 'Cover', sectionIndex: -1 },
  { no: 2, section: 'The Hook', sectionIndex: 0, budgetSeconds: 25 },
]
const NOW = Date.UTC(2025, 2, 1, 9, 30)

function kept(runId: string, overrides: Partial<KeptRun> = {}): KeptRun {
  let log = startLog({ no: 1, clicks: 0 })
  log = moveTo(log, { no: 2, clicks: 0 }, 3000)
  log = moveTo(log, { no: 2, clicks: 1 }, 8000)
  return {
    identity: { lessonSlug: 'platform-vs-product', runId, startedAt: '2025-03-01T09:00:00.000Z' },
    log,
    slides: SLIDES,
    timerStartedAt: 1000,
    atMs: 11_000,
    keptAt: NOW,
    savedSpentMs: 0,
    ...overrides,
  }
}

describe('the kept runs', () => {
  it('are stored per run, readable back, and this tab remembers its own', () => {
    const local = memoryStorage()
    const session = memoryStorage()
    keep(local, session, kept('run-aaaaaa'))
    local.setItem('lesson-decks:rehearsal-run:broken', '{')
    local.setItem('unrelated', 'x')
    expect(keptRuns(local, 'platform-vs-product').map(run => run.identity.runId)).toEqual(['run-aaaaaa'])
    expect(local.getItem('lesson-decks:rehearsal-run:broken')).toBeNull()
    expect(local.getItem('unrelated')).toBe('x')
    expect(keptRuns(local, 'other-lesson')).toEqual([])
    expect(tabRunId(session)).toBe('run-aaaaaa')
    forget(local, session, 'run-aaaaaa')
    expect(keptRuns(local, 'platform-vs-product')).toEqual([])
    expect(tabRunId(session)).toBeNull()
  })

  it('resume in the tab that kept them while Slidev\'s timer is the same one', () => {
    const own = kept('run-aaaaaa')
    expect(sortKept([own], 'run-aaaaaa', { status: 'running', startedAt: 1000 }, NOW + 60_000)).toEqual({ resume: own, abandoned: [] })
    expect(sortKept([own], 'run-aaaaaa', { status: 'paused', startedAt: 1000 }, NOW)).toEqual({ resume: own, abandoned: [] })
    // The timer was reset (or restarted) in between: the run is over and is saved as it stands.
    expect(sortKept([own], 'run-aaaaaa', { status: 'stopped', startedAt: 0 }, NOW)).toEqual({ resume: undefined, abandoned: [own] })
    expect(sortKept([own], 'run-aaaaaa', { status: 'running', startedAt: 5000 }, NOW)).toEqual({ resume: undefined, abandoned: [own] })
  })

  it('of another tab are abandoned only once nobody has kept them for a while', () => {
    const other = kept('run-bbbbbb')
    expect(sortKept([other], null, { status: 'running', startedAt: 1000 }, NOW + STALE_MS)).toEqual({ resume: undefined, abandoned: [] })
    expect(sortKept([other], null, { status: 'running', startedAt: 1000 }, NOW + STALE_MS + 1)).toEqual({ resume: undefined, abandoned: [other] })
  })
})

describe('an abandoned run', () => {
  it('is sent as unfinished with every click up to when it was last kept', () => {
    const run = parseRun(abandonedRun(kept('run-aaaaaa')))
    expect(run.unfinished).toBe(true)
    expect(run.runId).toBe('run-aaaaaa')
    expect(run.elapsedMs).toBe(11_000)
    expect(run.slides.map(slide => slide.clicksMs)).toEqual([[3000], [5000, 3000]])
  })

  it('already saved whole is not sent again; saved in part, it is sent as the same finished run', () => {
    expect(abandonedRun(kept('run-aaaaaa', { savedSpentMs: 11_000 }))).toBeUndefined()
    const rest = abandonedRun(kept('run-aaaaaa', { savedSpentMs: 8000 }))!
    expect(rest.unfinished).toBeUndefined()
    expect(rest.elapsedMs).toBe(11_000)
  })
})
