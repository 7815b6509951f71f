// An ASCII box diagram of the lesson format → its structure: column headings, per-column lists,
// rows compared across the columns, and a full-width callout box at the bottom. Pure.
// Anything it cannot read whole gives undefined, and the planner shows the text verbatim instead:
// a picture that silently drops part of the diagram would be worse than the plain diagram.
import type { BoxDiagram, CalloutLine, DiagramBand, DiagramCallout } from '../types.ts'

/** Columns a slide can show side by side. */
export const MAX_COLUMNS = 3

const RE_TOP = /^\s*[┌╔╭+][─═━\-+┬╤]*[┐╗╮+]\s*$/
const RE_BOTTOM = /^\s*[└╚╰+][─═━\-+┴╧]*[┘╝╯+]\s*$/
const RE_SIDE = /[│║┃|]/
/** Lines inside the box: a left border, the content, and (not always aligned) a right border. */
const RE_INNER = /^\s*[│║┃|](.*?)(?:[│║┃|]\s*)?$/
/** Drawing inside the box (nested boxes, separators, arrows) means a shape this reader does not know. */
const RE_DRAWING = /[─━═│┃║┌┐└┘├┤┬┴┼╔╗╚╝╠╣╦╩╬╭╮╯╰▶◀▲▼►◄→←↑↓⇒⇐|]|-->|<--|-{3,}/
/** Runs of text separated by two or more spaces. */
const RE_CELL = /\S+(?: \S+)*/g
const RE_BULLET = /^[•·▪◦‣*\-–]\s+/
const RE_FIELD = /^([A-Z][\w/&()' -]{0,23}):\s*((?:\S.*)?)$/i
const RE_WORD = /[\p{L}\p{N}]+/gu

interface Cell {
  start: number
  text: string
}

type Line = { kind: 'field', cells: (Field | undefined)[] } | { kind: 'bullet' | 'text', cells: (string | undefined)[] }

interface Field {
  label: string
  value: string
}

export function parseBoxDiagram(text: string): BoxDiagram | undefined {
  const lines = text.replace(/\t/g, '    ').split(/\r?\n/)
  const top = lines.findIndex(line => RE_TOP.test(line))
  const bottom = lines.length - 1 - [...lines].reverse().findIndex(line => RE_BOTTOM.test(line))
  if (top < 0 || bottom >= lines.length || bottom <= top || lines.slice(bottom + 1).some(line => line.trim() !== ''))
    return undefined
  const above = lines.slice(0, top).map(line => line.trim()).filter(Boolean)
  if (above.some(line => RE_SIDE.test(line)))
    return undefined

  const inner: Cell[][] = []
  for (const line of lines.slice(top + 1, bottom)) {
    const match = RE_INNER.exec(line)
    if (!match || RE_DRAWING.test(match[1]!))
      return undefined
    inner.push(cellsOf(match[1]!))
  }
  const diagram = readInner(inner, above.join(' '))
  return diagram && sameWords(wordsOfText([...above, ...inner.flat().map(cell => cell.text)].join(' ')), wordsOfDiagram(diagram))
    ? diagram
    : undefined
}

function cellsOf(line: string): Cell[] {
  return [...line.matchAll(RE_CELL)].map(match => ({ start: match.index, text: match[0] }))
}

function readInner(rows: Cell[][], titleAbove: string): BoxDiagram | undefined {
  const filled = rows.map((cells, i) => ({ cells, i })).filter(row => row.cells.length > 0)
  let first = filled[0]
  if (!first)
    return undefined
  let title = titleAbove
  // A lone capitalised line over a row of several headings is the diagram's title, drawn inside the box.
  const second = filled[1]
  if (first.cells.length === 1 && second && second.cells.length > 1 && first.cells.every(isHeadingLike) && second.cells.every(isHeadingLike)) {
    title = [title, first.cells[0]!.text].filter(Boolean).join(' · ')
    first = second
  }
  if (!first.cells.every(isHeadingLike) || first.cells.length > MAX_COLUMNS)
    return undefined
  const anchors = first.cells.map(cell => cell.start)
  const headings = first.cells.map(cell => cell.text)

  const bands: DiagramBand[] = []
  let callout: DiagramCallout | undefined
  let group: Line[] = []
  const flush = () => {
    bands.push(...bandsOf(group, anchors.length))
    group = []
  }
  for (const cells of rows.slice(first.i + 1)) {
    if (callout) {
      if (cells.length > 0)
        callout.lines.push(calloutLineOf(cells.map(cell => cell.text).join(' ')))
      continue
    }
    if (cells.length === 0) {
      flush()
      continue
    }
    if (cells.length === 1 && isHeadingLike(cells[0]!) && !RE_BULLET.test(cells[0]!.text)) {
      flush()
      callout = { heading: cells[0]!.text.replace(/:\s*$/, ''), lines: [] }
      continue
    }
    const line = lineOf(cells, anchors)
    if (!line)
      return undefined
    group.push(line)
  }
  flush()
  if (bands.length === 0 && !callout?.lines.length)
    return undefined
  return { title, headings, bands, ...(callout ? { callout } : {}) }
}

/** Mostly capital letters, no sentence punctuation, a colon only at the end: `PRODUCT TEAM`, `TENSION:`. */
function isHeadingLike(cell: Cell): boolean {
  const letters = cell.text.replace(/\P{L}/gu, '')
  const upper = letters.replace(/\P{Lu}/gu, '')
  return letters.length >= 2 && upper.length / letters.length >= 0.75 && !/[.!?]$/.test(cell.text) && !/:./.test(cell.text)
}

/** A line of cells, each put under the column heading it starts nearest to; undefined when its cells are of mixed kinds. */
function lineOf(cells: Cell[], anchors: number[]): Line | undefined {
  const texts: (string | undefined)[] = anchors.map(() => undefined)
  for (const cell of cells) {
    const column = nearest(anchors, cell.start)
    texts[column] = texts[column] === undefined ? cell.text : `${texts[column]} ${cell.text}`
  }
  const present = texts.filter((text): text is string => text !== undefined)
  if (present.every(text => RE_BULLET.test(text)))
    return { kind: 'bullet', cells: texts.map(text => text?.replace(RE_BULLET, '')) }
  const fields = present.map(fieldOf)
  if (fields.every(Boolean))
    return { kind: 'field', cells: texts.map(text => (text === undefined ? undefined : fieldOf(text))) }
  if (present.some(text => RE_BULLET.test(text)) || fields.some(Boolean))
    return undefined
  return { kind: 'text', cells: texts }
}

function nearest(anchors: number[], start: number): number {
  let best = 0
  anchors.forEach((anchor, i) => {
    if (Math.abs(anchor - start) < Math.abs(anchors[best]! - start))
      best = i
  })
  return best
}

function fieldOf(text: string): Field | undefined {
  const match = RE_FIELD.exec(text)
  if (!match || match[1]!.trim().split(/\s+/).length > 3)
    return undefined
  return { label: match[1]!.trim(), value: match[2]!.trim() }
}

/** The lines between two blank lines → bands: a field line over bullets opens a list, other field lines are rows. */
function bandsOf(lines: Line[], columns: number): DiagramBand[] {
  const bands: DiagramBand[] = []
  lines.forEach((line, i) => {
    const current = bands.at(-1)
    if (line.kind === 'field') {
      const label = sharedLabel(line.cells)
      const value = (field: Field | undefined) => (field === undefined ? '' : label ? field.value : `${field.label}: ${field.value}`)
      if (lines[i + 1]?.kind === 'bullet')
        bands.push({ kind: 'list', label, cells: line.cells.map(field => ({ lead: value(field), items: [] })) })
      else
        bands.push({ kind: 'row', label, cells: line.cells.map(value) })
      return
    }
    if (line.kind === 'bullet') {
      const list = current?.kind === 'list' ? current : undefined
      const target = list ?? { kind: 'list' as const, label: '', cells: Array.from({ length: columns }, () => ({ lead: '', items: [] as string[] })) }
      if (!list)
        bands.push(target)
      line.cells.forEach((text, column) => text !== undefined && target.cells[column]!.items.push(text))
      return
    }
    // Plain text continues what is above it in the same column, or stands as an unlabelled row.
    if (!current) {
      bands.push({ kind: 'row', label: '', cells: line.cells.map(text => text ?? '') })
      return
    }
    line.cells.forEach((text, column) => {
      if (text === undefined)
        return
      if (current.kind === 'row') {
        current.cells[column] = [current.cells[column], text].filter(Boolean).join(' ')
        return
      }
      const cell = current.cells[column]!
      if (cell.items.length > 0)
        cell.items[cell.items.length - 1] += ` ${text}`
      else
        cell.lead = [cell.lead, text].filter(Boolean).join(' ')
    })
  })
  return bands
}

/** The label every present field shares (`Customer`), or '' when they differ and each keeps its own. */
function sharedLabel(fields: (Field | undefined)[]): string {
  const labels = new Set(fields.filter(Boolean).map(field => field!.label))
  return labels.size === 1 ? [...labels][0]! : ''
}

function calloutLineOf(text: string): CalloutLine {
  const field = /^[^"“]+$/.test(text.split(':')[0] ?? '') ? fieldOf(text) : undefined
  return field && field.value ? { label: field.label, text: field.value } : { label: '', text }
}

export function wordsOfText(text: string): string[] {
  return (text.match(RE_WORD) ?? []).map(word => word.toLowerCase())
}

/** Every word the diagram shows, a shared label counted once per cell it stands for (as the source writes it). */
export function wordsOfDiagram(diagram: BoxDiagram): string[] {
  const parts: string[] = [diagram.title, ...diagram.headings]
  for (const band of diagram.bands) {
    if (band.kind === 'row')
      parts.push(...band.cells.filter(Boolean).flatMap(cell => [band.label, cell]))
    else
      parts.push(...band.cells.flatMap(cell => [...(cell.lead ? [band.label, cell.lead] : []), ...cell.items]))
  }
  if (diagram.callout)
    parts.push(diagram.callout.heading, ...diagram.callout.lines.flatMap(line => [line.label, line.text]))
  return wordsOfText(parts.join(' '))
}

function sameWords(a: string[], b: string[]): boolean {
  const sorted = (words: string[]) => [...words].sort().join(' ')
  return sorted(a) === sorted(b)
}

/** Words that name no part of a diagram: `PRODUCT TEAM` is found by `product`. */
const STOP_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'vs', 'team', 'teams'])

/**
 * The words that name each step of the diagram, in the order it is revealed:
 * each column (its heading), each compared row (its label), then the callout (its heading).
 */
export function diagramStepKeywords(diagram: BoxDiagram): string[][] {
  const keywords = (text: string) => wordsOfText(text).filter(word => !STOP_WORDS.has(word))
  return [
    ...diagram.headings.map(keywords),
    // A row whose cells have different labels (`Removal: …` / `Support: …`) is named by all of them.
    ...diagram.bands.filter(band => band.kind === 'row').map(band => keywords(band.label || band.cells.map(cell => cell.split(':')[0]).join(' '))),
    ...(diagram.callout ? [keywords(diagram.callout.heading)] : []),
  ]
}
