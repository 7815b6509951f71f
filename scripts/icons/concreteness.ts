// Which WordNet nouns name something that can be drawn. Pure, over the synsets read by wordnet.ts.
import type { WordNet } from './wordnet.ts'

/** Lexicographer files of things one can point at: objects, food, animals, people, places, plants, body parts, materials. */
export const DRAWABLE_LEXFILES = new Set(['noun.artifact', 'noun.object', 'noun.food', 'noun.animal', 'noun.person', 'noun.location', 'noun.plant', 'noun.body', 'noun.substance'])
/**
 * Synsets this close to WordNet's root are categories (object, part, stuff), not things with a shape:
 * `ship` sits 10 levels down, `compartment` 5, `user` and `nobody` 4, `part` 3. Only a word that borrows the emoji of
 * a broader thing is held to it: an emoji's own word is a thing by definition.
 */
export const MIN_DEPTH = 5
/** Share of a word's uses (WordNet's tagged-corpus counts) that must be a drawable sense: `system` is 0.4, `house` 0.96. */
const MIN_DRAWABLE_SHARE = 0.5

export interface Senses {
  /** Tagged-corpus count of each sense, by `lemma:offset` (index.sense). */
  counts: Map<string, number>
}

export function depthOf(wordnet: WordNet, offset: string, memo = new Map<string, number>()): number {
  const known = memo.get(offset)
  if (known !== undefined)
    return known
  const synset = wordnet.synsets.get(offset)
  const depth = synset && synset.hypernyms.length > 0 ? 1 + Math.min(...synset.hypernyms.map(up => depthOf(wordnet, up, memo))) : 0
  memo.set(offset, depth)
  return depth
}

/**
 * The sense in which a word names a drawable thing, or undefined for an abstract word. Most of the
 * word's uses must be drawable senses (a `book` is read as a text more often than held, and still
 * counts: a written thing is drawn when the word also names an object); with no counts, its first sense decides.
 * Returns its first sense among `lexfiles` (the drawable ones unless told: an emoji among the objects also
 * draws a `ticket` or an `email`) at least `minDepth` down WordNet's hierarchy.
 */
export function concreteSense(
  wordnet: WordNet,
  senses: Senses,
  lemma: string,
  depths: Map<string, number>,
  minDepth = 0,
  lexfiles: Iterable<string> = DRAWABLE_LEXFILES,
  minShare = MIN_DRAWABLE_SHARE,
): string | undefined {
  const entry = wordnet.lemmas.get(lemma)
  if (!entry)
    return undefined
  const senseFiles = entry.senses.map(offset => wordnet.synsets.get(offset)!.lexfile)
  const hasObjectSense = senseFiles.includes('noun.artifact')
  const wanted = new Set(lexfiles)
  const drawable = (k: number) => wanted.has(senseFiles[k]!) || (hasObjectSense && senseFiles[k] === 'noun.communication')
  const counts = entry.senses.map(offset => senses.counts.get(`${lemma}:${offset}`) ?? 0)
  const total = counts.reduce((a, b) => a + b, 0)
  const share = total === 0 ? (drawable(0) ? 1 : 0) : counts.reduce((sum, count, k) => sum + (drawable(k) ? count : 0), 0) / total
  if (share < minShare)
    return undefined
  return entry.senses.find((offset, k) => wanted.has(senseFiles[k]!) && depthOf(wordnet, offset, depths) >= minDepth)
}
