// What a slide shows and what the speaker says at each click: picking the key sentences of a
// narration, turning a sentence into an on-slide point, and cutting the notes into one chunk per click.
// Pure, over sentences of text.ts.
import { wordsOfText } from './extract/diagram.ts'
import { plain, regroup, type Sentence, wordCount } from './text.ts'
import type { NoteChunk, Rich } from './types.ts'

/** How many key sentences a text slide shows at most. */
export const MAX_POINTS = 4
const RE_STRAIGHT_QUOTE = /"/g
/** Words a key sentence should have: short enough to read from the back of a room. */
const IDEAL_POINT_WORDS = 7

/**
 * Picks up to `max` sentences spread over the text: the narration is cut into `max` runs,
 * and from each the sentence closest to a readable length (a `Label:` sentence is preferred).
 * Empty strings (code) are never picked.
 */
export function pickKeySentences(sentences: string[], max: number): number[] {
  const candidates = sentences.flatMap((sentence, i) => (sentence.trim() ? [i] : []))
  const picked: number[] = []
  const runs = Math.min(max, candidates.length)
  for (let run = 0; run < runs; run++) {
    const from = Math.floor(run * candidates.length / runs)
    const to = Math.floor((run + 1) * candidates.length / runs)
    const best = candidates.slice(from, to).reduce((a, b) => (pointScore(sentences[b]!) < pointScore(sentences[a]!) ? b : a))
    picked.push(best)
  }
  return picked
}

/** Lower is better: near the ideal length, a `Label:` sentence preferred, fragments avoided. */
export function pointScore(sentence: string): number {
  const words = wordCount(sentence)
  const labelBonus = /^[^:]{2,30}:\s/.test(sentence) ? 2 : 0
  return Math.abs(words - IDEAL_POINT_WORDS) - labelBonus + (words < 3 ? 4 : 0)
}

/** A sentence lifted out of its paragraph, without a quotation mark whose partner stayed behind. */
export function asPoint(sentence: Rich): string {
  const text = plain(sentence)
  const quotes = text.match(RE_STRAIGHT_QUOTE)?.length ?? 0
  if (quotes % 2 === 0)
    return text
  return text.startsWith('"') ? text.slice(1) : text.endsWith('"') ? text.slice(0, -1) : text
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
