import { describe, expect, it } from 'vitest'
import { readDrawing } from '../../../../scripts/lesson/drawing/read.ts'

describe('lines in a drawing', () => {
  it('are none in plain words', () => {
    expect(readDrawing('Kettle and cups').lines).toEqual([])
  })

  it('draw a line character joined to nothing along its own direction', () => {
    expect(readDrawing('a │ b').lines).toEqual([{ x1: 2.5, y1: 0, x2: 2.5, y2: 1, heads: [] }])
    expect(readDrawing('a ─ b').lines).toEqual([{ x1: 2, y1: 0.5, x2: 3, y2: 0.5, heads: [] }])
  })

  it('draw a corner at a line\'s end as part of that line, not again on its own', () => {
    expect(readDrawing('A ─┬ B').lines).toEqual([{ x1: 2, y1: 0.5, x2: 3.5, y2: 0.5, heads: [] }])
  })

  it('draw a one-cell arrow with a shaft, but not a lone arrowhead after a bare corner', () => {
    expect(readDrawing('a → b').lines).toHaveLength(1)
    expect(readDrawing('a +► b').lines).toEqual([])
  })
})
