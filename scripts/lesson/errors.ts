import type { Position } from './types.ts'

export type LessonErrorCode = 'EMPTY' | 'NO_TITLE' | 'NO_SECTIONS' | 'BAD_SECTION' | 'UNREADABLE' | 'NOT_UTF8' | 'UNWRITABLE' | 'HAND_EDITED'

/** The generator's one error: what was wrong, where (`file:line:col`) and what was expected. */
export class LessonError extends Error {
  override name = 'LessonError'
  readonly code: LessonErrorCode
  readonly file: string
  readonly at: Position
  readonly problem: string
  constructor(code: LessonErrorCode, file: string, at: Position, problem: string) {
    super(`${file}:${at.line}:${at.column}: ${problem}`)
    this.code = code
    this.file = file
    this.at = at
    this.problem = problem
  }
}
