// A text drawing read as what it draws: boxes, lines with their arrowheads, and labels, each where the
// author placed it on the grid (boxes.ts, lines.ts, labels.ts), with blank rows closed up. Pure.
import type { Dir, Grid, Stroke } from './grid.ts'
import type { ReadBox, ReadDrawing, ReadLabel, ReadLine } from './shapes.ts'
import { findBars } from './bars.ts'
import { findBoxes } from './boxes.ts'
import { OPPOSITE, strokesOf, toGrid } from './grid.ts'
import { findLabels } from './labels.ts'
import { findLines, widenLoneArrow } from './lines.ts'
import { step } from './shapes.ts'
import { straighten } from './straighten.ts'

export type { ReadBar, ReadBox, ReadDrawing, ReadLabel, ReadLine, Rect } from './shapes.ts'

export function readDrawing(text: string): ReadDrawing {
  const grid = straighten(toGrid(text))
  const strokes = strokesOf(grid)
  const joins = (row: number, col: number, dir: Dir): boolean => {
    const [r, c] = step(row, col, dir)
    return Boolean(strokes[row]?.[col]?.dirs.includes(dir) && strokes[r]?.[c]?.dirs.includes(OPPOSITE[dir]))
  }
  const boxes = findBoxes(grid, strokes, joins)
  // An edge between two cells of one box's outline is that box's side, not a line of its own.
  const onSide = (row: number, col: number, dir: Dir) => {
    const [r, c] = step(row, col, dir)
    return boxes.some(box => box.sides.has(`${row},${col}`) && box.sides.has(`${r},${c}`))
  }
  const isSide = (row: number, col: number) => boxes.some(box => box.sides.has(`${row},${col}`))
  const lines = findLines(grid, strokes, (row, col, dir) => joins(row, col, dir) && !onSide(row, col, dir), isSide)
  const { labels, bracketed } = findLabels(grid, strokes, boxes)
  const allBoxes: ReadBox[] = [...boxes.map(({ x, y, w, h }) => ({ x, y, w, h, lines: [] as string[] })), ...bracketed]
  for (const label of labels) {
    if (label.box !== undefined)
      allBoxes[label.box]!.lines.push(label.text)
  }
  const drawn = lines.filter(line => line.x1 !== line.x2 || line.y1 !== line.y2).map(line => widenLoneArrow(line, grid))
  allBoxes.forEach((box, index) => {
    if (keepsColumns(box, index, drawn, labels))
      box.keepColumns = true
  })
  return closeUpBlankRows(grid, strokes, { cols: grid.cols, rows: grid.rows, boxes: allBoxes, lines: drawn, bars: findBars(grid), labels })
}

/** A box whose text is laid out (a tree with its branches, a list in columns, two labels on a row) keeps the author's columns. */
function keepsColumns(box: ReadBox, index: number, lines: ReadLine[], labels: ReadLabel[]): boolean {
  const within = (x: number, y: number) => x > box.x && x < box.x + box.w && y > box.y && y < box.y + box.h
  if (lines.some(line => within(line.x1, line.y1) && within(line.x2, line.y2)))
    return true
  const rows = labels.filter(label => label.box === index).map(label => label.row)
  return new Set(rows).size < rows.length
}

/** A blank row between parts keeps them apart, but needs less height than a row of text. */
const BLANK_ROW_HEIGHT = 0.5
const CONNECTOR_ROW_HEIGHT = 0.7

/** Row `y` (in cells, fractional) once blank rows and rows of down-lines are made shorter; `labels` keep their row index. */
function closeUpBlankRows(grid: Grid, strokes: (Stroke | undefined)[][], drawing: ReadDrawing): ReadDrawing {
  const heights = grid.cells.map((line, row) => {
    if (line.every(cell => cell === ' ' || cell === ''))
      return BLANK_ROW_HEIGHT
    // A row of nothing but lines running down (`│`) links the rows around it, and needs no room for text.
    const downOnly = line.every((cell, col) => cell === ' ' || cell === '' || (strokes[row]?.[col]?.head === undefined && strokes[row]?.[col]?.dirs.every(dir => dir === 'u' || dir === 'd')))
    return downOnly ? CONNECTOR_ROW_HEIGHT : 1
  })
  const tops = heights.reduce<number[]>((acc, height) => [...acc, acc.at(-1)! + height], [0])
  const mapY = (y: number) => {
    const row = Math.min(Math.max(Math.floor(y), 0), heights.length - 1)
    return tops[row]! + (y - row) * (heights[row] ?? 1)
  }
  return {
    ...drawing,
    rows: tops.at(-1)!,
    boxes: drawing.boxes.map(box => ({ ...box, y: mapY(box.y), h: mapY(box.y + box.h) - mapY(box.y) })),
    lines: drawing.lines.map(line => ({ ...line, y1: mapY(line.y1), y2: mapY(line.y2) })),
    bars: drawing.bars.map(bar => ({ ...bar, y: mapY(bar.y), h: mapY(bar.y + bar.h) - mapY(bar.y) })),
    labels: drawing.labels.map(label => ({ ...label, y: mapY(label.row + 0.5) })),
  }
}
