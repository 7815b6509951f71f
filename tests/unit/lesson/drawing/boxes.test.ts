import type { Dir } from '../../../../scripts/lesson/drawing/grid.ts'
import { describe, expect, it } from 'vitest'
import { findBoxes } from '../../../../scripts/lesson/drawing/boxes.ts'
import { OPPOSITE, strokesOf, toGrid } from '../../../../scripts/lesson/drawing/grid.ts'
import { step } from '../../../../scripts/lesson/drawing/shapes.ts'

/** The boxes of a drawing, its cells joined as the reader joins them: each stroke reaching the next. */
function boxesOf(...lines: string[]) {
  const grid = toGrid(lines.join('\n'))
  const strokes = strokesOf(grid)
  return findBoxes(grid, strokes, (row: number, col: number, dir: Dir) => {
    const [r, c] = step(row, col, dir)
    return Boolean(strokes[row]?.[col]?.dirs.includes(dir) && strokes[r]?.[c]?.dirs.includes(OPPOSITE[dir]))
  })
}
const outline = (box: { sides: Set<string> }) => [...box.sides].sort()

describe('a box in a drawing', () => {
  it('is a closed outline, measured from the centre of its top-left corner, with every cell of it as its side', () => {
    const [box, ...others] = boxesOf('┌──┐', '│  │', '└──┘')
    expect(others).toEqual([])
    expect(box).toMatchObject({ x: 0.5, y: 0.5, w: 3, h: 2 })
    expect(outline(box!)).toEqual(['0,0', '0,1', '0,2', '0,3', '1,0', '1,3', '2,0', '2,1', '2,2', '2,3'])
  })

  it('is not a box when its top, its bottom or its right side is broken', () => {
    expect(boxesOf('┌─  ─┐', '│    │', '└────┘')).toEqual([])
    expect(boxesOf('┌────┐', '│    │', '└─  ─┘')).toEqual([])
    expect(boxesOf('┌──┐', '│', '└──')).toEqual([])
  })

  it('is the smallest closed outline at its corner: two boxes sharing a side are two boxes', () => {
    const boxes = boxesOf('┌──┬──┐', '│  │  │', '└──┴──┘')
    expect(boxes.map(({ x, w }) => ({ x, w }))).toEqual([{ x: 0.5, w: 3 }, { x: 3.5, w: 3 }])
  })

  it('keeps a side that steps a column aside, as an editor misaligns it, and measures from its outermost cells', () => {
    const [box] = boxesOf('┌──┐', ' │  │', '└──┘')
    expect(box).toMatchObject({ x: 0.5, w: 4, h: 2 })
    expect(box!.sides.has('0,0')).toBe(true)
    expect(box!.sides.has('1,1')).toBe(true)
    expect(box!.sides.has('1,4')).toBe(true)
    expect(box!.sides.has('2,0')).toBe(true)
  })

  it('ends at its bottom corners: a line running on below either is not its side', () => {
    const [box] = boxesOf('┌──┐', '│  │', '├──┘', '│')
    expect(box).toMatchObject({ h: 2 })
    expect(box!.sides.has('3,0')).toBe(false)
    expect(box!.sides.has('2,3')).toBe(true)
    const [other] = boxesOf('┌──┐', '│  │', '└──┤', '   │')
    expect(outline(other!)).not.toContain('3,3')
    expect(outline(other!)).toContain('2,3')
  })

  it('is not a box when its bottom is broken, whatever hangs below its corners', () => {
    expect(boxesOf('┌──┐', '└─ ┘', '│  │', '└──┘')).toEqual([])
  })

  it('is found in ASCII too', () => {
    expect(boxesOf('+--+', '|  |', '+--+')).toMatchObject([{ x: 0.5, y: 0.5, w: 3, h: 2 }])
  })
})
