// The custom HMR events between the dev server's lesson watcher and the presenter view's banner.

/** Server → client: whether the lesson's last save could be used. */
export const LESSON_STATUS_EVENT = 'lesson-decks:lesson-status'
/** Client → server: "send me the current status" (a view that opens while the lesson is broken). */
export const LESSON_STATUS_REQUEST = 'lesson-decks:lesson-status?'

export interface LessonStatus {
  /** `FILE:LINE:COL: what was wrong; what was expected`, or null when the deck shows the lesson as saved. */
  problem: string | null
}
