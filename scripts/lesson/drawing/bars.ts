// Bars in a text drawing: runs of block characters (`██████░░░░`) read as filled rectangles, each run of
// one shade a bar of its own, so a bar and its lighter track stand side by side; and the dots on a line. Pure.
import type { Grid } from './grid.ts'
import type { ReadBar } from './shapes.ts'
import { isDot, shadeOf, strokeAt } from './grid.ts'

/** A bar is a little shorter than its row, so bars on rows one above the other stay apart. */
const BAR_INSET = 0.15
/** A dot on a line is about as wide as a letter. */
const DOT = 0.7

export function findBars(grid: Grid): ReadBar[] {
  const bars: ReadBar[] = []
  grid.cells.forEach((line, row) => {
    let col = 0
    while (col < line.length) {
      const shade = shadeOf(line[col]!)
      let end = col + 1
      const sameShade = (char: string | undefined) => shade !== undefined && char !== undefined && shadeOf(char) === shade
      while (sameShade(line[end]))
        end += 1
      if (shade !== undefined)
        bars.push({ x: col, y: row + BAR_INSET, w: end - col, h: 1 - 2 * BAR_INSET, row, shade })
      else if (isDot(line[col]!) && strokeAt(grid, row, col))
        bars.push({ x: col + 0.5 - DOT / 2, y: row + 0.5 - DOT / 2, w: DOT, h: DOT, row, shade: 1, dot: true })
      col = end
    }
  })
  return stacked(bars)
}

/** A bar of a column chart is drawn a row at a time: runs of one shade and span on rows one under the other are one bar. */
function stacked(bars: ReadBar[]): ReadBar[] {
  const merged: { bar: ReadBar, lastRow: number }[] = []
  for (const bar of bars) {
    const continues = ({ bar: other, lastRow }: { bar: ReadBar, lastRow: number }) =>
      !other.dot && other.x === bar.x && other.w === bar.w && other.shade === bar.shade && lastRow === bar.row - 1
    const above = bar.dot ? undefined : merged.find(continues)
    if (above) {
      above.bar.h = bar.y + bar.h - above.bar.y
      above.lastRow = bar.row
    }
    else {
      merged.push({ bar: { ...bar }, lastRow: bar.row })
    }
  }
  return merged.map(({ bar }) => bar)
}
