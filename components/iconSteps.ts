// Step and layout logic of IconScene, shared with the generator (scripts/lesson/icon-scene.ts) so that the
// slide's clicks and its notes' chunks come from the same rule as what the component shows.
import type { IconItem, IconSceneProps, IconShape } from '../scripts/lesson/types.ts'

export type { IconItem, IconSceneProps, IconShape }

export interface IconReveal {
  /** The click at which each item appears (1 for the first item named). */
  at: number[]
  /** Clicks the slide reserves. */
  total: number
  /** Per click, the index of the sentence its notes start at. */
  starts: number[]
}

/**
 * One click per sentence that names something: items named in the same sentence appear together,
 * the notes of each click start at that sentence. `mentions` are the items' sentence indexes, in any order.
 */
export function iconReveal(mentions: number[]): IconReveal {
  const starts = [...new Set(mentions)].sort((a, b) => a - b)
  return { at: mentions.map(mention => starts.indexOf(mention) + 1), total: starts.length, starts }
}

/** The items of each side, in the order the scene lays them out: one row for a row or a sequence, two sides otherwise. */
export function groupsOf(shape: IconShape, items: IconItem[]): IconItem[][] {
  if (shape === 'row' || shape === 'sequence')
    return [items]
  return [items.filter(item => item.group === 0), items.filter(item => item.group === 1)]
}

/** Icon size in px by how many things share a line (index = count): the fewer, the larger; six still fit 980 px with captions. */
const SIZE_FOR_COUNT = [168, 168, 160, 140, 124, 112, 100]
const MIN_SIZE = 80

/** How many things stand side by side on a line: all of them up to five, six as two lines of three. */
export function columnsOf(count: number): number {
  return count === 6 ? 3 : Math.max(count, 1)
}

/** Icon size in px for the number of things side by side across the slide. */
export function iconSize(shape: IconShape, items: IconItem[]): number {
  const widest = Math.max(...groupsOf(shape, items).map(group => group.length))
  // Six in a row take two lines; two sides split the width, so a side's things are as small as twice as many in one row.
  const perRow = shape === 'row' || shape === 'sequence' ? widest : 2 * widest
  return SIZE_FOR_COUNT[Math.min(perRow, SIZE_FOR_COUNT.length - 1)] ?? MIN_SIZE
}

/** Scale of each icon of a crowd, and how far apart they stand, in the icon's own units. */
const CROWD_SCALE = 0.6
const CROWD_STEP = 0.35

/**
 * Three copies of an icon in one drawing, overlapping left to right with the middle one in front:
 * the viewBox that holds them and each copy's transform. `0 0 32 32` → `0 0 41.6 32`.
 */
export function crowd(viewBox: string): { viewBox: string, transforms: string[] } {
  const [x, y, width, height] = viewBox.split(/\s+/).map(Number) as [number, number, number, number]
  const size = width * CROWD_SCALE
  const step = width * CROWD_STEP
  const top = y + height - height * CROWD_SCALE
  const place = (k: number, dy: number) => `translate(${round(x + k * step)} ${round(top - dy)}) scale(${CROWD_SCALE})`
  return {
    viewBox: `${x} ${y} ${round(size + 2 * step)} ${height}`,
    transforms: [place(0, height * 0.2), place(2, height * 0.2), place(1, 0)],
  }
}

function round(value: number): number {
  return Math.round(value * 100) / 100
}
