// Step logic of the analogy scenes (CarFactory, Restaurant, Theater, TwoSidedScene): the side the audience
// sees, then the side that makes it possible, then the praise, then the closing pair of lines.
import type { SceneSide, Takeaway } from '../scripts/lesson/types.ts'

export type { SceneSide, Takeaway }

/** The props every analogy scene takes; the generator writes them from the lesson. */
export interface AnalogyProps {
  heading: string
  kicker?: string
  front: SceneSide
  back: SceneSide
  reaction?: string
  takeaway?: Takeaway
}

export interface AnalogyShown {
  front: boolean
  back: boolean
  reaction: boolean
  takeaway: boolean
}

/** Clicks the scene reserves: one per part it has. */
export function analogyClicks(props: Pick<AnalogyProps, 'reaction' | 'takeaway'>): number {
  return 2 + (props.reaction ? 1 : 0) + (props.takeaway ? 1 : 0)
}

/** Which parts are on screen at `step` (0 = the empty stage). */
export function analogyShown(step: number, props: Pick<AnalogyProps, 'reaction' | 'takeaway'>): AnalogyShown {
  const reactionAt = props.reaction ? 3 : Infinity
  const takeawayAt = props.takeaway ? (props.reaction ? 4 : 3) : Infinity
  return { front: step >= 1, back: step >= 2, reaction: step >= reactionAt, takeaway: step >= takeawayAt }
}
