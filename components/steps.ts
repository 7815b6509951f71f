// The one way a component shows its parts step by step. Each part has the click at which it appears
// (0 = on screen before any click, the slide's empty stage); `isRevealed` says whether it shows at a step.

/**
 * The step a component shows for the slide's click count, clamped to 0..total.
 * Print, overview and presenter previews pass a large click count, so they get the whole picture.
 */
export function stepOf(clicks: number, total: number): number {
  if (!Number.isFinite(clicks))
    return clicks > 0 ? total : 0
  return Math.min(Math.max(Math.floor(clicks), 0), total)
}

/** Whether the part that appears at click `at` is on screen at `step`; a part with no `at` never shows. */
export function isRevealed(step: number, at: number | undefined): boolean {
  return at !== undefined && step >= at
}

export interface OneByOne {
  /** The click at which each item appears. */
  at: number[]
  /** Clicks the slide reserves. */
  total: number
}

/**
 * Items that come one per click, after `shownAtStart` of them are already on screen before the first click
 * (a list: 0, each point on its own click; a story in phases: 1, it opens on its first phase).
 */
export function oneByOne(count: number, shownAtStart = 0): OneByOne {
  const opening = Math.min(Math.max(shownAtStart, 0), count)
  const at = Array.from({ length: count }, (_, i) => Math.max(i + 1 - opening, 0))
  return { at, total: count - opening }
}
