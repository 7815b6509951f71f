// The words the recogniser may hear: the notes' own words with their pronunciations from the model's
// dictionary (a short word it lacks is read letter by letter, as an acronym is said). Pure.

/** Word → its pronunciations (phones), as the dictionary lists them (`word`, `word(2)`, …). */
export type Pronunciations = Map<string, string[]>

export interface Vocabulary {
  /** Words the recogniser can hear, each with its pronunciations, sorted. */
  entries: [word: string, phones: string[]][]
  /** Words with no pronunciation: not listened for. */
  unknown: string[]
}

const RE_VARIANT = /\(\d+\)$/
const RE_LETTERS = /^[a-z]+$/
/** A short unknown word is read letter by letter, as an acronym is said (`sre` → S R E). */
const MAX_SPELLED_LETTERS = 5

/** Reads a CMU-style dictionary: `word PH ON ES` a line, variants as `word(2)`. */
export function parseDictionary(text: string): Pronunciations {
  const dictionary: Pronunciations = new Map()
  for (const line of text.split('\n')) {
    const space = line.indexOf(' ')
    if (space <= 0)
      continue
    const word = line.slice(0, space).replace(RE_VARIANT, '')
    const phones = line.slice(space + 1).trim()
    const known = dictionary.get(word)
    if (known)
      known.push(phones)
    else
      dictionary.set(word, [phones])
  }
  return dictionary
}

function pronounce(word: string, dictionary: Pronunciations): string[] | undefined {
  const known = dictionary.get(word)
  if (known)
    return known
  if (!RE_LETTERS.test(word) || word.length > MAX_SPELLED_LETTERS)
    return undefined
  const letters = [...word].map(letter => dictionary.get(letter)?.[0])
  return letters.every(Boolean) ? [letters.join(' ')] : undefined
}

/** The distinct words, each with a pronunciation or among the unknown. */
export function vocabularyOf(words: Iterable<string>, dictionary: Pronunciations): Vocabulary {
  const entries: [string, string[]][] = []
  const unknown: string[] = []
  for (const word of [...new Set(words)].sort()) {
    const phones = pronounce(word, dictionary)
    if (phones)
      entries.push([word, phones])
    else
      unknown.push(word)
  }
  return { entries, unknown }
}

/** The dictionary file the recogniser loads: only the words it may hear. */
export function dictionaryText(vocabulary: Vocabulary): string {
  return vocabulary.entries.flatMap(([word, variants]) => variants.map((phones, i) => `${i === 0 ? word : `${word}(${i + 1})`} ${phones}`)).join('\n').concat('\n')
}
