// Labels in a text drawing: runs of words on each row, split at strokes and wide gaps, each in the
// innermost box around it; a run in brackets is a box of its own. Pure.
import type { Grid, Stroke } from './grid.ts'
import type { ReadBox, ReadLabel, Rect } from './shapes.ts'
import { charAt, shadeOf } from './grid.ts'

/** A box drawn as text in brackets: `[Shared cache]`. */
const RE_BRACKETED = /^\[[^[\]]+\]$/
/** A label is broken by two spaces or more: columns of text stay apart. */
const LABEL_GAP = 2

/** Runs of text on each row, split at strokes and at wide gaps; each in the innermost box around it. */
export function findLabels(grid: Grid, strokes: (Stroke | undefined)[][], boxes: Rect[]): { labels: ReadLabel[], bracketed: ReadBox[] } {
  const labels: ReadLabel[] = []
  const bracketed: ReadBox[] = []
  // Stryker disable next-line EqualityOperator: a row past the grid is blank, so it has no label.
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
      const room = roomAfter(grid, strokes, row, run.col + width) - run.col
      if (box === undefined && RE_BRACKETED.test(text)) {
        // Within its own row, so boxes in brackets on rows one above the other stay apart.
        bracketed.push({ x: run.col - 0.3, y: row + 0.05, w: width + 0.6, h: 0.9, lines: [], bracketed: true })
        const inner = { col: run.col + 1, width: width - 2, room: width - 2 }
        labels.push({ text: text.slice(1, -1).trim(), row, y: row + 0.5, ...inner, box: boxes.length + bracketed.length - 1 })
      }
      else {
        labels.push({ text, row, y: row + 0.5, col: run.col, width, room, ...(box === undefined ? {} : { box }) })
      }
      run = undefined
    }
    for (let col = 0; col <= grid.cols; col++) {
      const char = charAt(grid, row, col)
      // Stryker disable next-line OptionalChaining: the row is always inside the grid.
      if (col === grid.cols || strokes[row]?.[col] || shadeOf(char) !== undefined) {
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

/** Free space after a word ends, in cells: up to half a cell short of what comes next on its row, or a few cells past the drawing's edge. */
const EDGE_ROOM = 4
function roomAfter(grid: Grid, strokes: (Stroke | undefined)[][], row: number, from: number): number {
  for (let col = from; col < grid.cols; col++) {
    const char = charAt(grid, row, col)
    if (char !== ' ' && char !== '')
      return col - (strokes[row]?.[col] || shadeOf(char) !== undefined ? 0.3 : 0.8)
  }
  return grid.cols + EDGE_ROOM
}

/** The smallest box whose inside holds the run of cells, if any does. */
function innermost(boxes: Rect[], row: number, col: number, width: number): number | undefined {
  let best: number | undefined
  boxes.forEach((box, index) => {
    // Stryker disable next-line EqualityOperator: a box's outline rows and columns are strokes, so no label starts or ends on them.
    const inside = row + 0.5 > box.y && row + 0.5 < box.y + box.h && col + 0.5 > box.x && col + width - 0.5 < box.x + box.w
    if (inside && (best === undefined || box.w * box.h < boxes[best]!.w * boxes[best]!.h))
      best = index
  })
  return best
}
