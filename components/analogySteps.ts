// Step logic of the analogy scenes (CarFactory, Restaurant, Theater, TwoSidedScene). Before any click the
// scene's empty stage is drawn; then the side the audience sees, the side that makes it possible, the praise,
// and the closing pair of lines, one click each.
import type { AnalogyProps, SceneSide, Takeaway } from '../scripts/lesson/types.ts'

/** The props every analogy scene takes come from the deck's types, where the generator writes them. */
export type { AnalogyProps, SceneSide, Takeaway }

export type AnalogyPart = 'stage' | 'front' | 'back' | 'reaction' | 'takeaway'

/** The click at which each part of the scene appears; a part the lesson doesn't have has none. */
export type AnalogyReveal = Record<AnalogyPart, number | undefined> & { total: number }

export function analogyReveal(props: Pick<AnalogyProps, 'reaction' | 'takeaway'>): AnalogyReveal {
  let next = 3
  const reaction = props.reaction ? next++ : undefined
  const takeaway = props.takeaway ? next++ : undefined
  return { stage: 0, front: 1, back: 2, reaction, takeaway, total: next - 1 }
}
