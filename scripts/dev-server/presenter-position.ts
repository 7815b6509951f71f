// Where the presenter is, from Slidev's own synced state: every presenter window patches `nav` on the
// dev server (page, clicks, and who moved last). Only moves made in a presenter view count, so the
// audience follows the speaker and nobody else; presenter windows share that one state, so a second
// window or a reload can't give the audience a second position.
import type { Position } from '../audience/messages.ts'
import { tellStart } from './start-channel.ts'

interface NavState {
  page?: unknown
  clicks?: unknown
  lastUpdate?: { type?: unknown }
}

/** The presenter's position in Slidev's `nav` state, or undefined when the last move was not a presenter's. */
export function presenterPositionOf(key: PropertyKey, data: unknown): Position | undefined {
  if (key !== 'nav' || typeof data !== 'object' || data === null)
    return undefined
  const nav = data as NavState
  const page = Number(nav.page)
  const clicks = Number(nav.clicks ?? 0)
  if (nav.lastUpdate?.type !== 'presenter' || !Number.isInteger(page) || page < 1 || !Number.isInteger(clicks) || clicks < 0)
    return undefined
  return { page, clicks }
}

/** Slidev's `serverRef.onChanged` hook: passes each new presenter position on to `npm start`. */
export function relayPresenterPosition(): (key: PropertyKey, data: unknown) => void {
  let last: Position | undefined
  return (key, data) => {
    const position = presenterPositionOf(key, data)
    if (!position || (last && last.page === position.page && last.clicks === position.clicks))
      return
    last = position
    tellStart({ type: 'presenter-position', position })
  }
}
