// Reading an emoji's label for the icon index's build (build-index.ts): which WordNet sense and word it
// names, which sense its keywords describe, and a lemma's spelling. Pure, over wordnet.ts's synsets.
import type { WordNet } from './wordnet.ts'
import nlp from 'compromise/two'

/** The rank of a thing named by a label's head noun (`closed book` → `book`), after the label itself (0). */
export const HEAD_RANK = 2

/**
 * The word and WordNet sense an emoji's label names: the label itself (`file cabinet`, `ship`), its
 * singular (`books`), or the noun of a two-word label that opens on an adjective (`closed book` → `book`;
 * longer labels are scenes: `person rowing boat`).
 */
export function thingOf(text: string, concrete: (lemma: string) => string | undefined): { label: string, synset: string, rank: number } | undefined {
  const label = lemmaOf(text)
  const words = label.split('_')
  // `closed book` is a book, `red apple` an apple; a `petri dish`, `bento box` or `slot machine` is a
  // kind of its own, no picture of every dish, box or machine.
  const head = words.length === 2 && isAdjective(words[0]!) ? words[1]! : ''
  const tries: [string, number][] = [[label, 0], [label.replace(/s$/, ''), 0], [head, HEAD_RANK], [head.replace(/s$/, ''), HEAD_RANK]]
  for (const [lemma, rank] of tries) {
    const synset = lemma === '' ? undefined : concrete(lemma)
    if (synset)
      return { label: lemma, synset, rank }
  }
  return undefined
}

/** A sense of the lemma among the emoji's kinds of thing whose definition opens on one of its keywords: `a building where …`. */
export function describedSense(wordnet: WordNet, lemma: string, lexfiles: string[], keywords: string[]): string | undefined {
  const others = keywords.filter(keyword => /^[a-z]+$/.test(keyword) && !lemma.split('_').includes(keyword))
  return wordnet.lemmas.get(lemma)?.senses.find((offset) => {
    const { lexfile, gloss } = wordnet.synsets.get(offset)!
    return lexfiles.includes(lexfile) && others.some(keyword => new RegExp(`^(?:an? |the )?(?:[a-z-]+ ){0,2}${keyword}s?\\b`).test(gloss))
  })
}

/** `locked` of `lock`: a one-word label that is the keyword with an ending. */
export function saysStateOf(word: string, keyword: string): boolean {
  return word.startsWith(keyword) && ['ed', 'd', 's', 'es'].includes(word.slice(keyword.length))
}

function isAdjective(word: string): boolean {
  return nlp(`${word} thing`).termList()[0]?.tags?.has('Adjective') ?? false
}

/** `file cabinet` → `file_cabinet`, WordNet's spelling of a lemma. */
export function lemmaOf(text: string): string {
  return text.toLowerCase().trim().replace(/\s+/g, '_')
}
