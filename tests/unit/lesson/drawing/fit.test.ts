import { describe, expect, it } from 'vitest'
import { DRAWING_AREA, drawingScale } from '../../../../scripts/lesson/drawing/fit.ts'

describe('the size a drawing is drawn at', () => {
  it('keeps a small drawing\'s text at a comfortable size, its parts close together rather than spread over the slide', () => {
    const scale = drawingScale(10, 4)
    expect(scale.fontSize).toBe(24)
    expect(scale.column).toBeCloseTo(18)
    expect(scale.row).toBeCloseTo(49.92)
  })

  it('shrinks a wide drawing\'s text so that its columns fill the width and no more', () => {
    const scale = drawingScale(150, 4)
    expect(scale.fontSize).toBe(10)
    expect(scale.column * 150).toBeCloseTo(DRAWING_AREA.width)
  })

  it('shrinks a tall drawing\'s text so that its rows fill the height and no more', () => {
    const scale = drawingScale(10, 30)
    expect(scale.fontSize).toBe(10.7)
    expect(scale.row * 30).toBeCloseTo(DRAWING_AREA.height)
    expect(scale.column).toBeCloseTo(420 / 39 * 0.75)
  })

  it('rounds the font size down to a tenth of a pixel, so that the text never outgrows its cells', () => {
    expect(drawingScale(70, 4).fontSize).toBe(21.4)
  })

  it('fits any drawing in the area it is given', () => {
    for (const [cols, rows] of [[1, 1], [40, 12], [90, 3], [12, 40], [200, 60]] as const) {
      for (const area of [DRAWING_AREA, { width: 400, height: 300 }]) {
        const scale = drawingScale(cols, rows, area)
        expect(scale.column * cols).toBeLessThanOrEqual(area.width + 1e-9)
        expect(scale.row * rows).toBeLessThanOrEqual(area.height + 1e-9)
      }
    }
  })

  it('treats an empty drawing as one cell', () => {
    expect(drawingScale(0, 0)).toEqual(drawingScale(1, 1))
    expect(Number.isFinite(drawingScale(0, 0).column)).toBe(true)
  })
})
