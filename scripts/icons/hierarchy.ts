// Walking WordNet's noun hierarchy for the icon index's build: how far one sense sits below another, the
// nearest drawn thing above a sense, whether a definition names a thing. Pure, over wordnet.ts's synsets.
import type { WordNet } from './wordnet.ts'

/** Whether a definition names the thing: `a room where books are kept` names books. */
export function definitionNames(gloss: string, lemma: string): boolean {
  const word = lemma.replaceAll('_', ' ').replace(/s$/, '')
  return new RegExp(`\\b${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?\\b`, 'i').test(gloss)
}

export function topLevel(wordnet: WordNet, lemma: string): boolean {
  const first = wordnet.lemmas.get(lemma)?.senses[0]
  return first !== undefined && wordnet.synsets.get(first)!.lexfile === 'noun.Tops'
}

/** How many hypernym steps lead from `from` up to `to` (0 when they are the same), or false. */
export function hopsUp(wordnet: WordNet, from: string, to: string, max: number): number | false {
  let level = [from]
  for (let hops = 0; hops <= max && level.length > 0; hops++) {
    if (level.includes(to))
      return hops
    level = level.flatMap(offset => wordnet.synsets.get(offset)?.hypernyms ?? [])
  }
  return false
}

/** The nearest thing above `from`, at most `max` steps up, that `drawn` knows. */
export function nearestAbove<T>(wordnet: WordNet, from: string, drawn: Map<string, T>, max: number): T | undefined {
  let level = wordnet.synsets.get(from)?.hypernyms ?? []
  for (let hops = 1; hops <= max && level.length > 0; hops++) {
    const found = level.map(offset => drawn.get(offset)).find(Boolean)
    if (found)
      return found
    level = level.flatMap(offset => wordnet.synsets.get(offset)?.hypernyms ?? [])
  }
  return undefined
}
