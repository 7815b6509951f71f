// A text drawing of the lesson as a slide: drawn as boxes, lines and labels that build up as the
// narration names them, or, when it can't be read as such, the reason it stays as drawn. Pure.
import type { Block, Section, Slide, SlideSection } from '../types.ts'
import type { ReadDrawing, ReadLabel } from './read.ts'
import { chunksAt } from '../points.ts'
import { sectionSlide } from '../section-slide.ts'
import { paragraphsOf, plain, sentencesOfParagraphs } from '../text.ts'
import { drawingClicks } from './clicks.ts'
import { drawingScale, MIN_DRAWING_FONT_PX } from './fit.ts'
import { readDrawing } from './read.ts'
import { revealDrawing } from './reveal.ts'

/** Fences that hold a drawing: no language, or one that says it is plain text. */
const RE_DRAWING_FENCE = /^(?:te?xt|ascii|plain(?:text)?|diagram|art)?$/i

const RE_BOX_DRAWING = /[\u2500-\u257F]/
const RE_ARROW_CHAR = /[→←↑↓⟶⟵►◄▲▼▶◀]/
const RE_NEWLINE = /\r?\n/
/** Lines of box-drawing characters that make a drawing with no box or arrow: a tree's branches. */
const MIN_TREE_LINES = 3

/** Whether a fence's language says it may hold a drawing rather than code. */
export function isDrawingFence(lang: string): boolean {
  return RE_DRAWING_FENCE.test(lang)
}

type CodeBlock = Extract<Block, { kind: 'code' }>

export type DrawingVerdict = { drawing: ReadDrawing } | { reason: string }

/**
 * Whether a fenced block is a drawing that can be drawn, and why not when it isn't. Outside the diagram's
 * own section a block is a drawing only when it draws something (a box, arrows, lines, bars) or sets
 * text in columns; in it, any words are drawn where the author put them.
 */
export function judgeDrawing(code: CodeBlock, inDiagramSection = false): DrawingVerdict {
  if (!isDrawingFence(code.lang))
    return { reason: `a ${code.lang} listing, not a drawing` }
  const drawing = readDrawing(code.value)
  // A stray `-->` or `---` in a listing is no drawing: it takes a box, arrows, or lines drawn with box-drawing characters (a tree).
  const arrows = drawing.lines.filter(line => line.heads.length > 0).length
  const drawnLines = RE_BOX_DRAWING.test(code.value) ? drawing.lines.length : 0
  // An arrow drawn with an arrow character (`Kettle → Teapot`) is a drawing's; a listing's `-->` is not.
  const drawnArrow = arrows >= 1 && RE_ARROW_CHAR.test(code.value)
  const draws = drawing.boxes.some(box => !box.bracketed) || arrows >= 2 || drawnArrow || drawnLines >= MIN_TREE_LINES || drawing.bars.length > 0
  if (!inDiagramSection && !draws && !hasColumns(drawing))
    return { reason: 'no boxes, fewer than two arrows, no drawn lines and no columns in it' }
  if (drawing.labels.length === 0 && !draws)
    return { reason: 'nothing in it to draw' }
  const { fontSize } = drawingScale(drawing.cols, drawing.rows)
  if (fontSize < MIN_DRAWING_FONT_PX)
    return { reason: `${drawing.cols} columns by ${drawing.rows} rows: its text would be under ${MIN_DRAWING_FONT_PX} px` }
  return { drawing }
}

/** Text set in two columns or more: two rows at least with words starting at the same two columns. */
function hasColumns(drawing: ReadDrawing): boolean {
  const starts = new Map<number, Set<number>>()
  for (const label of drawing.labels)
    starts.set(label.row, (starts.get(label.row) ?? new Set()).add(label.col))
  const rows = [...starts.values()].filter(cols => cols.size >= 2).map(cols => [...cols].sort((a, b) => a - b).slice(1).join())
  return rows.length >= 2 && new Set(rows).size < rows.length
}

/** The first block of the section that is a drawing that can be drawn, with what it reads as. */
export function drawingIn(blocks: Block[], inDiagramSection = false): { index: number, drawing: ReadDrawing } | undefined {
  for (const [index, block] of blocks.entries()) {
    const verdict = block.kind === 'code' ? judgeDrawing(block, inDiagramSection) : undefined
    if (verdict && 'drawing' in verdict)
      return { index, drawing: verdict.drawing }
  }
  return undefined
}

/** The section's drawing, drawn and revealed step by step as its narration names the parts. */
export function drawnDiagramSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const found = drawingIn(section.blocks, true)
  return found && drawingSlide(section, ref, found)
}

/** The slide of a drawing already found in the section (drawingIn), its narration the section's other blocks. */
export function drawingSlide(section: Section, ref: SlideSection, found: { index: number, drawing: ReadDrawing }): Slide[] {
  const code = section.blocks[found.index] as CodeBlock
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks.filter(block => block !== code)))
  const { drawing, starts } = revealDrawing(found.drawing, sentences.map(sentence => plain(sentence.text)))
  const notes = chunksAt(sentences, starts)
  // The drawing as the author made it stays in the notes, above the narration, for the speaker to glance at.
  notes[0] = [[{ text: code.value, code: true }], ...notes[0]!]
  return sectionSlide(section, ref, {
    component: { name: 'DrawnDiagram', props: { heading: section.title, kicker: section.remarks.join(' · '), drawing } },
    clicks: drawingClicks(drawing),
    notes,
  })
}

/**
 * A drawing that cannot be drawn (too large for its text to read) set as rows of text in its columns, its
 * words in the author's order, the narration in the notes: never a code box.
 */
export function drawingTextSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const code = section.blocks.find((block): block is CodeBlock => block.kind === 'code')
  if (!code)
    return undefined
  const narration = paragraphsOf(section.blocks.filter(block => block !== code))
  const rows = isDrawingFence(code.lang) ? textRowsOf(readDrawing(code.value)) : code.value.split(RE_NEWLINE).map(line => [line])
  return sectionSlide(section, ref, {
    component: { name: 'DrawingText', props: { heading: section.title, rows, listing: !isDrawingFence(code.lang) } },
    clicks: 0,
    notes: [[[{ text: code.value, code: true }], ...narration]],
  })
}

/**
 * Each row's words, cell by cell: a word goes under the column of the row with the most columns that
 * starts nearest it, so text set in columns stays in columns. Rows of nothing but lines are left out.
 */
function textRowsOf(drawing: ReadDrawing): string[][] {
  const rows = new Map<number, ReadLabel[]>()
  for (const label of drawing.labels)
    rows.set(label.row, [...rows.get(label.row) ?? [], label])
  const widest = [...rows.values()].reduce((a, b) => (b.length > a.length ? b : a), [])
  const starts = widest.map(label => label.col)
  return [...rows.entries()].sort(([a], [b]) => a - b).map(([, labels]) => {
    const cells = Array.from<string>({ length: starts.length }).fill('')
    for (const label of labels) {
      const column = starts.reduce((best, start, i) => (Math.abs(start - label.col) < Math.abs(starts[best]! - label.col) ? i : best), 0)
      cells[column] = [cells[column], label.text].filter(Boolean).join(' ')
    }
    return cells
  })
}
