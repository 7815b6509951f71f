// Step logic shared by the animated components: which part of a picture a click count shows.

/**
 * The step a component shows for the slide's click count, clamped to 0..total.
 * Print, overview and presenter previews pass a large click count, so they get the whole picture.
 */
export function stepOf(clicks: number, total: number): number {
  if (!Number.isFinite(clicks))
    return total
  return Math.min(Math.max(Math.floor(clicks), 0), total)
}

/** Whether the part revealed at click `at` (1-based; 0 = shown from the start) is visible at `step`. */
export function isRevealed(step: number, at: number): boolean {
  return step >= at
}
