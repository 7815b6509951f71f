// Where the presenter is, from Slidev's own synced state: every presenter window patches `nav` on the
// dev server with its page, its clicks and its window id. Only moves made in a presenter view count,
// so the audience follows the speaker and nobody else. A presenter window that opens (or reloads)
// reports where it starts; that is not a move: it counts only once that window has moved, so a second
// window or a reload never sends the audience somewhere the speaker didn't go.
import type { Position } from '../audience/messages.ts'
import { tellStart } from './start-channel.ts'

interface NavState {
  page?: unknown
  clicks?: unknown
  lastUpdate?: { type?: unknown, id?: unknown }
}

export interface PresenterReport {
  /** The presenter window that reported (Slidev gives each page load its own id). */
  window: string
  position: Position
}

/** The presenter's report in Slidev's `nav` state, or undefined when the last update was not a presenter's. */
export function presenterReportOf(key: PropertyKey, data: unknown): PresenterReport | undefined {
  if (key !== 'nav' || typeof data !== 'object' || data === null)
    return undefined
  const nav = data as NavState
  const page = Number(nav.page)
  const clicks = Number(nav.clicks ?? 0)
  if (nav.lastUpdate?.type !== 'presenter' || !Number.isInteger(page) || page < 1 || !Number.isInteger(clicks) || clicks < 0)
    return undefined
  return { window: String(nav.lastUpdate.id), position: { page, clicks } }
}

const same = (a: Position | undefined, b: Position) => a !== undefined && a.page === b.page && a.clicks === b.clicks

/**
 * Turns presenter reports into the audience's one position. Returns the position to send on, or
 * undefined when the audience should stay where it is.
 */
export function presenterPosition(): (report: PresenterReport) => Position | undefined {
  let current: Position | undefined
  /** Where each window that has not moved yet started. */
  const startedAt = new Map<string, Position>()
  const moved = new Set<string>()
  return ({ window, position }) => {
    if (current !== undefined && !moved.has(window)) {
      const start = startedAt.get(window)
      if (start === undefined) {
        startedAt.set(window, position)
        return undefined
      }
      if (same(start, position))
        return undefined
      startedAt.delete(window)
    }
    moved.add(window)
    if (same(current, position))
      return undefined
    current = position
    return position
  }
}

/** Slidev's `serverRef.onChanged` hook: passes each move of the presenter on to `npm start`. */
export function relayPresenterPosition(): (key: PropertyKey, data: unknown) => void {
  const next = presenterPosition()
  return (key, data) => {
    const report = presenterReportOf(key, data)
    const position = report && next(report)
    if (position)
      tellStart({ type: 'presenter-position', position })
  }
}
