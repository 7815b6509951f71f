// Slide pictures are captured a few pages at a time: consecutive pages, no capture taller than the limit.
import { describe, expect, it } from 'vitest'
import { batchesOf } from '../../scripts/export/pictures.ts'

const page = (i: number, height = 552) => ({ x: 0, y: i * height, width: 980, height })

describe('batchesOf', () => {
  it('groups consecutive pages into captures no taller than the limit', () => {
    const pages = Array.from({ length: 5 }, (_, i) => page(i))
    expect(batchesOf(pages, 552 * 2).map(batch => batch.length)).toEqual([2, 2, 1])
    expect(batchesOf(pages, 100_000).map(batch => batch.length)).toEqual([5])
  })

  it('captures a page taller than the limit on its own', () => {
    expect(batchesOf([page(0, 2000), page(1, 2000)], 1000).map(batch => batch.length)).toEqual([1, 1])
  })
})
