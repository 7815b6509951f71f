// What the audience server says to the audience's browsers over the follow channel (a WebSocket at
// FOLLOW_PATH under the deck's tokened base). The browsers say nothing back.

/** Relative to the deck's base (`/<token>/`). */
export const FOLLOW_PATH = '__follow'

export interface Position {
  page: number
  clicks: number
}

export type AudienceMessage
  /** The speaker is here now (sent on connect too, when known). */
  = | { type: 'position', position: Position }
  /** The deck served now; a page built from another one reloads. */
    | { type: 'deck', version: string }
