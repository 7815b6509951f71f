// Step logic of Timeline: the story opens on its first phase; each click adds the next one.
import type { TimelinePhase } from '../scripts/lesson/types.ts'

export type { TimelinePhase }

/** Clicks the slide reserves: every phase after the first. */
export function timelineClicks(phases: number): number {
  return Math.max(phases - 1, 0)
}

/** The step at which phase `index` (0-based) appears. */
export function phaseAt(index: number): number {
  return index
}

/** How far the progress line along the axis reaches at `step`, from 0 to 1, through the shown phases' dots. */
export function progressAt(step: number, events: number): number {
  if (events <= 1)
    return 1
  return Math.min(Math.max(step, 0), events - 1) / (events - 1)
}
