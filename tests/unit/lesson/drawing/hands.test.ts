// Drawings as authors draw them, each style in a test drawing of our own (tests/fixtures/drawings):
// read as the author meant them, whatever their hand did to the columns.
import type { ReadDrawing } from '../../../../scripts/lesson/drawing/read.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { toGrid } from '../../../../scripts/lesson/drawing/grid.ts'
import { readDrawing } from '../../../../scripts/lesson/drawing/read.ts'
import { revealDrawing } from '../../../../scripts/lesson/drawing/reveal.ts'
import { judgeDrawing } from '../../../../scripts/lesson/drawing/slide.ts'
import { straighten } from '../../../../scripts/lesson/drawing/straighten.ts'

const fixture = (name: string) => readFileSync(`tests/fixtures/drawings/${name}.txt`, 'utf8')
const read = (name: string) => readDrawing(fixture(name))
const RE_WORD = /[\p{L}\p{N}]+/gu
const wordsOf = (text: string) => (text.match(RE_WORD) ?? []).sort()
const labelWords = (drawing: ReadDrawing) => wordsOf(drawing.labels.map(label => label.text).join(' '))
const vertical = (drawing: ReadDrawing) => drawing.lines.filter(line => line.x1 === line.x2)
const STYLES = ['bars', 'column-chart', 'brackets', 'columns', 'lanes', 'timeline', 'table-off-edge', 'tree-in-box', 'ascii-plus', 'emoji-box', 'wandering', 'open-box']

describe('a line that wanders a column or two', () => {
  it('is moved back under the line it continues, the row giving or taking the columns in the gap before it', () => {
    const rows = straighten(toGrid(fixture('wandering'))).cells.map(cells => cells.join(''))
    const columnsOf = (row: string) => [...row].flatMap((char, col) => ('│├'.includes(char) ? [col] : []))
    for (const row of rows.slice(1))
      expect(columnsOf(row)).toEqual(columnsOf(rows[1]!))
    expect(rows[3]).toContain('►│  (plated)')
  })

  it('makes lanes whole: each is one line from top to bottom', () => {
    const lanes = vertical(read('lanes'))
    expect(lanes).toHaveLength(3)
    expect(vertical(read('wandering'))).toHaveLength(3)
  })

  it('leaves the words of its row whole', () => {
    for (const name of ['lanes', 'wandering', 'timeline'])
      expect(labelWords(read(name))).toEqual(wordsOf(fixture(name)))
  })
})

describe('each style of drawing', () => {
  it('bars of block characters are bars, one per shade, with their labels beside them', () => {
    const drawing = read('bars')
    expect(drawing.bars).toHaveLength(8)
    expect(drawing.bars.filter(bar => bar.shade === 1).map(bar => bar.w)).toEqual([2, 8, 3])
    expect(drawing.labels.map(label => label.text)).toEqual(['Time spent per request', 'Parse', '10 ms', 'Database', '80 ms', 'Render', '30 ms', 'Network', '60 ms'])
    for (const label of drawing.labels) {
      const barsOnRow = drawing.bars.filter(bar => bar.row === label.row)
      expect(barsOnRow.every(bar => bar.x >= label.col + label.room || bar.x + bar.w <= label.col)).toBe(true)
    }
  })

  it('`|____|` brackets are a floor at the foot of the row, meeting both sides', () => {
    const floors = read('brackets').lines.filter(line => line.y1 === line.y2)
    expect(floors).toHaveLength(3)
    expect(floors[0]).toMatchObject({ x1: 0.5, x2: 9.5 })
    const sides = vertical(read('brackets'))
    expect(sides).toHaveLength(6)
    expect(sides.every(side => side.y2 === floors[0]!.y1)).toBe(true)
  })

  it('a table whose right edge is a column off is a box per column and row of cells, with no loose lines', () => {
    const drawing = read('table-off-edge')
    expect(drawing.boxes).toHaveLength(6)
    expect(drawing.lines).toEqual([])
    expect(labelWords(drawing)).toEqual(wordsOf(fixture('table-off-edge')))
  })

  it('a tree inside a box keeps its columns, and its branches are lines', () => {
    const drawing = read('tree-in-box')
    expect(drawing.boxes).toHaveLength(1)
    expect(drawing.boxes[0]!.keepColumns).toBe(true)
    expect(drawing.lines.length).toBeGreaterThanOrEqual(5)
    const labels = revealDrawing(drawing, []).drawing.labels
    expect(labels.every(label => label.anchor === 'start')).toBe(true)
    expect(labels.find(label => label.text === 'shelf-a')!.x).toBeGreaterThan(labels.find(label => label.text === 'aisle-1/')!.x)
  })

  it('a timeline is one line with a dot at each day, its labels above and below', () => {
    const drawing = read('timeline')
    expect(drawing.bars.filter(bar => bar.dot)).toHaveLength(4)
    expect(drawing.lines.filter(line => line.y1 === line.y2 && line.heads.includes('end'))).toHaveLength(1)
  })

  it('aSCII boxes and arrows, boxes with emoji and a dash, and a box left open at the bottom are boxes', () => {
    expect(read('ascii-plus').boxes).toHaveLength(3)
    expect(read('ascii-plus').lines.filter(line => line.heads.length > 0)).toHaveLength(2)
    expect(read('emoji-box').boxes).toHaveLength(2)
    const open = read('open-box')
    expect(open.boxes.map(box => box.lines[0])).toEqual(['Pantry', 'Shelf', 'Basket'])
    expect(open.boxes[2]!.h).toBe(open.boxes[1]!.h)
  })

  it('a column chart drawn a row at a time is one bar per column, as tall as its rows', () => {
    const drawing = read('column-chart')
    expect(drawing.bars).toHaveLength(4)
    const heights = [...drawing.bars].sort((a, b) => a.x - b.x).map(bar => Math.round(bar.h * 10) / 10)
    expect(heights[2]).toBeGreaterThan(heights[1]!)
    expect(heights[1]).toBeGreaterThan(heights[0]!)
    expect(heights[3]).toBe(heights[0])
  })

  it('too wide to draw at a size that reads, a drawing says so, and the diagram sets it as lines of its words', () => {
    const verdict = judgeDrawing({ kind: 'code', lang: '', value: fixture('too-wide'), at: { line: 1, column: 1 } }, true)
    expect(verdict).toEqual({ reason: expect.stringMatching(/^\d+ columns by \d+ rows: its text would be under 14 px$/) })
  })

  it('one arrow drawn with an arrow character is a drawing anywhere in a lesson; a listing\'s `-->` is not', () => {
    const block = (value: string) => ({ kind: 'code' as const, lang: '', value, at: { line: 1, column: 1 } })
    expect(judgeDrawing(block('Kettle → Teapot'))).toHaveProperty('drawing')
    expect(judgeDrawing(block('step one --> step two'))).toHaveProperty('reason')
  })

  it('two columns of plain text are columns, drawn as a drawing anywhere in a lesson', () => {
    const drawing = read('columns')
    expect(new Set(drawing.labels.map(label => label.col))).toEqual(new Set([0, 31]))
    expect(judgeDrawing({ kind: 'code', lang: '', value: fixture('columns'), at: { line: 1, column: 1 } })).toHaveProperty('drawing')
  })

  it('every style is drawn in a diagram, with every word of it, and something on screen before the first click', () => {
    for (const name of STYLES) {
      const verdict = judgeDrawing({ kind: 'code', lang: '', value: fixture(name), at: { line: 1, column: 1 } }, true)
      expect(verdict, name).toHaveProperty('drawing')
      const drawing = (verdict as { drawing: ReadDrawing }).drawing
      // A lone `v` under a line is an arrowhead.
      expect(labelWords(drawing), name).toEqual(wordsOf(fixture(name)).filter(word => word !== 'v'))
      const { drawing: revealed } = revealDrawing(drawing, ['Nothing here names a part.', 'Then the Thursday ship and the Network and the Kitchen.'])
      expect(Math.min(...revealed.labels.map(label => label.at)), name).toBe(0)
    }
  })
})

describe('words on an arrow', () => {
  const drawing = ['┌──────┐   order   ┌──────┐', '│ Till │ ────────► │ Oven │', '└──────┘           └──────┘', '', 'Cook ──bake──► Plate'].join('\n')

  it('come with their arrow, never before it: over the arrow, or between its pieces', () => {
    const { drawing: revealed } = revealDrawing(readDrawing(drawing), ['The order waits, and the plate.', 'The till rings.', 'The oven heats, the cook can bake.'])
    const at = (text: string) => revealed.labels.find(label => label.text === text)!.at
    const arrowAt = (row: number) => revealed.lines.find(line => line.y1 === line.y2 && Math.floor(line.y1) === row)!.at
    expect(at('order')).toBe(arrowAt(1))
    expect(at('order')).toBeGreaterThan(0)
    expect(at('bake')).toBe(Math.max(...revealed.lines.filter(line => line.y1 === line.y2 && line.y1 > 3).map(line => line.at)))
  })

  it('at an arrow\'s end is no word on it: it keeps the click that names it', () => {
    const { drawing: revealed } = revealDrawing(readDrawing('Query ──► Answer'), ['The query.', 'Then the answer.'])
    expect(revealed.labels.map(label => label.at)).toEqual([0, 1])
  })
})

describe('a title in capitals over the drawing', () => {
  it('is there from the start, even when a later sentence names it', () => {
    const { drawing } = revealDrawing(readDrawing('KITCHEN ROTA\n\n┌──────┐    ┌──────┐\n│ Cook │──► │ Wash │\n└──────┘    └──────┘'), ['The cook starts.', 'Then the wash, all in the kitchen rota.'])
    expect(drawing.labels.map(label => [label.text, label.at])).toEqual([['KITCHEN ROTA', 0], ['Cook', 0], ['Wash', 1]])
  })

  it('is not one that a line leaves from: that is part of the flow', () => {
    const { drawing } = revealDrawing(readDrawing('ORDER IN\n   │\n   ▼\n┌──────┐\n│ Cook │\n└──────┘'), ['The cook waits.', 'An order comes in.'])
    expect(drawing.labels.find(label => label.text === 'ORDER IN')!.at).toBe(1)
  })
})
