// How much text fits: the width of a run of text in the deck's font at a size, and the lines it wraps to in a
// box, from the character widths measured once in Chromium (type-metrics.json, by scripts/fit/measure-type.ts).
// Pure and browser-safe: the planner decides with it, and the components size their type with the same numbers.
import type { FontWeight } from './charset.ts'
import { MEASURED_CHARS } from './charset.ts'
import metrics from './type-metrics.json' with { type: 'json' }

export { FONT_WEIGHTS, type FontWeight, MEASURED_CHARS } from './charset.ts'

/** A character the table lacks (a letter of another script, a symbol): as wide as a capital M, an emoji wider. */
const UNKNOWN_EM = 0.95
const EMOJI_EM = 1.25
const RE_EMOJI = /\p{Extended_Pictographic}/u

const INDEX = new Map([...MEASURED_CHARS].map((char, i) => [char, i]))
const TABLES = metrics.weights as Record<string, { widths: number[], kerning: number }>

/** Width in em of one character at `weight`. */
function charEm(char: string, weight: FontWeight): number {
  const i = INDEX.get(char)
  if (i !== undefined)
    return TABLES[weight]!.widths[i]!
  return RE_EMOJI.test(char) ? EMOJI_EM : UNKNOWN_EM
}

/** Width in px of `text` set at `size` px; `letterSpacing` in em, as CSS adds it after each character. */
export function textWidth(text: string, size: number, weight: FontWeight = 400, letterSpacing = 0): number {
  let em = 0
  for (const char of text)
    em += charEm(char, weight) + letterSpacing
  return em * TABLES[weight]!.kerning * size
}

/**
 * Lines `text` wraps to in a line `width` px wide at `size` px, breaking at spaces as a browser does. A word
 * wider than the line counts the lines it would take broken (the slide checks catch one that overflows instead).
 */
export function linesAt(text: string, size: number, width: number, weight: FontWeight = 400): number {
  const space = textWidth(' ', size, weight)
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const w = textWidth(word, size, weight)
    if (used > 0 && used + space + w <= width) {
      used += space + w
      continue
    }
    if (used > 0)
      lines++
    lines += Math.max(Math.ceil(w / width), 1) - 1
    used = w > width ? w % width : w
  }
  return lines
}
