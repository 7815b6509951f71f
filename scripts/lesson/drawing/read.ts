// A text drawing read as what it draws: boxes, lines with their arrowheads, and labels, each where the
// author placed it on the grid. Coordinates are in cells: x across, y down, a cell's centre at +0.5. Pure.
import { charAt, type Dir, type Grid, type Stroke, strokesOf, toGrid } from './grid.ts'

/** A rectangle in cells, from its top-left corner. */
export interface Rect { x: number, y: number, w: number, h: number }

export interface ReadBox extends Rect {
  /** Its text, one entry per row of the drawing, top to bottom. */
  lines: string[]
  /** Drawn as `[text]` rather than with lines. */
  bracketed?: true
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
}

export interface ReadDrawing {
  cols: number
  rows: number
  boxes: ReadBox[]
  lines: ReadLine[]
  labels: ReadLabel[]
}

/** A box drawn as text in brackets: `[Shared cache]`. */
const RE_BRACKETED = /^\[[^[\]]+\]$/
const DOUBLE_LINES = '═║╔╗╚╝╠╣╦╩╬'
/** How far, in cells, a line's open end stops short of a word. */
const TEXT_GAP = 0.3
/** A label is broken by two spaces or more: columns of text stay apart. */
const LABEL_GAP = 2

export function readDrawing(text: string): ReadDrawing {
  const grid = toGrid(text)
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
  return closeUpBlankRows(grid, strokes, { cols: grid.cols, rows: grid.rows, boxes: allBoxes, lines: drawn, labels })
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
    labels: drawing.labels.map(label => ({ ...label, y: mapY(label.row + 0.5) })),
  }
}

/** `a → b`: an arrow drawn in one cell is too short to read as one; it reaches into the spaces around it. */
function widenLoneArrow(line: ReadLine, grid: Grid): ReadLine {
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

const OPPOSITE: Record<Dir, Dir> = { u: 'd', d: 'u', l: 'r', r: 'l' }

function step(row: number, col: number, dir: Dir): [number, number] {
  return dir === 'u' ? [row - 1, col] : dir === 'd' ? [row + 1, col] : dir === 'l' ? [row, col - 1] : [row, col + 1]
}

type Joins = (row: number, col: number, dir: Dir) => boolean

interface FoundBox extends Rect {
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
function findBoxes(grid: Grid, strokes: (Stroke | undefined)[][], joins: Joins): FoundBox[] {
  const has: Has = (row, col, ...dirs) => dirs.every(dir => strokes[row]?.[col]?.dirs.includes(dir))
  const boxes: FoundBox[] = []
  for (let top = 0; top < grid.rows; top++) {
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
  for (let right = left + 1; right < grid.cols && joins(top, right - 1, 'r'); right++) {
    if (!has(top, right, 'l', 'd'))
      continue
    const rightSide = walkSide(top, right, 'l', grid, has)
    for (const [bottom, bottomLeft] of leftSide.ends) {
      const bottomRight = rightSide.ends.get(bottom)
      if (bottomRight !== undefined && rowJoins(bottom, bottomLeft, bottomRight, joins))
        return boxOf(top, bottom, leftSide, rightSide)
    }
  }
  return undefined
}

/**
 * Follows a box's side down from its top corner, letting it step one column aside where the author's
 * editor misaligned it (a wide character, a missing space).
 */
function walkSide(top: number, col: number, inward: 'l' | 'r', grid: Grid, has: Has): Side {
  const side: Side = { path: [[top, col]], ends: new Map() }
  let at = col
  for (let row = top + 1; row < grid.rows; row++) {
    const next = [at, at - 1, at + 1].find(c => has(row, c, 'u'))
    if (next === undefined)
      break
    at = next
    side.path.push([row, at])
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

/** Straight runs of joined strokes, row by row and column by column, with their arrowheads. */
/** `joins` leaves the boxes' sides out, and `isSide` keeps their cells from being drawn again as lone strokes. */
function findLines(grid: Grid, strokes: (Stroke | undefined)[][], joins: Joins, isSide: (row: number, col: number) => boolean): ReadLine[] {
  const lines: ReadLine[] = []
  const used = new Set<string>()
  for (const across of [true, false]) {
    const [outer, inner] = across ? [grid.rows, grid.cols] : [grid.cols, grid.rows]
    const [forward, backward]: [Dir, Dir] = across ? ['r', 'l'] : ['d', 'u']
    for (let o = 0; o < outer; o++) {
      for (let i = 0; i < inner; i++) {
        const [row, col] = across ? [o, i] : [i, o]
        if (!joins(row, col, forward) || joins(row, col, backward))
          continue
        let end = i
        while (joins(...(across ? [o, end] : [end, o]) as [number, number], forward))
          end++
        for (let k = i; k <= end; k++)
          used.add(across ? `${o},${k}` : `${k},${o}`)
        lines.push(lineOf(grid, strokes, across, o, i, end))
      }
    }
  }
  // A line char joined to nothing (`a │ b`, a lone `→`) still draws, across its own cell.
  for (let row = 0; row < grid.rows; row++) {
    for (let col = 0; col < grid.cols; col++) {
      const stroke = strokes[row]?.[col]
      if (!stroke || used.has(`${row},${col}`) || isSide(row, col) || stroke.dirs.some(dir => joins(row, col, dir)))
        continue
      if (stroke.head && !isShaftedArrow(charAt(grid, row, col)))
        continue
      const across = stroke.dirs.includes('l') || stroke.dirs.includes('r')
      lines.push(lineOf(grid, strokes, across, across ? row : col, across ? col : row, across ? col : row))
    }
  }
  return lines
}

function isShaftedArrow(char: string): boolean {
  return '→⟶←⟵↓↑'.includes(char)
}

/** The line from cell `from` to cell `to` along row (or column) `fixed`: a junction end stops at its centre, an open end or an arrowhead reaches the cell's edge. */
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
  const start = sideways(first) ? from + 0.5 : from + gap(from - 1)
  const end = sideways(last) ? to + 0.5 : to + 1 - gap(to + 1)
  const heads: ReadLine['heads'] = []
  if (first?.head === back)
    heads.push('start')
  if (last?.head === ahead)
    heads.push('end')
  const centre = fixed + 0.5
  const chars = Array.from({ length: to - from + 1 }, (_, k) => (across ? charAt(grid, fixed, from + k) : charAt(grid, from + k, fixed)))
  const double = chars.filter(char => DOUBLE_LINES.includes(char)).length > chars.length / 2 ? { double: true as const } : {}
  return across ? { x1: start, y1: centre, x2: end, y2: centre, heads, ...double } : { x1: centre, y1: start, x2: centre, y2: end, heads, ...double }
}

/** Runs of text on each row, split at strokes and at wide gaps; each in the innermost box around it. */
function findLabels(grid: Grid, strokes: (Stroke | undefined)[][], boxes: Rect[]): { labels: ReadLabel[], bracketed: ReadBox[] } {
  const labels: ReadLabel[] = []
  const bracketed: ReadBox[] = []
  for (let row = 0; row < grid.rows; row++) {
    let run: { col: number, chars: string[] } | undefined
    let gap = 0
    const close = () => {
      if (!run)
        return
      while (run.chars.at(-1) === ' ')
        run.chars.pop()
      const text = run.chars.join('')
      const width = run.chars.length
      const box = innermost(boxes, row, run.col, width)
      if (box === undefined && RE_BRACKETED.test(text)) {
        bracketed.push({ x: run.col - 0.3, y: row - 0.1, w: width + 0.6, h: 1.2, lines: [], bracketed: true })
        labels.push({ text: text.slice(1, -1).trim(), row, y: row + 0.5, col: run.col + 1, width: width - 2, box: boxes.length + bracketed.length - 1 })
      }
      else {
        labels.push({ text, row, y: row + 0.5, col: run.col, width, ...(box === undefined ? {} : { box }) })
      }
      run = undefined
    }
    for (let col = 0; col <= grid.cols; col++) {
      const char = charAt(grid, row, col)
      if (col === grid.cols || strokes[row]?.[col]) {
        close()
        continue
      }
      if (char === ' ') {
        gap++
        if (run && gap >= LABEL_GAP)
          close()
        else if (run)
          run.chars.push(' ')
        continue
      }
      gap = 0
      if (!run)
        run = { col, chars: [] }
      run.chars.push(char)
    }
  }
  return { labels, bracketed }
}

/** The smallest box whose inside holds the run of cells, if any does. */
function innermost(boxes: Rect[], row: number, col: number, width: number): number | undefined {
  let best: number | undefined
  boxes.forEach((box, index) => {
    const inside = row + 0.5 > box.y && row + 0.5 < box.y + box.h && col + 0.5 > box.x && col + width - 0.5 < box.x + box.w
    if (inside && (best === undefined || box.w * box.h < boxes[best]!.w * boxes[best]!.h))
      best = index
  })
  return best
}
