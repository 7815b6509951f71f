// When each part of a read drawing appears: a box or a label at the click where the narration first
// names it (unnamed parts follow reading order), a line once both of its ends are shown. Pure.
import type { Drawing, DrawnLabel, DrawnLine } from '../types.ts'
import type { ReadDrawing, ReadLabel, Rect } from './read.ts'

/** Clicks a drawing takes at most: more would be a click per word. */
export const MAX_DRAWING_CLICKS = 6

export interface RevealedDrawing {
  drawing: Drawing
  /** Per click, the sentence of the narration it starts at. */
  starts: number[]
}

const RE_WORD = /[\p{L}\p{N}]+/gu
/** Words that name nothing in a drawing: every label could say them. */
const FUNCTION_WORDS = new Set(['the', 'and', 'for', 'but', 'not', 'with', 'from', 'into', 'one', 'all', 'any', 'are', 'was', 'its', 'their', 'this', 'that', 'then', 'than', 'you', 'your', 'our', 'can', 'has', 'have', 'only', 'each', 'per', 'via', 'vs'])
/** No small letters, and a word of three capitals at least: a heading (`WITH CACHE:`), not `A - F`. */
const RE_CAPITALS = /^(?![\s\S]*\p{Ll})[\s\S]*\p{Lu}{3}/u
const RE_BULLET = /^[-•*·]\s/

/** A box or a free label: what the narration can name. */
interface Part {
  rect: Rect
  words: string[]
  /** The sentence that names it, once known. */
  sentence: number
  /** The drawing's title (`RAFT LEADER ELECTION` above all else): there from the start, whatever names it. */
  title?: true
}

export function revealDrawing(read: ReadDrawing, sentences: string[]): RevealedDrawing {
  const sentenceWords = sentences.map(sentence => wordsOf(sentence).map(stem))
  const freeLabels = read.labels.filter(label => label.box === undefined)
  const parts: Part[] = [
    ...read.boxes.map(box => ({ rect: box, words: keywords(box.lines.join(' ')), sentence: -1 })),
    ...freeLabels.map(label => ({
      rect: labelRect(label),
      words: keywords(label.text),
      sentence: -1,
      ...(isTitle(label, read) ? { title: true as const } : {}),
    })),
  ]
  const byReading = [...parts].sort((a, b) => a.rect.y - b.rect.y || a.rect.x - b.rect.x)
  let previous = -1
  /** A label drawn twice (`API Gateway` without and with) is named again by a later sentence, if one does. */
  const lastNamedAs = new Map<string, number>()
  for (const part of byReading.filter(part => !part.title)) {
    const label = part.words.join(' ')
    const after = lastNamedAs.get(label) ?? -1
    const named = sentenceWords.findIndex((words, i) => i > after && part.words.some(keyword => words.some(word => names(word, keyword))))
    const again = named < 0 && after >= 0 ? sentenceWords.findIndex(words => part.words.some(keyword => words.some(word => names(word, keyword)))) : -1
    part.sentence = named >= 0 ? named : again >= 0 ? Math.max(previous, again) : previous
    if (named >= 0)
      lastNamedAs.set(label, named)
    previous = part.sentence
  }
  const { clickOf, starts } = clicksFor(parts.filter(part => !part.title).map(part => part.sentence))
  const at = (part: Part) => (part.title ? 0 : clickOf.get(part.sentence) ?? 0)
  const boxAt = read.boxes.map((_, i) => at(parts[i]!))
  const labelAt = (label: ReadLabel) => (label.box === undefined ? at(parts[read.boxes.length + freeLabels.indexOf(label)]!) : boxAt[label.box]!)
  const nearestAt = (x: number, y: number) => {
    const nearest = parts.reduce<Part | undefined>((best, part) => (!best || distance(part.rect, x, y) < distance(best.rect, x, y) ? part : best), undefined)
    return nearest ? at(nearest) : 0
  }
  // A box holding other boxes is a region (`Region A`): its own words keep their place rather than its middle.
  const containers = new Set(read.boxes.flatMap((outer, i) => (read.boxes.some((inner, j) => j !== i && inside(inner, outer)) ? [i] : [])))
  const drawing: Drawing = {
    cols: read.cols,
    rows: read.rows,
    boxes: read.boxes.map(({ x, y, w, h }, i) => ({ x, y, w, h, at: boxAt[i]!, ...(containers.has(i) ? { container: true as const } : {}) })),
    lines: read.lines.map(line => ({ ...line, at: Math.max(nearestAt(line.x1, line.y1), nearestAt(line.x2, line.y2)) })),
    bars: read.bars.map(({ x, y, w, h, shade, dot }) => ({ x, y, w, h, shade, ...(dot ? { dot } : {}), at: nearestAt(x, y + h / 2) })),
    labels: read.labels.map(label => drawnLabel(
      label,
      label.box === undefined || containers.has(label.box) || read.boxes[label.box]!.keepColumns ? undefined : read.boxes[label.box],
      labelAt(label),
    )),
  }
  drawing.labels = drawing.labels.map((label, i) => {
    const own = read.labels[i]!
    // Words on an arrow (`──data──►`, `miss` over it) come with their arrow, never before it.
    const arrows = own.box === undefined ? linesNamedBy(own, drawing.lines) : []
    return { ...label, at: Math.max(label.at, ...arrows.map(line => line.at)) }
  })
  return { drawing, starts }
}

/** The lines a label names: those it sits between on its row (`──data──►`), or the line running across just above or below it. */
function linesNamedBy(label: ReadLabel, lines: DrawnLine[]): DrawnLine[] {
  const across = lines.filter(line => line.y1 === line.y2)
  const [start, end] = [label.col, label.col + label.width]
  const onRow = across.filter(line => Math.abs(line.y1 - label.y) < 0.01)
  const before = onRow.filter(line => Math.abs(Math.max(line.x1, line.x2) - start) <= 1.5)
  const after = onRow.filter(line => Math.abs(Math.min(line.x1, line.x2) - end) <= 1.5)
  if (before.length > 0 && after.length > 0)
    return [...before, ...after]
  return across.filter(line => Math.abs(line.y1 - label.y) >= 0.01 && Math.abs(line.y1 - label.y) <= 1.05
    && Math.min(Math.max(line.x1, line.x2), end) - Math.max(Math.min(line.x1, line.x2), start) >= label.width / 2)
}

/**
 * Sentence → click. The parts before anything named (in reading order) are on screen from the start, and
 * so are those the first naming sentence names when the slide would be blank without them; each later naming sentence is a click,
 * merged with its neighbour where there would be more than MAX_DRAWING_CLICKS.
 */
function clicksFor(sentences: number[]): { clickOf: Map<number, number>, starts: number[] } {
  const named = [...new Set(sentences.filter(sentence => sentence >= 0))].sort((a, b) => a - b)
  // The first sentence's parts open the slide when nothing comes before them, or when the narration starts with them.
  const opening = named[0] === 0 || !sentences.includes(-1) ? named.shift() : undefined
  const groups = named.map(sentence => [sentence])
  while (groups.length > MAX_DRAWING_CLICKS) {
    // Merge the two clicks whose sentences are closest: they say almost the same moment.
    let closest = 0
    for (let i = 1; i < groups.length - 1; i++) {
      if (groups[i + 1]![0]! - groups[i]![0]! < groups[closest + 1]![0]! - groups[closest]![0]!)
        closest = i
    }
    groups[closest]!.push(...groups.splice(closest + 1, 1)[0]!)
  }
  const clickOf = new Map<number, number>([[-1, 0]])
  if (opening !== undefined)
    clickOf.set(opening, 0)
  groups.forEach((group, i) => group.forEach(sentence => clickOf.set(sentence, i + 1)))
  return { clickOf, starts: groups.map(group => group[0]!) }
}

/** A heading in capitals above every box and line of the drawing, joined to none: what the whole drawing is about. */
function isTitle(label: ReadLabel, read: ReadDrawing): boolean {
  const firstShape = Math.min(...read.boxes.map(box => box.y), ...read.lines.flatMap(line => [line.y1, line.y2]), ...read.bars.map(bar => bar.y))
  const joined = read.lines.some(line => distance(labelRect(label), line.x1, line.y1) <= 1 || distance(labelRect(label), line.x2, line.y2) <= 1)
  return RE_CAPITALS.test(label.text) && label.y < firstShape && !joined
}

function drawnLabel(label: ReadLabel, box: Rect | undefined, at: number): DrawnLabel {
  const { y } = label
  const strong = RE_CAPITALS.test(label.text)
  // Text in a box sits in its middle, as boxes are drawn; a list in a box and text outside keep their column.
  if (box && !RE_BULLET.test(label.text))
    return { text: label.text, x: box.x + box.w / 2, y, anchor: 'middle', strong, room: box.w - 1, at }
  return { text: label.text, x: label.col, y, anchor: 'start', strong, room: label.room, at }
}

function inside(inner: Rect, outer: Rect): boolean {
  return inner.x > outer.x && inner.y > outer.y && inner.x + inner.w < outer.x + outer.w && inner.y + inner.h < outer.y + outer.h
}

function labelRect(label: ReadLabel): Rect {
  return { x: label.col, y: label.y - 0.5, w: label.width, h: 1 }
}

function distance(rect: Rect, x: number, y: number): number {
  const dx = Math.max(rect.x - x, 0, x - (rect.x + rect.w))
  const dy = Math.max(rect.y - y, 0, y - (rect.y + rect.h))
  return Math.hypot(dx, dy)
}

function wordsOf(text: string): string[] {
  return (text.match(RE_WORD) ?? []).map(word => word.toLowerCase())
}

/** The words that name a part: no function words, no one- or two-letter words but numbers. */
export function keywords(text: string): string[] {
  return wordsOf(text).filter(word => !FUNCTION_WORDS.has(word) && (word.length >= 3 || /^\d+$/.test(word))).map(stem)
}

/** A word of the narration names a keyword of the drawing: the same stem, or `followers` for `Follow`. */
function names(word: string, keyword: string): boolean {
  return word === keyword || (keyword.length >= 4 && word.startsWith(keyword)) || (word.length >= 4 && keyword.startsWith(word))
}

/** `shards` and `shard`, `caches` and `cache` name the same thing. */
function stem(word: string): string {
  return word.length > 4 && word.endsWith('es') && /[sxz]es$|[cs]hes$/.test(word) ? word.slice(0, -2) : word.length > 3 && word.endsWith('s') && !word.endsWith('ss') ? word.slice(0, -1) : word
}
