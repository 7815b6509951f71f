// The audience's one position, from the presenter windows' reports.
import { describe, expect, it } from 'vitest'
import { presenterPosition, presenterReportOf } from '../../scripts/dev-server/presenter-position.ts'

const report = (window: string, page: number, clicks = 0) => ({ window, position: { page, clicks } })

describe('the presenter\'s position', () => {
  it('takes the first presenter window where it starts, then every move', () => {
    const next = presenterPosition()
    expect(next(report('a', 1))).toEqual({ page: 1, clicks: 0 })
    expect(next(report('a', 1))).toBeUndefined()
    expect(next(report('a', 1, 1))).toEqual({ page: 1, clicks: 1 })
    expect(next(report('a', 2))).toEqual({ page: 2, clicks: 0 })
  })

  it('does not move the audience when a second window opens elsewhere, or a window reloads, until that window moves', () => {
    const next = presenterPosition()
    next(report('a', 1))
    next(report('a', 5, 2))
    expect(next(report('b', 1))).toBeUndefined()
    expect(next(report('b', 1))).toBeUndefined()
    // The speaker's window reloads: a new id, where it was.
    expect(next(report('a2', 5, 2))).toBeUndefined()
    expect(next(report('a2', 5, 3))).toEqual({ page: 5, clicks: 3 })
    // The second window moves: that is the speaker too.
    expect(next(report('b', 2))).toEqual({ page: 2, clicks: 0 })
    expect(next(report('a2', 5, 3))).toEqual({ page: 5, clicks: 3 })
  })

  it('reads only well-formed reports', () => {
    expect(presenterReportOf({ window: 'w', position: { page: 3, clicks: 1 } })).toEqual(report('w', 3, 1))
    for (const bad of [null, 'x', {}, { window: 'w' }, { window: 1, position: { page: 1, clicks: 0 } }, { window: 'w', position: { page: 0, clicks: 0 } }, { window: 'w', position: { page: 1, clicks: -1 } }, { window: 'w', position: { page: 1.5, clicks: 0 } }])
      expect(presenterReportOf(bad)).toBeUndefined()
  })
})
