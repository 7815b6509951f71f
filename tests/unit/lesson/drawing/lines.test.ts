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

  it('are none for a lone crossing or junction joined to nothing: it has no length', () => {
    expect(readDrawing('a ┼ b').lines).toEqual([])
    expect(readDrawing('a ├ b').lines).toEqual([])
  })

  it('draw a corner at a line\'s end as part of that line, not again on its own', () => {
    expect(readDrawing('A ─┬ B').lines).toEqual([{ x1: 2, y1: 0.5, x2: 3.5, y2: 0.5, heads: [] }])
  })

  it('draw a one-cell arrow with a shaft, but not a lone arrowhead after a bare corner', () => {
    expect(readDrawing('a → b').lines).toHaveLength(1)
    expect(readDrawing('a +► b').lines).toEqual([])
  })

  it('widen a one-cell arrow into the spaces around it, where there are spaces', () => {
    expect(readDrawing('a → b').lines).toEqual([{ x1: 1.5, y1: 0.5, x2: 3.5, y2: 0.5, heads: ['end'] }])
    expect(readDrawing('a→b').lines).toEqual([{ x1: 1, y1: 0.5, x2: 2, y2: 0.5, heads: ['end'] }])
    // Down, between blank rows (each closed up to half a row).
    expect(readDrawing('x\n\n↓\n\ny').lines).toEqual([{ x1: 0.5, y1: 1.25, x2: 0.5, y2: 2.75, heads: ['end'] }])
  })

  it('stop short of a word at an open end, and reach the edge of an arrowhead\'s cell', () => {
    expect(readDrawing('──data──►').lines).toEqual([
      { x1: 0, y1: 0.5, x2: 1.7, y2: 0.5, heads: [] },
      { x1: 6.3, y1: 0.5, x2: 9, y2: 0.5, heads: ['end'] },
    ])
    expect(readDrawing('◄──').lines).toEqual([{ x1: 0, y1: 0.5, x2: 3, y2: 0.5, heads: ['start'] }])
  })

  it('end at the centre of a corner or junction, where the next line starts', () => {
    expect(readDrawing('──┐\n  │\n  x').lines.map(({ x1, y1, x2 }) => ({ x1, y1, x2 }))).toEqual([{ x1: 0, y1: 0.5, x2: 2.5 }, { x1: 2.5, y1: 0.5, x2: 2.5 }])
  })

  it('are double when most of their characters are', () => {
    expect(readDrawing('═══►').lines[0]).toMatchObject({ double: true })
    expect(readDrawing('═──►').lines[0]).not.toHaveProperty('double')
  })
})
