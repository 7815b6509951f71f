// What a slide shows and what the speaker says at each click: picking the key sentences of a
// narration, turning a sentence into an on-slide point, and cutting the notes into one chunk per click.
// Pure, over sentences of text.ts.
import type { Sentence } from './text.ts'
import type { NoteChunk, Rich } from './types.ts'
import { wordsOfText } from './extract/diagram.ts'
import { contextOf, namesOf } from './names.ts'
import { isAllStrong, plain, regroup, wordCount } from './text.ts'

/** How many key sentences a text slide shows at most. */
export const MAX_POINTS = 4
const RE_STRAIGHT_QUOTE = /"/g
/** Words a key sentence should have: short enough to read from the back of a room. */
const IDEAL_POINT_WORDS = 7

/** A label waiting for its explanation (`Pros:`), or two words or fewer (`BAD.`, `A ship.`). */
const FRAGMENT_WORDS = 2
export function isFragment(sentence: string): boolean {
  return /:\s*$/.test(sentence) || wordCount(sentence) <= FRAGMENT_WORDS
}

/** Lower is better: near the ideal length, a `Label:` sentence preferred, fragments avoided. */
export function pointScore(sentence: string): number {
  const words = wordCount(sentence)
  const labelBonus = /^[^:]{2,30}:\s/.test(sentence) ? 2 : 0
  return Math.abs(words - IDEAL_POINT_WORDS) - labelBonus + (words < 3 ? 4 : 0)
}

/**
 * A sentence lifted out of its paragraph. A quotation mark whose partner stayed in another sentence
 * gets its partner back, so a quoted line still reads as a quote: `"We need to fix the pipeline.` →
 * `"We need to fix the pipeline."`.
 */
export function asPoint(sentence: Rich | string): string {
  const text = typeof sentence === 'string' ? sentence : plain(sentence)
  const quotes = text.match(RE_STRAIGHT_QUOTE)?.length ?? 0
  if (quotes % 2 === 0)
    return text
  return text.endsWith('"') && !text.startsWith('"') ? `"${text}` : `${text}"`
}

/** One point of a slide: the sentences it stands for and the text it shows. */
export interface Point {
  /** Index of the sentence it starts at: its chunk of notes starts there. */
  at: number
  /** Index of its last sentence (a bold lead-in and its explanation are one point). */
  last: number
  text: string
}

export interface PointOptions {
  /** Points to show at most; one more may be added for names and figures when they are short. */
  max: number
  /** Sentences that are never points: table headers, sub-headings, HTML comments, code. */
  hidden?: (sentence: Sentence) => boolean
  /** The slide's heading: a bold lead-in that repeats it is not shown again. */
  heading?: string
}

/** `But`, `And`, `So`, `Then` opening a sentence: dropped from a point, the sentence stands on its own. */
const RE_LEANING_CONJUNCTION = /^(?:but|and|so|then|or|yet)\b[\s,:]*(?=\S)/i
/** `That`, `This`, `It` opening a sentence: a point only right after the sentence it points back to. */
const RE_LEANING_PRONOUN = /^(?:that|this|these|those|it|they)\b(?!\s*:)/i
/** A bold lead-in: a few words ending in `.` or `:` (not a question set in bold). */
const RE_LEAD_IN_END = /[.:—–-]\s*$/
const MAX_LEAD_IN_WORDS = 8
/** A short noun phrase opening on an article: `The order of fields in a response.` */
const RE_ITEM = /^(?:the|a|an)\b[^,;:]{0,60}$/i
const ITEM_PENALTY = 6
/** Room for one more point, for a name or figure that would stay off the slide. */
const EXTRA_POINT_CHARS = 90
const MAX_TOTAL_CHARS = 380

interface Unit extends Point {
  names: string[]
  strong: boolean
  /** Shows only right after the unit before it. */
  leansOnPrevious: boolean
}

/**
 * The points of a text slide, in narration order:
 * 1. anything the lesson set in bold (a bold lead-in with its explanation as one point);
 * 2. the section's topic, its first sentence;
 * 3. sentences carrying the names and figures the narration relies on (Google, SRE, 30 %, 6 months);
 * 4. up to `max`, sentences near a readable length, spread over the narration.
 * A point never opens on a word leaning on a sentence left out: `But`/`And`/`So`/`Then` are dropped,
 * and a `That`/`This`/`It` sentence comes only with the sentence before it.
 */
export function selectPoints(sentences: Sentence[], options: PointOptions): Point[] {
  const plains = sentences.map(sentence => plain(sentence.text))
  const context = contextOf(plains.filter((_, i) => !sentences[i]!.code))
  const units = unitsOf(sentences, plains, options).map(unit => ({ ...unit, names: namesOf(unit.text, context) }))
  const scores = units.map(unit => pointScore(unit.text))
  const picked = new Set<number>()
  const shown = () => new Set([...picked].flatMap(u => units[u]!.names))
  const total = () => [...picked].reduce((sum, u) => sum + units[u]!.text.length, 0)
  /** Picks the unit (and the one it leans on) when there is room; false when there isn't. */
  const pick = (u: number, max: number): boolean => {
    const needs = units[u]!.leansOnPrevious && u > 0 && !picked.has(u - 1) ? [u - 1, u] : [u]
    if (picked.size + needs.filter(n => !picked.has(n)).length > max)
      return false
    needs.forEach(n => picked.add(n))
    return true
  }

  units.forEach((unit, u) => unit.strong && pick(u, options.max))
  if (units.length > 0)
    pick(0, options.max)
  for (let extra = false; ;) {
    const known = shown()
    const best = units
      .map((unit, u) => ({ u, fresh: unit.names.filter(name => !known.has(name)).length }))
      .filter(({ u, fresh }) => fresh > 0 && !picked.has(u))
      .sort((a, b) => b.fresh - a.fresh || scores[a.u]! - scores[b.u]!)[0]
    if (!best)
      break
    if (pick(best.u, options.max))
      continue
    // Room for one more short point, for names that would otherwise stay in the notes.
    if (extra || units[best.u]!.text.length > EXTRA_POINT_CHARS || total() + units[best.u]!.text.length > MAX_TOTAL_CHARS || !pick(best.u, options.max + 1))
      break
    extra = true
  }
  // An item of a run of examples (`The order of fields. An error message's wording.`) says little alone.
  const isItem = (u: number) => RE_ITEM.test(units[u]!.text) && [units[u - 1], units[u + 1]].some(other => other && RE_ITEM.test(other.text))
  const fillScore = (u: number) => scores[u]! - 1.5 * Math.min(4, ...[...picked].map(p => Math.abs(p - u))) + (isItem(u) ? ITEM_PENALTY : 0)
  while (picked.size < Math.min(options.max, units.length)) {
    const next = units.map((_, u) => u).filter(u => !picked.has(u)).sort((a, b) => fillScore(a) - fillScore(b) || a - b).find(u => pick(u, options.max))
    if (next === undefined)
      break
  }
  return [...picked].sort((a, b) => a - b).map(u => ({ at: units[u]!.at, last: units[u]!.last, text: units[u]!.text }))
}

/** The sentences that can be points, a bold lead-in joined to its explanation, each as it would show. */
function unitsOf(sentences: Sentence[], plains: string[], options: PointOptions): Omit<Unit, 'names'>[] {
  const units: Omit<Unit, 'names'>[] = []
  for (let i = 0; i < sentences.length; i++) {
    const sentence = sentences[i]!
    if (sentence.code || options.hidden?.(sentence))
      continue
    const next = sentences[i + 1]
    const lead = plains[i]!
    if (isAllStrong(sentence.text) && RE_LEAD_IN_END.test(lead) && lead.split(' ').length <= MAX_LEAD_IN_WORDS && next && !next.code && next.paragraph === sentence.paragraph) {
      const label = lead.replace(/[\s.:—–-]+$/, '')
      const explanation = showable(plains[i + 1]!)
      const text = label.toLowerCase() === options.heading?.toLowerCase() ? explanation : `${label}: ${explanation}`
      units.push({ at: i, last: i + 1, text: asPoint(text), strong: true, leansOnPrevious: false })
      i++
      continue
    }
    if (isFragment(lead)) {
      // `Pros:`, `BAD.`, `A ship.` say nothing alone: a point joins them to the sentence that explains them,
      // and with none after them, or leaning on the sentence before (`It works.`), they stay in the notes.
      if (next && !next.code && !options.hidden?.(next) && !RE_LEANING_PRONOUN.test(lead)) {
        units.push({ at: i, last: i + 1, text: asPoint(`${showable(lead)} ${plains[i + 1]!}`), strong: false, leansOnPrevious: false })
        i++
      }
      continue
    }
    const text = asPoint(showable(lead))
    const leans = RE_LEANING_PRONOUN.test(text)
    // Only the sentence right before can be leaned on: a pronoun-led sentence after a gap, or with
    // nothing before it but the heading, is no point.
    if (leans && units.at(-1)?.last !== i - 1)
      continue
    units.push({ at: i, last: i, text, strong: sentence.text.some(span => span.strong && span.text.trim() !== ''), leansOnPrevious: leans })
  }
  return units
}

/** `But without the factory, no cars get built.` → `Without the factory, no cars get built.` */
export function showable(sentence: string): string {
  const rest = sentence.replace(RE_LEANING_CONJUNCTION, '')
  return rest === sentence || rest === '' ? sentence : rest.charAt(0).toUpperCase() + rest.slice(1)
}

/**
 * Splits the narration at the given sentences: chunk 0 is what comes before the first,
 * chunk k runs from the k-th start up to the next.
 */
export function chunksAt(sentences: Sentence[], starts: number[]): NoteChunk[] {
  const bounds = [0, ...starts, sentences.length]
  return bounds.slice(0, -1).map((from, k) => regroup(sentences.slice(from, bounds[k + 1])))
}

/**
 * Where the narration reaches each step of a picture: a sentence moves the notes on to the first later
 * step it names, or stays with the current one. Returns, per step, the index of the sentence it starts at.
 */
export function alignToSteps(sentences: string[], steps: string[][]): number[] {
  const starts: number[] = steps.map(() => sentences.length)
  let current = 0
  sentences.forEach((sentence, i) => {
    const words = wordsOfText(sentence)
    const next = steps.findIndex((keywords, k) => k + 1 > current && keywords.some(keyword => words.some(word => sameStem(word, keyword))))
    if (next >= 0) {
      for (let step = current + 1; step <= next + 1; step++)
        starts[step - 1] = i
      current = next + 1
    }
  })
  return starts
}

function sameStem(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`
}
