// Boxes in a text drawing: rectangles whose four sides are joined lines, found at each top-left corner,
// a side allowed to step a column aside where the author's editor misaligned it. Pure.
import type { Dir, Grid, Stroke } from './grid.ts'
import type { Joins, Rect } from './shapes.ts'

export interface FoundBox extends Rect {
  /** The cells of its outline, `row,col`: drawn as the box, never again as lines. */
  sides: Set<string>
}

type Has = (row: number, col: number, ...dirs: Dir[]) => boolean

/** A side followed down from a top corner: the cells it runs through, and by row the column of each cell that could end it. */
interface Side {
  path: [row: number, col: number][]
  ends: Map<number, number>
}

/** Rectangles whose four sides are joined lines, the smallest one at each top-left corner. */
export function findBoxes(grid: Grid, strokes: (Stroke | undefined)[][], joins: Joins): FoundBox[] {
  // Stryker disable next-line OptionalChaining: `has` is asked only of rows inside the grid; a column outside it is undefined either way.
  const has: Has = (row, col, ...dirs) => dirs.every(dir => strokes[row]?.[col]?.dirs.includes(dir))
  const boxes: FoundBox[] = []
  // Stryker disable next-line EqualityOperator: a row past the grid has no stroke, so no corner.
  for (let top = 0; top < grid.rows; top++) {
    // Stryker disable next-line EqualityOperator: a column past the grid has no stroke, so no corner.
    for (let left = 0; left < grid.cols; left++) {
      const box = has(top, left, 'r', 'd') ? smallestBoxAt(top, left, grid, has, joins) : undefined
      if (box)
        boxes.push(box)
    }
  }
  return boxes
}

function smallestBoxAt(top: number, left: number, grid: Grid, has: Has, joins: Joins): FoundBox | undefined {
  const leftSide = walkSide(top, left, 'r', grid, has)
  // Stryker disable next-line EqualityOperator,ConditionalExpression: nothing joins past the last column, so the bound only saves work.
  for (let right = left + 1; right < grid.cols && joins(top, right - 1, 'r'); right++) {
    if (!has(top, right, 'l', 'd'))
      continue
    const rightSide = walkSide(top, right, 'l', grid, has)
    for (const [bottom, bottomLeft] of leftSide.ends) {
      const bottomRight = rightSide.ends.get(bottom)
      if (bottomRight !== undefined && rowJoins(bottom, bottomLeft, bottomRight, joins))
        return boxOf(top, bottom, leftSide, rightSide)
    }
    const open = leftOpen(top, leftSide, rightSide, grid)
    if (open)
      return open
  }
  return undefined
}

/** A box the author left without its bottom: both sides run down to a row with nothing but space under it. */
function leftOpen(top: number, leftSide: Side, rightSide: Side, grid: Grid): FoundBox | undefined {
  if (leftSide.ends.size > 0 || rightSide.ends.size > 0)
    return undefined
  const last = Math.min(leftSide.path.at(-1)![0], rightSide.path.at(-1)![0])
  const upTo = (side: Side): Side => ({ path: side.path.filter(([row]) => row <= last), ends: side.ends })
  const [left, right] = [upTo(leftSide).path.at(-1)![1], upTo(rightSide).path.at(-1)![1]]
  const below = grid.cells[last + 1] ?? []
  if (last <= top || below.slice(left, right + 1).some(cell => cell !== ' ' && cell !== ''))
    return undefined
  return boxOf(top, last + 1, upTo(leftSide), upTo(rightSide))
}

/**
 * Follows a box's side down from its top corner, letting it step one column aside where the author's
 * editor misaligned it (a wide character, a missing space).
 */
function walkSide(top: number, col: number, inward: 'l' | 'r', grid: Grid, has: Has): Side {
  const side: Side = { path: [[top, col]], ends: new Map() }
  let at = col
  // Stryker disable next-line EqualityOperator: a row past the grid has no stroke, so the side stops there anyway.
  for (let row = top + 1; row < grid.rows; row++) {
    const next = [at, at - 1, at + 1].find(c => has(row, c, 'u'))
    // Stryker disable next-line ConditionalExpression: walking on past the side's end finds no stroke, and rows past the bottom are not the box's.
    if (next === undefined)
      break
    at = next
    side.path.push([row, at])
    // Stryker disable next-line ConditionalExpression: a bottom needs a row of joined strokes from side to side, which only starts at a corner.
    if (has(row, at, inward))
      side.ends.set(row, at)
    if (!has(row, at, 'd'))
      break
  }
  return side
}

function boxOf(top: number, bottom: number, leftSide: Side, rightSide: Side): FoundBox {
  const lefts = leftSide.path.filter(([row]) => row <= bottom)
  const rights = rightSide.path.filter(([row]) => row <= bottom)
  const left = Math.min(...lefts.map(([, col]) => col))
  const right = Math.max(...rights.map(([, col]) => col))
  const sides = new Set([...lefts, ...rights].map(([row, col]) => `${row},${col}`))
  for (const [row, from, to] of [[top, lefts[0]![1], rights[0]![1]], [bottom, lefts.at(-1)![1], rights.at(-1)![1]]] as const) {
    // Stryker disable next-line EqualityOperator: the row's last cell is the right side's corner, already in the outline.
    for (let col = from; col <= to; col++)
      sides.add(`${row},${col}`)
  }
  return { x: left + 0.5, y: top + 0.5, w: right - left, h: bottom - top, sides }
}

/** Whether the line runs joined along a row from one column to another. */
function rowJoins(row: number, from: number, to: number, joins: Joins): boolean {
  for (let col = from; col < to; col++) {
    if (!joins(row, col, 'r'))
      return false
  }
  return true
}
