// Lines in a text drawing: straight runs of joined strokes with their arrowheads, and one-cell arrows
// widened to read as arrows. Pure.
import type { Dir, Grid, Stroke } from './grid.ts'
import type { Joins, ReadLine } from './shapes.ts'
import { charAt, isShaftedArrow } from './grid.ts'

const DOUBLE_LINES = '═║╔╗╚╝╠╣╦╩╬'
/** How far, in cells, a line's open end stops short of a word. */
const TEXT_GAP = 0.3
/** Where an underscore draws in its cell: at its foot, as it is written. */
const LOW = 0.9

/** Straight runs of joined strokes, row by row and column by column, with their arrowheads. */
/** `joins` leaves the boxes' sides out, and `isSide` keeps their cells from being drawn again as lone strokes. */
export function findLines(grid: Grid, strokes: (Stroke | undefined)[][], joins: Joins, isSide: (row: number, col: number) => boolean): ReadLine[] {
  const lines: ReadLine[] = []
  for (const across of [true, false]) {
    const [outer, inner] = across ? [grid.rows, grid.cols] : [grid.cols, grid.rows]
    const [forward, backward]: [Dir, Dir] = across ? ['r', 'l'] : ['d', 'u']
    // Stryker disable next-line EqualityOperator: past the grid nothing joins.
    for (let o = 0; o < outer; o++) {
      // Stryker disable next-line EqualityOperator: past the grid nothing joins.
      for (let i = 0; i < inner; i++) {
        const [row, col] = across ? [o, i] : [i, o]
        if (!joins(row, col, forward) || joins(row, col, backward))
          continue
        let end = i
        while (joins(...(across ? [o, end] : [end, o]) as [number, number], forward))
          end++
        lines.push(lineOf(grid, strokes, across, o, i, end))
      }
    }
  }
  // A line char joined to nothing (`a │ b`, a lone `→`) still draws, across its own cell; every cell of a
  // run above joins a neighbour, so none is drawn twice.
  // Stryker disable next-line EqualityOperator: past the grid there is no stroke.
  for (let row = 0; row < grid.rows; row++) {
    // Stryker disable next-line EqualityOperator: past the grid there is no stroke.
    for (let col = 0; col < grid.cols; col++) {
      // Stryker disable next-line OptionalChaining: the row is always inside the grid.
      const stroke = strokes[row]?.[col]
      if (!stroke || isSide(row, col) || stroke.dirs.some(dir => joins(row, col, dir)))
        continue
      if (stroke.head && !isShaftedArrow(charAt(grid, row, col)))
        continue
      const across = stroke.dirs.includes('l') || stroke.dirs.includes('r')
      lines.push(lineOf(grid, strokes, across, across ? row : col, across ? col : row, across ? col : row))
    }
  }
  return lines
}

/**
 * The line from cell `from` to cell `to` along row (or column) `fixed`: a junction end stops at its centre, an open end or an arrowhead reaches the
 * cell's edge.
 */
function lineOf(grid: Grid, strokes: (Stroke | undefined)[][], across: boolean, fixed: number, from: number, to: number): ReadLine {
  const isWord = (k: number) => {
    const char = across ? charAt(grid, fixed, k) : charAt(grid, k, fixed)
    return char !== ' ' && char !== '' && !(across ? strokes[fixed]?.[k] : strokes[k]?.[fixed])
  }
  const at = (k: number) => (across ? strokes[fixed]?.[k] : strokes[k]?.[fixed])
  const sideways = (stroke: Stroke | undefined) => Boolean(stroke?.dirs.some(dir => (across ? dir === 'u' || dir === 'd' : dir === 'l' || dir === 'r')))
  const [back, ahead]: [Dir, Dir] = across ? ['l', 'r'] : ['u', 'd']
  const first = at(from)
  const last = at(to)
  // An open end stops short of a word right after it (`──data──►`), so the word stays readable.
  const gap = (k: number) => (from < to && isWord(k) ? TEXT_GAP : 0)
  // A bracket's floor (`|____|`) runs under its sides to meet them; a side stops on its floor.
  // A line that starts or ends against a line running across it (`│── data ──►│`) reaches it.
  const isSideOfFloor = (k: number) => across && Boolean(strokes[fixed]?.[k]?.dirs.some(dir => dir === 'u' || dir === 'd'))
  const onFloor = !across && from === to && Boolean(strokes[to]?.[fixed - 1]?.low || strokes[to]?.[fixed + 1]?.low)
  const start = sideways(first) ? from + 0.5 : isSideOfFloor(from - 1) ? from - 0.5 : from + gap(from - 1)
  const end = sideways(last) ? to + 0.5 : isSideOfFloor(to + 1) ? to + 1.5 : onFloor ? to + LOW : to + 1 - gap(to + 1)
  const heads: ReadLine['heads'] = []
  if (first?.head === back)
    heads.push('start')
  if (last?.head === ahead)
    heads.push('end')
  const centre = fixed + (first?.low ? LOW : 0.5)
  const chars = Array.from({ length: to - from + 1 }, (_, k) => (across ? charAt(grid, fixed, from + k) : charAt(grid, from + k, fixed)))
  const double = chars.filter(char => DOUBLE_LINES.includes(char)).length > chars.length / 2 ? { double: true as const } : {}
  return across ? { x1: start, y1: centre, x2: end, y2: centre, heads, ...double } : { x1: centre, y1: start, x2: centre, y2: end, heads, ...double }
}

/** `a → b`: an arrow drawn in one cell is too short to read as one; it reaches into the spaces around it. */
export function widenLoneArrow(line: ReadLine, grid: Grid): ReadLine {
  const across = line.y1 === line.y2
  const length = across ? line.x2 - line.x1 : line.y2 - line.y1
  if (length !== 1 || line.heads.length === 0)
    return line
  const [row, col] = [Math.floor(line.y1), Math.floor(line.x1)]
  const before = across ? charAt(grid, row, col - 1) : charAt(grid, row - 1, col)
  const after = across ? charAt(grid, row, col + 1) : charAt(grid, row + 1, col)
  const reach = (char: string) => (char === ' ' ? 0.5 : 0)
  return across
    ? { ...line, x1: line.x1 - reach(before), x2: line.x2 + reach(after) }
    : { ...line, y1: line.y1 - reach(before), y2: line.y2 + reach(after) }
}
