// A narration's words as compromise tags them, mended by a few rules of grammar, and the singular forms
// the icon index is looked up by. Pure. Used by objects.ts.
import nlp from 'compromise/two'

export interface Term {
  text: string
  normal: string
  tags: Set<string>
  post: string
}

/** Tags of words that are never a thing, whatever the index says: `you`, `twelve`, `Netflix`, `Alice`. */
const NOT_A_THING = ['Pronoun', 'Value', 'Person', 'Organization', 'Place', 'Verb', 'Adjective', 'Adverb']
/** Indefinite pronouns, which compromise tags as nouns and WordNet files as people: `nobody`, `someone`, `everything`. */
const RE_INDEFINITE_PRONOUN = /^(?:some|any|every|no)(?:one|body|thing|where)$/
/** An article right after a sentence's first word makes that word a command: `Picture a harbour.`, `Press the button.` */
export const RE_ARTICLE = /^(?:a|an|the|your|this|that)$/
/** Articles of one thing among many, after which a word that ends its phrase is a noun: `each patient`. */
const RE_ONE_OF = /^(?:a|an|each|every|another)$/
/** Words that open what follows a verb: `watches where`, `knows what`. */
const RE_CLAUSE_GOES_ON = /^(?:where|what|when|how|why|who|whether|if|that)$/
const RE_BREAK = /[,;:.!?()–—-]/
const RE_POSSESSIVE = /['’]s$/
export const RE_EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu

/** Punctuation after a word ends its phrase: `a saw, a drill`. */
export function hasBreak(term: Term): boolean {
  return RE_BREAK.test(term.post)
}

export function isNoun(term: Term): boolean {
  return term.tags.has('Noun') && !NOT_A_THING.some(tag => term.tags.has(tag)) && !RE_INDEFINITE_PRONOUN.test(term.normal)
}

/**
 * The tagged words of the given sentences, by sentence index. compromise's lexicon and its rules over
 * neighbouring words tell `the ship` from `we ship`; its later corrections cost twice as much again and
 * change little here, and two rules of grammar mend what they would: a word after an article is a
 * noun, and a first word followed by an article is a verb (`Picture a harbour`).
 */
export function termsOf(sentences: string[], which: number[]): Map<number, Term[]> {
  const starts: number[] = []
  let text = ''
  for (const at of which) {
    starts.push(text.length)
    text += `${sentences[at]} `
  }
  const doc = nlp.tokenize(text)
  doc.compute(['lexicon', 'preTagger'])
  const bySentence = new Map<number, Term[]>(which.map(at => [at, []]))
  let offset = 0
  for (const term of doc.termList()) {
    offset += term.pre.length
    let k = starts.length - 1
    while (k > 0 && starts[k]! > offset)
      k--
    bySentence.get(which[k]!)!.push({ text: term.text, normal: term.normal, tags: new Set(term.tags ?? []), post: term.post })
    offset += term.text.length + term.post.length
  }
  for (const terms of bySentence.values()) {
    // After an article comes a noun (or its adjective), never a verb: `a drum`, `the drums`.
    terms.forEach((term, k) => {
      if (k > 0 && terms[k - 1]!.tags.has('Determiner') && !hasBreak(terms[k - 1]!) && term.tags.has('Verb'))
        term.tags = new Set(['Noun', ...(term.normal.endsWith('s') ? ['Plural'] : ['Singular'])])
    })
    // An adjective right after an article of one that ends the phrase is its noun: `each patient,`, `a general.`
    // (not after `the`: `on the left,`, `the best`).
    terms.forEach((term, k) => {
      const [article, after] = [terms[k - 1], terms[k + 1]]
      if (article && RE_ONE_OF.test(article.normal) && !hasBreak(article) && term.tags.has('Adjective') && !term.tags.has('Superlative') && !term.tags.has('Comparative')
        && (hasBreak(term) || !after || after.tags.has('Verb') || after.tags.has('Preposition'))) {
        term.tags = new Set(['Noun', 'Singular'])
      }
    })
    // `The truck leaves.`, `The council watches where …`: after an article and a noun, a word in -s that
    // ends the clause or meets an article, a preposition or a question word is the verb.
    terms.forEach((term, k) => {
      const [article, noun, after] = [terms[k - 2], terms[k - 1], terms[k + 1]]
      if (article?.tags.has('Determiner') && noun?.tags.has('Singular') && !hasBreak(article) && !hasBreak(noun)
        && term.tags.has('Plural') && (hasBreak(term) || !after || RE_CLAUSE_GOES_ON.test(after.normal) || after.tags.has('Determiner') || after.tags.has('Preposition') || after.normal === 'to')) {
        term.tags = new Set(['Verb'])
      }
    })
    if (terms.length > 1 && RE_ARTICLE.test(terms[1]!.normal) && !hasBreak(terms[0]!))
      terms[0]!.tags = new Set(['Verb'])
  }
  return bySentence
}

/** `compartments` → `compartments`, `compartment`; `libraries` → `library`; `shelves` → `shelf`; `boxes` → `box`. */
export function singularsOf(word: string, possessive = false): string[] {
  const clean = wordOf(possessive ? word.replace(RE_POSSESSIVE, '') : word)
  const forms = [clean]
  if (clean.endsWith('ies'))
    forms.push(`${clean.slice(0, -3)}y`)
  if (clean.endsWith('ves'))
    forms.push(`${clean.slice(0, -3)}f`, `${clean.slice(0, -3)}fe`)
  if (clean.endsWith('es'))
    forms.push(clean.slice(0, -2))
  if (clean.endsWith('s') && !clean.endsWith('ss'))
    forms.push(clean.slice(0, -1))
  return forms
}

export function wordOf(text: string): string {
  return text.toLowerCase().replace(RE_EDGE_PUNCTUATION, '')
}
