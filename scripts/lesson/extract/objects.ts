// The concrete things a narration names, each with the icon that draws it: a ship, a filing cabinet's
// drawers, a librarian. Pure, over plain sentences and the icon index (icons/index.ts). compromise tags each
// word (a `file` can be filed, a `ship` shipped); the index says which nouns can be drawn, and with which icon.
import type { IconIndex } from '../icons/index.ts'
import type { Term } from './terms.ts'
import { OTHER_PEOPLE } from '../icons/index.ts'
import { inIdiom } from './idioms.ts'
import { meansItsIcon, sectionWords } from './senses.ts'
import { hasBreak, isNoun, RE_EDGE_PUNCTUATION, singularsOf, termsOf, wordOf } from './terms.ts'

export { singularsOf } from './terms.ts'

/** One thing the narration names, as the slide shows it. */
export interface NamedThing {
  /** The thing's word, singular and lower case, as the icon index knows it: `filing cabinet`. */
  word: string
  /** The word as the narration first says it, lower case: `filing cabinets`. The icon's accessible name. */
  said: string
  /** The caption: the word as the narration says it, with the number or letter that names it (`Apartment 3A`, `Drawer 1: A–F`). */
  caption: string
  /** The Iconify name of its icon. */
  icon: string
  /** Index of the sentence that first names it. */
  sentence: number
  /** How often the narration names it. */
  mentions: number
  /** Said in the plural (`compartments`), or after a quantifier of one (`one`, `a single`). */
  plural: boolean
  single: boolean
}

/** A scene shows at least two things and at most six: more would not read from the back of a room. */
export const MIN_THINGS = 2
export const MAX_THINGS = 6
/** The number or letter naming one of a kind: `Drawer 1`, `Apartment 3A`, `Room B`. */
const RE_IDENTIFIER = /^(?:\d{1,4}[A-Za-z]?|[A-Z]\d{0,3})$/
/** What a label after a colon may be, to stay in the caption: `A–F`, `G-M`, `north`. */
const RE_SHORT_LABEL = /^[\p{L}\p{N}][\p{L}\p{N}–-]{0,5}$/u
const RE_WORD = /\p{L}+(?:['’-]\p{L}+)*/gu
/** `here's` is `here is`, where `book's` is a book's. */
const RE_CONTRACTION = /^(?:here|there|it|that|what|who|where|how|let|he|she)['’]s$/
/** Quantifiers that compromise may not tag as determiners, after which a word is a noun: `each patient`. */
const RE_EACH = /^(?:each|every|another|any|no)$/
const RE_QUANTIFIER_ONE = /^(?:one|single|only|lone)$/i
/** Icons of anyone, which different people of a story share: a diplomat and an interpreter, each with their caption. */
const REPEATABLE_ICONS = new Set(['person'])
/** More people than two of the same figure would be a crowd: a third and fourth person of a story get a figure of their own. */
const MAX_SAME_PERSON = 2

/**
 * Every thing the narration names that has an icon, in the order it first names them; one per icon
 * (a second word drawn with the same icon is left out, so no icon shows twice for different words).
 */
export function namedThings(sentences: string[], index: IconIndex): NamedThing[] {
  const byWord = new Map<string, NamedThing>()
  const iconsUsed = new Map<string, number>()
  // Tagging is most of the cost: a sentence that says no word of the index is not tagged at all, and
  // the others are tagged together in one pass.
  const worthTagging = sentences.flatMap((sentence, at) => (mayNameAThing(sentence, index) ? [at] : []))
  const termsBySentence = termsOf(sentences, worthTagging)
  const section = sectionWords(sentences)
  worthTagging.forEach((at) => {
    const terms = termsBySentence.get(at)!
    for (let k = 0; k < terms.length; k++) {
      const found = thingAt(terms, k, index)
      if (!found)
        continue
      // The sentence and the one before it: an analogy's mapping to software comes after its picture
      // (`An interpreter sits beside each diplomat. An adapter plays the interpreter between two APIs.`).
      const around = sentences.slice(Math.max(0, at - 1), at + 1)
      if (inIdiom(terms, k, found.length, index.idioms) || !meansItsIcon(found.word, index.senses?.get(found.word), around, section)) {
        k += found.length - 1
        continue
      }
      const known = byWord.get(found.word)
      if (known) {
        known.mentions++
      }
      else if ((iconsUsed.get(found.icon) ?? 0) < (REPEATABLE_ICONS.has(found.icon) ? MAX_SAME_PERSON + OTHER_PEOPLE.length : 1)) {
        const used = iconsUsed.get(found.icon) ?? 0
        iconsUsed.set(found.icon, used + 1)
        const icon = used < MAX_SAME_PERSON ? found.icon : OTHER_PEOPLE[used - MAX_SAME_PERSON]!
        const before = terms[k - 1]?.normal ?? ''
        byWord.set(found.word, {
          word: found.word,
          said: saidOf(terms, k, found.length).toLowerCase(),
          caption: captionOf(terms, k, found.length),
          icon,
          sentence: at,
          mentions: 1,
          plural: terms[k + found.length - 1]!.tags.has('Plural'),
          single: RE_QUANTIFIER_ONE.test(before),
        })
      }
      k += found.length - 1
    }
  })
  return [...byWord.values()]
}

/**
 * The things a scene shows: two to six, the most often named when there are more, in narration order;
 * undefined when the narration names fewer than two (the section stays a text slide).
 */
export function thingsForScene(things: NamedThing[]): NamedThing[] | undefined {
  if (things.length < MIN_THINGS)
    return undefined
  const kept = new Set([...things].sort((a, b) => b.mentions - a.mentions || a.sentence - b.sentence).slice(0, MAX_THINGS))
  return things.filter(thing => kept.has(thing))
}

/** A cheap look before tagging: does any word (or pair of words) of the sentence, singular or not, name an icon? */
function mayNameAThing(sentence: string, index: IconIndex): boolean {
  const words = sentence.toLowerCase().match(RE_WORD) ?? []
  return words.some((word, k) => singularsOf(word, true).some(form => index.icons.has(form) || index.icons.has(`${words[k - 1]} ${form}`)))
}

/** The thing named at term k: a pair of words first (`filing cabinet`, `fire truck`), then the word alone. */
function thingAt(terms: Term[], k: number, index: IconIndex): { word: string, icon: string, length: number } | undefined {
  const term = terms[k]!
  const next = terms[k + 1]
  if (next && isNoun(next) && !term.tags.has('Pronoun') && !term.tags.has('Value') && !hasBreak(term)) {
    for (const form of singularsOf(next.normal)) {
      const pair = `${wordOf(term.normal)} ${form}`
      const icon = index.icons.get(pair)
      if (icon)
        return { word: pair, icon, length: 2 }
    }
  }
  // In a pair of nouns the last one is the thing, the first says which: a `traffic office` is an office,
  // not traffic; a `school bell` a bell. Unless the last has no picture: a `hotel room` is drawn as a hotel,
  // but not a word that is also an adjective there (`key signals`, `gold standard`).
  const modifies = next !== undefined && isNoun(next) && !hasBreak(term)
  // A word joined to the next by a hyphen says what kind: a `key-value store`, a `one-way radio`.
  if (!isNoun(term) || term.post === '-' || (modifies && singularsOf(next.normal).some(form => index.icons.has(form))))
    return undefined
  // Nor a person said of another noun: a `developer platform`, `customer data`.
  if (modifies && singularsOf(term.normal).some(form => index.senses?.get(form)?.adjective || index.people?.has(index.icons.get(form) ?? '')))
    return undefined
  if (isAbstractKind(terms, k, index))
    return undefined
  // A word used mostly as an adjective is a thing only after an article or a number: `a general`, not `General.`
  // Nor is a plural an adjective: `the stable patients`.
  const adjective = singularsOf(term.normal).some(form => index.senses?.get(form)?.adjective) && !(k > 0 && isSaidInPlural(term, index))
  if (adjective && !terms[k - 1]?.tags.has('Determiner') && !RE_EACH.test(terms[k - 1]?.normal ?? ''))
    return undefined
  for (const form of singularsOf(term.normal, !RE_CONTRACTION.test(term.normal))) {
    const icon = index.icons.get(form)
    if (icon)
      return { word: form, icon, length: 1 }
  }
  return undefined
}

/**
 * After an abstract noun, the pair names another thing: a `decision tree`, a `partition key`, a `connection
 * pool`; not after a thing (a `museum guide` is a guide), a possessive (`its hand`) or a hyphenated adjective (`one-way
 * radio`), nor for a person (a `triage nurse`).
 */
function isAbstractKind(terms: Term[], k: number, index: IconIndex): boolean {
  const before = terms[k - 1]
  if (!before || !isNoun(before) || !/^[a-z]+$/.test(before.normal) || /^\p{Lu}{2}/u.test(before.text) || hasBreak(before) || terms[k - 2]?.post.includes('-'))
    return false
  if (before.tags.has('Adjective') || before.tags.has('Possessive') || singularsOf(terms[k]!.normal).some(form => index.people?.has(index.icons.get(form) ?? '')))
    return false
  return !singularsOf(before.normal).some(form => index.icons.has(form) || index.unpictured?.has(form))
}

/** `patients`: a word said with a plural ending its index form lacks. */
function isSaidInPlural(term: Term, index: IconIndex): boolean {
  return term.tags.has('Plural') && !index.icons.has(wordOf(term.normal)) && singularsOf(term.normal).slice(1).some(form => index.icons.has(form))
}

function saidOf(terms: Term[], k: number, length: number): string {
  return terms.slice(k, k + length).map((term) => {
    const text = term.text.replace(RE_EDGE_PUNCTUATION, '')
    return RE_CONTRACTION.test(term.normal) ? text : text.replace(/['’]s$/, '')
  }).join(' ')
}

/** The word as said, capitalised, with the identifier after it and a short label after a colon: `Drawer 1: A–F`. */
function captionOf(terms: Term[], k: number, length: number): string {
  const said = saidOf(terms, k, length)
  let caption = said.charAt(0).toUpperCase() + said.slice(1)
  const last = terms[k + length - 1]!
  const id = terms[k + length]
  if (id && !/[,;.!?:]/.test(last.post) && RE_IDENTIFIER.test(id.text)) {
    caption += ` ${id.text}`
    const label = terms[k + length + 1]
    if (label && id.post.trim() === ':' && RE_SHORT_LABEL.test(label.text.replace(/[.,;!?]+$/, '')))
      caption += `: ${label.text.replace(/[.,;!?]+$/, '')}`
  }
  return caption
}
