// Step logic of Timeline: the story opens on its first phase; each click adds the next one.
import type { TimelinePhase } from '../scripts/lesson/types.ts'
import type { OneByOne } from './steps.ts'
import { oneByOne } from './steps.ts'

export type { TimelinePhase }

/** The click at which each phase appears (the first before any click), and the clicks the slide reserves. */
export function timelineReveal(phases: number): OneByOne {
  return oneByOne(phases, 1)
}

/** How far the progress line along the axis reaches at `step`, from 0 to 1, through the shown phases' dots. */
export function progressAt(step: number, events: number): number {
  if (events <= 1)
    return 1
  return Math.min(Math.max(step, 0), events - 1) / (events - 1)
}
