// The rehearsal log: how long the speaker stayed on each slide and each click, measured on Slidev's
// timer (so pausing the timer pauses the log). Pure: the presenter view feeds it positions and times.
import type { RehearsalRun, RehearsalSlide } from '../../scripts/rehearsal/run'
import type { SlidePacing } from './pacing'

export interface Position {
  /** Slide number, 1-based. */
  no: number
  clicks: number
}

export interface RehearsalLog {
  /** Where the speaker is now, and the timer's milliseconds when they got there. */
  at: Position
  sinceMs: number
  /** spentMs[no][clicks]: milliseconds spent on slide `no` showing `clicks` clicks, over all visits. */
  spentMs: Record<number, number[]>
}

export function startLog(at: Position, nowMs = 0): RehearsalLog {
  return { at, sinceMs: nowMs, spentMs: {} }
}

/** The speaker moved to `to` at timer time `nowMs`: the time since the last move goes to where they were. */
export function moveTo(log: RehearsalLog, to: Position, nowMs: number): RehearsalLog {
  const settled = settle(log, nowMs)
  return { ...settled, at: to }
}

/** The log with the time up to `nowMs` booked to the current position. */
export function settle(log: RehearsalLog, nowMs: number): RehearsalLog {
  const gained = Math.max(0, nowMs - log.sinceMs)
  if (gained === 0)
    return { ...log, sinceMs: Math.max(log.sinceMs, nowMs) }
  const { no, clicks } = log.at
  const perClick = [...(log.spentMs[no] ?? [])]
  while (perClick.length <= clicks)
    perClick.push(0)
  perClick[clicks]! += gained
  return { at: log.at, sinceMs: nowMs, spentMs: { ...log.spentMs, [no]: perClick } }
}

/** Milliseconds spent on the given slides up to `nowMs`, the stay in progress included. */
export function spentOnSlides(log: RehearsalLog, slides: number[], nowMs: number): number {
  const spentMs = settle(log, nowMs).spentMs
  return slides.reduce((total, no) => total + (spentMs[no] ?? []).reduce((a, b) => a + b, 0), 0)
}

export function totalSpentMs(log: RehearsalLog, nowMs: number): number {
  return Object.values(settle(log, nowMs).spentMs).flat().reduce((a, b) => a + b, 0)
}

export interface RunIdentity {
  lessonSlug: string
  runId: string
  /** ISO time the timer was started for this run. */
  startedAt: string
}

/** The body the presenter view sends to the rehearsal endpoint. */
export function runOf(log: RehearsalLog, slides: SlidePacing[], identity: RunIdentity, nowMs: number): RehearsalRun {
  const spentMs = settle(log, nowMs).spentMs
  const runSlides: RehearsalSlide[] = slides.map(slide => ({
    no: slide.no,
    section: slide.section,
    sectionIndex: slide.sectionIndex,
    budgetSeconds: slide.budgetSeconds ?? null,
    clicksMs: (spentMs[slide.no] ?? []).map(Math.round),
  }))
  return { version: 1, ...identity, elapsedMs: Math.round(nowMs), slides: runSlides }
}
