import type { ComponentProps, Slide } from '../../../../scripts/lesson/types.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { drawingClicks } from '../../../../scripts/lesson/drawing/clicks.ts'
import { judgeDrawing } from '../../../../scripts/lesson/drawing/slide.ts'
import { parseLesson } from '../../../../scripts/lesson/parse.ts'
import { planDeck } from '../../../../scripts/lesson/plan.ts'
import { plain } from '../../../../scripts/lesson/text.ts'

const FILE = 'tests/fixtures/drawings/lesson.md'
// Planned in each test, so that each test is one that runs the planner.
const deck = () => planDeck(parseLesson(readFileSync(FILE, 'utf8'), FILE))
const drawnOf = (slides: Slide[]) => slides.filter(slide => slide.component.name === 'DrawnDiagram')
const propsOf = (slide: Slide) => slide.component.props as ComponentProps['DrawnDiagram']
const RE_WORD = /[\p{L}\p{N}]+/gu
const wordsOf = (text: string) => (text.match(RE_WORD) ?? []).sort()

describe('drawings in a lesson', () => {
  it('are drawn where they stand: in the diagram section, and after the narration that leads to one elsewhere', () => {
    const { slides } = deck()
    expect(drawnOf(slides).map(slide => slide.section.kind)).toEqual(['software', 'diagram'])
    const software = slides.filter(slide => slide.section.kind === 'software')
    expect(software.map(slide => slide.component.name)).toEqual(['KeyPoints', 'DrawnDiagram'])
  })

  it('take the clicks their parts appear at, with one chunk of notes per click', () => {
    const drawn = drawnOf(deck().slides)
    for (const slide of drawn) {
      expect(slide.clicks).toBe(drawingClicks(propsOf(slide).drawing))
      expect(slide.notes).toHaveLength(slide.clicks + 1)
    }
    expect(drawn[1]!.clicks).toBe(4)
  })

  it('open each click\'s notes with the sentence that names what appears', () => {
    const [, cache, miss, refill, reply] = drawnOf(deck().slides)[1]!.notes.map(chunk => chunk.map(plain).join(' '))
    expect(cache).toMatch(/^First we ask the edge cache\./)
    expect(miss).toMatch(/^On a miss/)
    expect(refill).toMatch(/refills the cache/)
    expect(reply).toMatch(/fast reply/)
  })

  it('keep the drawing in the notes for the speaker, and every word of it in the picture', () => {
    const drawing = readFileSync('tests/fixtures/drawings/unicode-boxes.txt', 'utf8')
    const drawn = drawnOf(deck().slides)
    expect(drawn[1]!.notes[0]![0]).toEqual([{ text: drawing.trimEnd(), code: true }])
    expect(wordsOf(propsOf(drawn[1]!).drawing.labels.map(label => label.text).join(' '))).toEqual(wordsOf(drawing))
  })

  it('leave a listing in a language as code', () => {
    expect(judgeDrawing({ kind: 'code', lang: 'sql', value: 'SELECT 1 -> 2 --> 3', at: { line: 1, column: 1 } })).toEqual({ reason: 'a sql listing, not a drawing' })
    expect(deck().slides.filter(slide => slide.section.kind === 'examples').map(slide => slide.component.name)).not.toContain('DrawnDiagram')
  })

  it('outside the diagram\'s section, say why words with no boxes, hardly an arrow and no columns are no drawing', () => {
    const words = { kind: 'code' as const, lang: '', value: '---\nstep one --> step two', at: { line: 1, column: 1 } }
    expect(judgeDrawing(words)).toEqual({ reason: 'no boxes, fewer than two arrows, no drawn lines and no columns in it' })
    expect(judgeDrawing(words, true)).toHaveProperty('drawing')
  })

  it('take text set in two columns as a drawing anywhere, and one column only in the diagram\'s section', () => {
    const block = (value: string) => ({ kind: 'code' as const, lang: '', value, at: { line: 1, column: 1 } })
    expect(judgeDrawing(block('SHOP          STORE\nOne till      Ten tills\nOwner         Staff'))).toHaveProperty('drawing')
    expect(judgeDrawing(block('SHOP\nOne till\nOwner'))).toHaveProperty('reason')
  })

  it('draw boxes and arrows with no word in them, and say why a block with nothing to draw stays text', () => {
    const empty = ['┌──┐    ┌──┐', '│  │ ─► │  │', '└──┘    └──┘'].join('\n')
    expect(judgeDrawing({ kind: 'code', lang: '', value: empty, at: { line: 1, column: 1 } })).toHaveProperty('drawing')
    expect(judgeDrawing({ kind: 'code', lang: '', value: '  \n ', at: { line: 1, column: 1 } }, true)).toEqual({ reason: 'nothing in it to draw' })
  })

  it('draw a tree of box-drawing branches, though it has no box or arrow', () => {
    const tree = ['Kitchen', '├── Kettle', '│   └── Water', '└── Teapot'].join('\n')
    expect(judgeDrawing({ kind: 'code', lang: '', value: tree, at: { line: 1, column: 1 } })).toHaveProperty('drawing')
  })
})
