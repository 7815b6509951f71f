// The shape of an analogy told with things, read from the words that turn the story: a before and after
// (`Without bulkheads … With them …`), a sequence (`First … Then …`), one against many (`one cook … many
// diners`), two sides (`… But the kitchen …`), or a plain row of parallel things. Pure, over plain sentences.
import type { IconShape } from '../types.ts'
import type { NamedThing } from './objects.ts'

export interface Arrangement {
  shape: IconShape
  /** Per thing (in the order given), the side it stands on. */
  groups: (0 | 1)[]
  /** The sides' titles, in the narration's own words, when the shape has them. */
  labels?: [string, string]
}

const RE_WITHOUT = /\bwithout\b/i
/** A sentence turning to the other case: `With bulkheads, …`, `Now …`, `Instead, …`. */
const RE_TURN_TO_WITH = /^(?:(?:but|and|so)\s+)?(?:with|now|instead|today)\b/i
const RE_SEQUENCE = /^(?:first(?:ly)?|then|next|after that|afterwards|finally|second(?:ly)?|third(?:ly)?|step \d+)\b/i
const RE_CONTRAST = /^(?:but|meanwhile|on the other hand|in contrast|whereas|however|instead)\b/i
const MIN_SEQUENCE_STEPS = 2

export function arrangementOf(sentences: string[], things: NamedThing[]): Arrangement {
  const row: Arrangement = { shape: 'row', groups: things.map(() => 0) }
  const splitAt = (at: number) => things.map(thing => (thing.sentence >= at ? 1 : 0) as 0 | 1)
  const bothSides = (groups: (0 | 1)[]) => groups.includes(0) && groups.includes(1)

  const without = sentences.findIndex(sentence => RE_WITHOUT.test(sentence))
  const withAt = without < 0 ? -1 : sentences.findIndex((sentence, i) => i > without && RE_TURN_TO_WITH.test(sentence))
  // What comes right after `without` is what the other side has: `Without a tent, the backpack is soaked.`
  const missing = (thing: NamedThing) => new RegExp(`\\bwithout\\s+(?:an?\\s+|the\\s+|any\\s+)?${escapeRegExp(thing.said)}\\b`, 'i').test(sentences[thing.sentence]!)
  const beforeAfter = things.map(thing => (thing.sentence >= withAt || missing(thing) ? 1 : 0) as 0 | 1)
  if (withAt > 0 && bothSides(beforeAfter))
    return { shape: 'before-after', groups: beforeAfter, labels: ['Without', firstWordOf(sentences[withAt]!)] }

  const stepSentences = new Set(things.map(thing => thing.sentence).filter(at => RE_SEQUENCE.test(sentences[at]!)))
  if (stepSentences.size >= MIN_SEQUENCE_STEPS)
    return { ...row, shape: 'sequence' }

  const singles = things.filter(thing => thing.single)
  if (singles.length === 1 && things.some(thing => thing.plural && !thing.single))
    return { shape: 'one-many', groups: things.map(thing => (thing.single ? 0 : 1)) }

  const contrast = sentences.findIndex((sentence, i) => RE_CONTRAST.test(sentence) && bothSides(splitAt(i)))
  if (contrast > 0)
    return { shape: 'sides', groups: splitAt(contrast) }
  return row
}

/** `With them in place, …` → `With`; `Now …` → `Now`. */
function firstWordOf(sentence: string): string {
  const word = sentence.replace(/^(?:but|and|so)\s+/i, '').split(/[\s,]/)[0]!
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase()
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
