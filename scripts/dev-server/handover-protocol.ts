// What the front door (front-door.ts) and the deck's pages opened from the build say to each other while
// the dev server starts. Shared by both sides, so nothing here may need Node.

/** An event stream: says when the dev server has taken over, and when the page must go over at once. */
export const HANDOVER_PATH = '/__lesson-decks/handover'
/** Where a presenter view opened from the build reports its slide and click (a PresenterReport, POSTed). */
export const BUILD_POSITION_PATH = '/__lesson-decks/position'
/** Set on `window` by the front door's page: this build is presented by `npm start`, which keeps runs and follows. */
export const FRONT_DOOR_FLAG = 'lessonDecksFrontDoor'
/** Where a page opened from the build leaves Slidev's timer for the dev server's page that replaces it. */
export const HANDED_OVER_TIMER_KEY = 'lesson-decks:handed-over-timer'

/** The front door's events: the dev server is ready (go over at the next move), or go over now (the deck changed). */
export type HandoverEvent = 'handover' | 'now'

/** True in a page of the build served by `npm start`'s front door. */
export function servedByFrontDoor(): boolean {
  return typeof window !== 'undefined' && (window as unknown as Record<string, unknown>)[FRONT_DOOR_FLAG] === true
}

/**
 * Whether a page at `path` of the deck would show a slide numbered `heldFrom` or later: the slide itself,
 * or in the presenter view the next one too, which it previews; any other view (the overview, print)
 * shows every slide. Self-contained: the front door also puts it into the build's page as it is.
 */
export function showsHeldSlide(path: string, heldFrom: number): boolean {
  const match = /^\/(presenter\/?)?(\d*)\/?$/.exec(path)
  if (!match)
    return true
  const no = Number(match[2] || 1)
  return no + (match[1] ? 1 : 0) >= heldFrom
}
