// The custom HMR events between the dev server's plugins and the presenter view's components, over
// Vite's own WebSocket. Shared by both sides, so nothing here may need Node.
import type { Position } from '../audience/messages.ts'

/** Server → client: whether the lesson's last save could be used. */
export const LESSON_STATUS_EVENT = 'lesson-decks:lesson-status'
/** Client → server: "send me the current status" (a view that opens while the lesson is broken). */
export const LESSON_STATUS_REQUEST = 'lesson-decks:lesson-status?'

export interface LessonStatus {
  /** `FILE:LINE:COL: what was wrong; what was expected`, or null when the deck shows the lesson as saved. */
  problem: string | null
}

/** Client → server: a presenter view's position, sent on load and on every move. */
export const PRESENTER_POSITION_EVENT = 'lesson-decks:presenter-position'

export interface PresenterReport {
  /** The presenter window that reported (a new id on every page load). */
  window: string
  position: Position
}
