import type { ReadDrawing } from '../../../../scripts/lesson/drawing/read.ts'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { beforeEach, describe, expect, it } from 'vitest'
import { readDrawing } from '../../../../scripts/lesson/drawing/read.ts'

const fixture = (name: string) => readFileSync(`tests/fixtures/drawings/${name}.txt`, 'utf8')
const RE_WORD = /[\p{L}\p{N}]+/gu
const wordsOf = (text: string) => (text.match(RE_WORD) ?? []).sort()
const labelWords = (drawing: ReadDrawing) => wordsOf(drawing.labels.map(label => label.text).join(' '))
const box = (drawing: ReadDrawing, first: string) => drawing.boxes.find(b => b.lines[0] === first)!

describe('a Unicode box drawing', () => {
  let drawing: ReadDrawing
  beforeEach(() => {
    drawing = readDrawing(fixture('unicode-boxes'))
  })

  it('reads each box with its lines of text', () => {
    expect(drawing.boxes.map(b => b.lines)).toEqual([['Edge cache', '(in memory)'], ['Origin store', '(on disk)']])
  })

  it('keeps the author\'s layout: left stays left, top stays top', () => {
    const [cache, origin] = [box(drawing, 'Edge cache'), box(drawing, 'Origin store')]
    expect(cache.x + cache.w).toBeLessThan(origin.x)
    const title = drawing.labels.find(label => label.text === 'INCOMING ORDER')!
    const reply = drawing.labels.find(label => label.text === 'Fast reply')!
    expect(title.y).toBeLessThan(cache.y)
    expect(reply.y).toBeGreaterThan(cache.y + cache.h)
  })

  it('reads lines between the boxes with their arrowheads, and no box side as a line', () => {
    const across = drawing.lines.filter(line => line.y1 === line.y2)
    expect(across.map(line => line.heads)).toEqual([['end'], ['start']])
    const cache = box(drawing, 'Edge cache')
    const origin = box(drawing, 'Origin store')
    for (const line of across) {
      expect(line.x1).toBeGreaterThan(cache.x + cache.w)
      expect(line.x2).toBeLessThan(origin.x)
    }
    const down = drawing.lines.filter(line => line.x1 === line.x2)
    expect(down).toHaveLength(2)
    expect(down.every(line => line.heads.includes('end') && line.y2 > line.y1)).toBe(true)
    // The arrow out of the box starts on its bottom side, where the author's `┬` is.
    expect(down.some(line => line.y1 === cache.y + cache.h)).toBe(true)
  })

  it('loses no word', () => {
    expect(labelWords(drawing)).toEqual(wordsOf(fixture('unicode-boxes')))
  })
})

describe('an ASCII box drawing', () => {
  let drawing: ReadDrawing
  beforeEach(() => {
    drawing = readDrawing(fixture('ascii-boxes'))
  })

  it('reads `+--+` boxes, `-->` and a `v` under a `|` as arrows, `[text]` as a box', () => {
    expect(drawing.boxes.map(b => b.lines)).toEqual([['Writer'], ['Mailbox'], ['Reader'], ['Clock: ticks each second']])
    expect(drawing.lines.map(line => line.heads)).toEqual([['end'], ['end']])
    const [across, down] = drawing.lines
    expect(across!.y1).toBe(across!.y2)
    expect(down!.x1).toBe(down!.x2)
  })

  it('loses no word (the `v` under the line is its arrowhead)', () => {
    expect(labelWords(drawing)).toEqual(wordsOf(fixture('ascii-boxes').replace(/^(\s*)v$/m, '$1')))
  })
})

describe('a drawing of arrows and indentation, with no boxes', () => {
  let drawing: ReadDrawing
  beforeEach(() => {
    drawing = readDrawing(fixture('arrows-only'))
  })

  it('reads every arrow as a line with its head, and the words between them as labels', () => {
    expect(drawing.boxes).toEqual([])
    expect(drawing.lines).toHaveLength(9)
    expect(drawing.lines.every(line => line.heads.length === 1)).toBe(true)
    expect(drawing.labels.map(label => label.text)).toContain('wait for the lock')
  })

  it('keeps indentation: a step sits to the right of its heading', () => {
    const heading = drawing.labels.find(label => label.text.startsWith('AFTER'))!
    const step = drawing.labels.find(label => label.text === 'row 7')!
    expect(step.col).toBeGreaterThan(heading.col)
    expect(step.y).toBeGreaterThan(heading.y)
  })

  it('draws a one-cell arrow long enough to read as an arrow', () => {
    const down = drawing.lines.find(line => line.x1 === line.x2)!
    expect(down.y2 - down.y1).toBeGreaterThanOrEqual(1)
  })

  it('loses no word', () => {
    expect(labelWords(drawing)).toEqual(wordsOf(fixture('arrows-only')))
  })
})

describe('what is not a line', () => {
  it('keeps hyphens, a spaced dash and a sum as words', () => {
    const drawing = readDrawing(fixture('words'))
    expect(drawing.lines).toEqual([])
    expect(drawing.labels.map(label => label.text)).toEqual(['Shelf A - F holds set-up notes; 2 + 3 = 5 books'])
  })
})

describe('a box whose side the author\'s editor shifted by a column', () => {
  it('is still one box', () => {
    const drawing = readDrawing(fixture('misaligned'))
    expect(drawing.boxes.map(b => b.lines)).toEqual([['Kettle', 'boils'], ['Teapot', 'steeps']])
    expect(drawing.lines).toHaveLength(1)
  })
})

describe('any text at all', () => {
  // Drawing characters, ASCII line characters and words, at random. `v` and `V` are left out: under a
  // `|` they are arrowheads, so they may rightly leave the words.
  const cell = fc.constantFrom(' ', ' ', ' ', '─', '│', '┌', '┐', '└', '┘', '├', '┤', '┬', '┴', '┼', '▼', '►', '◄', '▲', '→', '←', '-', '|', '+', '>', '<', '=', '[', ']', 'a', 'b', 'Z', '7', '"', 'é', '✓', '😀')
  const drawing = fc.array(fc.array(cell, { maxLength: 30 }).map(cells => cells.join('')), { maxLength: 14 }).map(lines => lines.join('\n'))

  it('reads without throwing, loses no word, and places everything inside the grid', () => {
    fc.assert(fc.property(drawing, (text) => {
      const read = readDrawing(text)
      expect(labelWords(read)).toEqual(wordsOf(text))
      for (const line of read.lines) {
        for (const [x, y] of [[line.x1, line.y1], [line.x2, line.y2]] as const) {
          expect(x).toBeGreaterThanOrEqual(-1)
          expect(x).toBeLessThanOrEqual(read.cols + 1)
          expect(y).toBeGreaterThanOrEqual(-1)
          expect(y).toBeLessThanOrEqual(read.rows + 1)
        }
      }
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 400) })
  })
})

describe('a line drawn with double characters', () => {
  it('stays double, a single one single', () => {
    const [double, single] = readDrawing('Client ═════► Server\nClient ─────► Server').lines
    expect(double).toMatchObject({ heads: ['end'], double: true })
    expect(single!.double).toBeUndefined()
  })
})

describe('the height of a drawing', () => {
  it('closes up a blank row to half a row, and a row of lines running down to 0.7 of one', () => {
    expect(readDrawing('A\n\nB')).toMatchObject({ rows: 2.5, labels: [{ text: 'A', y: 0.5 }, { text: 'B', y: 2 }] })
    expect(readDrawing('A\n│\nB')).toMatchObject({ rows: 2.7, labels: [{ text: 'A', y: 0.5 }, { text: 'B', y: 2.2 }] })
  })
})
