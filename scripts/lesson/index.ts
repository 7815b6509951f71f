// The generator in one call: lesson text → deck → slides.md text.
import type { PlanOptions } from './plan.ts'
import type { Deck } from './types.ts'
import { parseLesson } from './parse.ts'
import { planDeck } from './plan.ts'
import { renderDeck } from './render.ts'

export interface Generated {
  deck: Deck
  text: string
}

/** `source` is how the headmatter names the lesson (a path relative to the deck). */
export function generateDeck(markdown: string, file: string, source = file, options: PlanOptions = {}): Generated {
  const deck = planDeck(parseLesson(markdown, file), options)
  return { deck, text: renderDeck(deck, { source }) }
}
