// The author's hand, straightened: a line running down a drawing (a lane, a box's side, a column's rule)
// that one row puts a column or two aside, because of a wide character, a word one letter longer or a
// space too many earlier in that row, is moved back under the line it continues. The row gives or takes
// the columns in the gap before it (spaces, or a horizontal line's dashes), so its words stay whole. Pure.
import type { Grid } from './grid.ts'
import { charAt, isDot, strokeAt } from './grid.ts'

/** How far aside a line may wander and still be the line above or below it. */
const MAX_WANDER = 2
/** Stretches moved at most in one drawing: each move reads the drawing again. */
const MAX_MOVES = 24
const RE_DASH = /^[─━═-]$/

/** A stretch of a line running down one column, from row `top` to row `bottom`. */
interface Stretch { col: number, top: number, bottom: number }

/** The grid with each stretch of a vertical line that wanders from the line it continues moved back into its column. */
export function straighten(grid: Grid): Grid {
  let at: Grid = { cells: grid.cells.map(line => [...line]), rows: grid.rows, cols: grid.cols }
  // Each pass moves one stretch and reads the drawing again.
  for (let pass = 0; pass < MAX_MOVES; pass++) {
    let moved = false
    for (const stretch of stretchesOf(at).sort((a, b) => (a.bottom - a.top) - (b.bottom - b.top))) {
      const shift = wanderOf(at, stretch)
      if (shift === 0)
        continue
      const cells = at.cells.map(line => [...line])
      const next: Grid = { cells, rows: at.rows, cols: at.cols }
      let whole = true
      for (let row = stretch.top; row <= stretch.bottom && whole; row++)
        whole = moveBy(next, row, stretch.col, shift)
      if (whole) {
        at = next
        moved = true
        break
      }
    }
    if (!moved)
      break
  }
  return { cells: at.cells, rows: at.cells.length, cols: Math.max(0, ...at.cells.map(line => line.length)) }
}

const runsDown = (grid: Grid, row: number, col: number, dir: 'u' | 'd') => Boolean(strokeAt(grid, row, col)?.dirs.includes(dir))

/** Whether a line could run on from the cell that way: it does, or it is an ASCII corner (`+`) or a dot, which turn where their neighbours go. */
function opens(grid: Grid, row: number, col: number, dir: 'u' | 'd'): boolean {
  return runsDown(grid, row, col, dir) || charAt(grid, row, col) === '+' || isDot(charAt(grid, row, col))
}

/** Every stretch of joined cells running down a column. */
function stretchesOf(grid: Grid): Stretch[] {
  const stretches: Stretch[] = []
  for (let row = 0; row < grid.rows; row++) {
    grid.cells[row]!.forEach((_, col) => {
      const vertical = runsDown(grid, row, col, 'u') || runsDown(grid, row, col, 'd')
      const continues = runsDown(grid, row, col, 'u') && runsDown(grid, row - 1, col, 'd')
      if (!vertical || continues)
        return
      let bottom = row
      while (runsDown(grid, bottom, col, 'd') && runsDown(grid, bottom + 1, col, 'u'))
        bottom++
      stretches.push({ col, top: row, bottom })
    })
  }
  return stretches
}

/** The length of the stretch through a cell, up and down. */
function lengthThrough(grid: Grid, row: number, col: number): number {
  let top = row
  let bottom = row
  while (runsDown(grid, top, col, 'u') && runsDown(grid, top - 1, col, 'd'))
    top--
  while (runsDown(grid, bottom, col, 'd') && runsDown(grid, bottom + 1, col, 'u'))
    bottom++
  return bottom - top + 1
}

/** The columns (±1, ±2) to a longer line above or below whose open end the stretch continues, or 0. */
function wanderOf(grid: Grid, { col, top, bottom }: Stretch): number {
  const length = bottom - top + 1
  for (const distance of [1, -1, 2, -2].filter(d => Math.abs(d) <= MAX_WANDER)) {
    const target = col + distance
    const above = runsDown(grid, top, col, 'u') && opens(grid, top - 1, target, 'd') && !runsDown(grid, top, target, 'u')
    const below = runsDown(grid, bottom, col, 'd') && opens(grid, bottom + 1, target, 'u') && !runsDown(grid, bottom, target, 'd')
    // Between two ends that meet it (a row of cells under a `+-----+` rule), or off a longer line.
    if ((above && below) || (above && lengthThrough(grid, top - 1, target) > length) || (below && lengthThrough(grid, bottom + 1, target) > length))
      return distance
  }
  return 0
}

/**
 * Moves the cell at `col` and all that follows it on its row by `shift` columns, taking or giving the
 * columns in the nearest gap before it (a run of spaces, two at least to give one, or of dashes, three),
 * never past another line running down, which stays where it is.
 */
function moveBy(grid: Grid, row: number, col: number, shift: number): boolean {
  const line = grid.cells[row]!
  let end = col - 1
  while (end >= 0 && !strokeAt(grid, row, end)?.dirs.some(dir => dir === 'u' || dir === 'd')) {
    const char = line[end]!
    let start = end
    while (start > 0 && line[start - 1] === char)
      start--
    // Two dashes at least make a line; one is a hyphen, part of its word.
    const gap = char === ' ' || (RE_DASH.test(char) && end > start)
    const spare = char === ' ' ? end - start : end - start - 1
    if (gap && shift > 0) {
      line.splice(end, 0, ...Array.from<string>({ length: shift }).fill(char))
      return true
    }
    if (gap && spare >= -shift) {
      line.splice(end + shift + 1, -shift)
      return true
    }
    end = start - 1
  }
  return false
}
