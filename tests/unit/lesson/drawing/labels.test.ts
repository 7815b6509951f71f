import type { Rect } from '../../../../scripts/lesson/drawing/shapes.ts'
import { describe, expect, it } from 'vitest'
import { strokesOf, toGrid } from '../../../../scripts/lesson/drawing/grid.ts'
import { findLabels } from '../../../../scripts/lesson/drawing/labels.ts'

function labelsOf(text: string, boxes: Rect[] = []) {
  const grid = toGrid(text)
  return findLabels(grid, strokesOf(grid), boxes)
}

describe('labels in a drawing', () => {
  it('are runs of words on a row, one space inside a label, two or more between labels', () => {
    expect(labelsOf('Cache\n  Origin store  a b c').labels).toEqual([
      { text: 'Cache', row: 0, y: 0.5, col: 0, width: 5, room: 25 },
      { text: 'Origin store', row: 1, y: 1.5, col: 2, width: 12, room: 13.2 },
      { text: 'a b c', row: 1, y: 1.5, col: 16, width: 5, room: 9 },
    ])
  })

  it('have room up to what follows them on their row: less air before a line than before a word, a few cells past the edge', () => {
    const room = (text: string) => labelsOf(text).labels.map(label => Math.round(label.room * 10) / 10)
    expect(room('ab  cd')).toEqual([3.2, 6])
    expect(room('ab ──► cd')).toEqual([2.7, 6])
    expect(room('ab ███ cd')).toEqual([2.7, 6])
    expect(room('ab')).toEqual([6])
  })

  it('end at a stroke, without the space before it', () => {
    expect(labelsOf('│ ab │ cd').labels.map(({ text, col, width }) => ({ text, col, width }))).toEqual([{ text: 'ab', col: 2, width: 2 }, { text: 'cd', col: 7, width: 2 }])
  })

  it('belong to the smallest box around them', () => {
    const boxes = [{ x: -1, y: -1, w: 20, h: 3 }, { x: -0.5, y: -0.5, w: 5, h: 2 }, { x: 50, y: 0, w: 2, h: 2 }]
    expect(labelsOf('tea', boxes).labels).toEqual([{ text: 'tea', row: 0, y: 0.5, col: 0, width: 3, box: 1, room: 7 }])
    expect(labelsOf('tea', [boxes[2]!]).labels[0]).not.toHaveProperty('box')
    // By its area, not its shape: a flat box inside a square one, listed first or last.
    const square = { x: -1, y: -1, w: 6, h: 6 }
    const flat = { x: -0.5, y: -0.5, w: 5, h: 2 }
    expect(labelsOf('tea', [square, flat]).labels[0]!.box).toBe(1)
    expect(labelsOf('tea', [flat, square]).labels[0]!.box).toBe(0)
  })

  it('are not in a box they stand above, below, left or right of', () => {
    const box = { x: 3.5, y: 1.5, w: 5, h: 2 }
    const boxOf = (text: string) => labelsOf(text, [box]).labels.find(label => label.text === 'tea')!.box
    expect(boxOf('     tea\nx')).toBeUndefined()
    expect(boxOf('x\n\n\n\n     tea')).toBeUndefined()
    expect(boxOf('x\n\ntea')).toBeUndefined()
    expect(boxOf('x\n\n       tea')).toBeUndefined()
    expect(boxOf('x\n\n     tea')).toBe(0)
  })

  it('in brackets, with no box around them, are a box of their own holding the words', () => {
    const { labels, bracketed } = labelsOf('Cache\n  [Shared cache]  Origin', [{ x: 40, y: 0, w: 2, h: 2 }])
    expect(bracketed).toEqual([{ x: 1.7, y: 1.05, w: 14.6, h: 0.9, lines: [], bracketed: true }])
    expect(labels[1]).toEqual({ text: 'Shared cache', row: 1, y: 1.5, col: 3, width: 12, box: 1, room: 12 })
  })

  it('in brackets inside a drawn box are words of that box, brackets and all', () => {
    expect(labelsOf('│ [x] │ ab │', [{ x: 0.5, y: -0.5, w: 6, h: 2 }]))
      .toMatchObject({ labels: [{ text: '[x]', row: 0, y: 0.5, col: 2, width: 3, box: 0, room: 3.7 }, { text: 'ab', row: 0, y: 0.5, col: 8, width: 2 }], bracketed: [] })
  })
})
