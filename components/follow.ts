// The audience's follow logic, without the browser: reading the server's messages, telling a member's
// own browsing from the speaker's moves, and how long to wait before reconnecting.
import type { AudienceMessage, Position } from '../scripts/audience/messages.ts'

export function samePosition(a: Position, b: Position): boolean {
  return a.page === b.page && a.clicks === b.clicks
}

/** A message from the follow channel, or undefined for anything else. */
export function parseAudienceMessage(text: unknown): AudienceMessage | undefined {
  if (typeof text !== 'string')
    return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  }
  catch {
    return undefined
  }
  const message = value as { type?: unknown, version?: unknown, position?: { page?: unknown, clicks?: unknown } }
  if (message?.type === 'deck' && typeof message.version === 'string')
    return { type: 'deck', version: message.version }
  const page = message?.position?.page
  const clicks = message?.position?.clicks
  if (message?.type === 'position' && Number.isInteger(page) && Number.isInteger(clicks))
    return { type: 'position', position: { page: page as number, clicks: clicks as number } }
  return undefined
}

export interface FollowState {
  /** Where the speaker is, once known. */
  speaker?: Position
  /** True while the page moves with the speaker; false once the member browses on their own. */
  following: boolean
  /** Set while the page is being moved to the speaker: the moves on the way there are not the member's. */
  steeringTo?: Position
}

/**
 * The page moved to `here`. A move the member made away from the speaker stops following; browsing
 * back to exactly where the speaker is follows again.
 */
export function afterMove(state: FollowState, here: Position): FollowState {
  if (state.steeringTo)
    return samePosition(here, state.steeringTo) ? { ...state, steeringTo: undefined } : state
  if (!state.speaker)
    return state
  return { ...state, following: samePosition(here, state.speaker) }
}

/** The speaker moved: where this page should go now (undefined: stay, the member is browsing). */
export function afterSpeakerMove(state: FollowState, speaker: Position, here: Position): { state: FollowState, goTo?: Position } {
  if (!state.following || samePosition(here, speaker))
    return { state: { ...state, speaker, steeringTo: undefined } }
  return { state: { ...state, speaker, steeringTo: speaker }, goTo: speaker }
}

/** 0.5 s, 1 s, 2 s, then every 4 s: quick after a blip, gentle on a server that is gone. */
export function reconnectDelayMs(attempt: number): number {
  return Math.min(4000, 500 * 2 ** attempt)
}

/** The follow channel's URL for a page at `location` of a deck built under `base` (`/<token>/`). */
export function followUrl(location: { protocol: string, host: string }, base: string, path: string): string {
  return `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}${base}${path}`
}
