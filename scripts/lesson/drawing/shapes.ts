// What a text drawing is read as: boxes, lines with their arrowheads and labels, in cells of its grid
// (x across, y down, a cell's centre at +0.5); and the one way the readers step from cell to cell.
import type { Dir } from './grid.ts'

/** A rectangle in cells, from its top-left corner. */
export interface Rect { x: number, y: number, w: number, h: number }

export interface ReadBox extends Rect {
  /** Its text, one entry per row of the drawing, top to bottom. */
  lines: string[]
  /** Drawn as `[text]` rather than with lines. */
  bracketed?: true
  /** Its text keeps the author's columns (a tree, a list, two columns) rather than sitting in its middle. */
  keepColumns?: true
}

export interface ReadLine {
  x1: number
  y1: number
  x2: number
  y2: number
  /** The ends that carry an arrowhead. */
  heads: ('start' | 'end')[]
  /** Drawn with double-line characters (`═══►`): a link that stays open, a stronger bond. */
  double?: true
}

/** A run of block characters of one shade: a bar of a chart. */
export interface ReadBar extends Rect {
  /** Its row in the drawing as written (y moves once blank rows are closed up). */
  row: number
  /** How dark it is drawn, from 0.25 (`░`) to 1 (`█`). */
  shade: number
  /** A dot on a line (`──●──`), drawn round. */
  dot?: true
}

export interface ReadLabel {
  text: string
  /** The first cell of its text. */
  row: number
  col: number
  /** Cells it spans on its row. */
  width: number
  /** The middle of its row, once blank rows are closed up. */
  y: number
  /** Index of the innermost box that holds it, if one does. */
  box?: number
  /** Cells it may take before it reaches the next word, line, bar or side on its row. */
  room: number
}

export interface ReadDrawing {
  cols: number
  rows: number
  boxes: ReadBox[]
  lines: ReadLine[]
  bars: ReadBar[]
  labels: ReadLabel[]
}

export function step(row: number, col: number, dir: Dir): [number, number] {
  return dir === 'u' ? [row - 1, col] : dir === 'd' ? [row + 1, col] : dir === 'l' ? [row, col - 1] : [row, col + 1]
}

/** Whether the cell's stroke joins its neighbour's in that direction. */
export type Joins = (row: number, col: number, dir: Dir) => boolean
