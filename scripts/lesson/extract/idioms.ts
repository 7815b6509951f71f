// Whether a drawable word is said inside an idiom (`our hands are tied`, `the gold standard`, `by heart`):
// then it is not its thing. Pure, over the idioms of the icon index (scripts/icons/idioms.ts) and the
// sentence's words as compromise tags them (terms.ts). Each word of an idiom matches any form of itself.
import type { Term } from './terms.ts'
import { hasBreak } from './terms.ts'

/** Words of idioms standing for anyone's: WordNet's `one's`, `someone's`, `someone`, `something`. */
const RE_ANYONE = /^(?:one's|someone's|someone|something)$/
const RE_POSSESSIVE_WORD = /^(?:my|your|his|her|its|our|their|\w+'s)$/

/**
 * An idiom's words, and whether it is a noun (`gold standard`), whose words are never said as verbs, or a verb
 * (`clock on`), whose first word is never said after an article.
 */
export interface Idiom { words: string[], noun: boolean, verb?: boolean }

/** The idioms of the index (a noun marked `~`), by each of their words' base forms: `tied` and `tie` → `hands are tied`. */
export function idiomsByWord(idioms: string[]): Map<string, Idiom[]> {
  const byWord = new Map<string, Idiom[]>()
  for (const text of idioms) {
    const idiom = { words: text.replace(/^[~^]/, '').split(' '), noun: text.startsWith('~'), verb: text.startsWith('^') }
    for (const word of new Set(idiom.words.map(baseOf))) {
      const known = byWord.get(word)
      if (known)
        known.push(idiom)
      else
        byWord.set(word, [idiom])
    }
  }
  return byWord
}

/** Whether the term at k (a word, or the first of a pair of `length` words) is said in one of the idioms. */
export function inIdiom(terms: Term[], k: number, length: number, idioms: ReadonlyMap<string, Idiom[]> | undefined): boolean {
  if (!idioms)
    return false
  for (let at = k; at < k + length; at++) {
    for (const { words, noun, verb } of idioms.get(baseOf(terms[at]!.normal)) ?? []) {
      for (let p = 0; p < words.length; p++) {
        const afterArticle = verb === true && terms[at - p - 1]?.tags.has('Determiner') === true && !hasBreak(terms[at - p - 1]!)
        if (!afterArticle && baseOf(words[p]!) === baseOf(terms[at]!.normal) && words.every((word, i) => matches(terms[at - p + i], word, noun)))
          return true
      }
    }
  }
  return false
}

function matches(term: Term | undefined, word: string, noun: boolean): boolean {
  if (!term || (noun && term.tags.has('Verb')))
    return false
  if (RE_ANYONE.test(word))
    return !word.endsWith('\'s') || RE_POSSESSIVE_WORD.test(term.normal)
  return baseOf(term.normal) === baseOf(word)
}

/** `hands` → `hand`, `tied` → `ti`, `ties` → `ti`, `changing` → `chang`: one stem for the forms of a word, to match an idiom's with the narration's. */
export function baseOf(word: string): string {
  let stem = word.toLowerCase().replace(/['’]s$/, '')
  if (stem.length <= 3)
    return stem
  if (stem.endsWith('ied') || stem.endsWith('ies'))
    stem = stem.length <= 4 ? stem.slice(0, -1) : `${stem.slice(0, -3)}y`
  else if (/(?:ss|x|ch|sh)es$/.test(stem))
    stem = stem.slice(0, -2)
  else if (stem.endsWith('ing') && stem.length > 5)
    stem = stem.slice(0, -3)
  else if (stem.endsWith('ed') && stem.length > 4)
    stem = stem.slice(0, -2)
  else if (stem.endsWith('s') && !stem.endsWith('ss'))
    stem = stem.slice(0, -1)
  return stem.length > 3 ? stem.replace(/e$/, '') : stem
}
