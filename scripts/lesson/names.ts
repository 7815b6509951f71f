// The names and figures a narration relies on: proper nouns (Google, SRE, Netflix, Titus), acronyms,
// and figures with their unit (30%, 6 months, 10,000 cars → `10,000`). Pure, over plain sentences.
// A capitalised word counts as a name when it is not just starting a sentence, a clause or a quote.

/** `30%`, `20-30%`, `6 months`, `2 weeks`, `10,000`, `1.16`, `2008`, `$5`; a lone digit (`ship 3 features`) is no figure. */
const RE_FIGURE = /(?<![\p{L}\p{N}.])\$?\d+(?:,\d{3})*(?:\.\d+)?(?:[-–]\d+)?(?:\s?%|\s(?:percent|years?|months?|weeks?|days?|hours?|minutes?|seconds?|quarters?|releases?|times))?(?![\p{L}\p{N}])/gu
const RE_DIGIT = /\d/
/** A run of capitalised words (`Site Reliability Engineering`, `Chaos Engineering`) or an acronym (`SRE`, `CI/CD`). */
const RE_CAPITALISED = /(?<![\p{L}\p{N}'’])\p{Lu}[\p{L}\p{N}'’&/-]*(?:\s\p{Lu}[\p{L}\p{N}'’&/-]*)*/gu
/** What may come before a capitalised word that is only capitalised because something starts there. */
const OPENERS = '.!?:;("“‘'
/** A word written in lower case: `platform`, not `Platform`. */
const RE_LOWER_WORD = /(?<![\p{L}'’])\p{Ll}\p{L}*/gu
const RE_ACRONYM = /^\p{Lu}[\p{Lu}\p{N}/&]+s?$/u
const RE_POSSESSIVE = /['’]s$/u
/** Capitalised words that are not names wherever they stand. */
const NOT_NAMES = new Set(['I', 'OK', 'A', 'OR', 'AND', 'NOT', 'THE'])
/** `That's`, `It's`, `Let's`: contractions, not possessives. */
const CONTRACTED = new Set(['that', 'it', 'what', 'who', 'there', 'here', 'let', 'he', 'she', 'where', 'when', 'how', 'this', 'everyone', 'nobody', 'somebody', 'one'])

/** What the rest of the narration says about a capitalised word that opens a sentence. */
export interface NameContext {
  /** Words found capitalised in the middle of a sentence: names wherever they stand. */
  known: ReadonlySet<string>
  /** Words the narration also writes in lower case (`platform`): not names when they open a sentence. */
  common: ReadonlySet<string>
}

const NO_CONTEXT: NameContext = { known: new Set(), common: new Set() }

/**
 * The names and figures of one sentence, as written (a possessive `'s` dropped). A word that opens the
 * sentence or a clause counts when it is an acronym, is known as a name from elsewhere, or is a
 * possessive the narration never writes in lower case (`Google's`, not `Platform's`).
 */
export function namesOf(sentence: string, context: NameContext = NO_CONTEXT): string[] {
  const found: string[] = []
  if (RE_DIGIT.test(sentence)) {
    for (const match of sentence.matchAll(RE_FIGURE)) {
      if (!/^\d$/.test(match[0]))
        found.push(match[0])
    }
  }
  for (const match of sentence.matchAll(RE_CAPITALISED)) {
    const opener = opensSomething(sentence, match.index)
    for (const [i, run] of runsOf(match[0]).entries()) {
      const [first, ...rest] = run
      const bare = first!.replace(RE_POSSESSIVE, '')
      const standsAlone = RE_ACRONYM.test(first!) || context.known.has(bare) || (isPossessive(first!) && !context.common.has(bare.toLowerCase()))
      const words = i === 0 && opener && !standsAlone ? rest : run
      const name = words.join(' ').replace(RE_POSSESSIVE, '')
      if (name && !NOT_NAMES.has(name))
        found.push(name)
    }
  }
  return [...new Set(found)]
}

/** `Google's Site Reliability Engineering` → [`Google's`], [`Site`, `Reliability`, `Engineering`]: a possessive ends a name. */
function runsOf(text: string): string[][] {
  const runs: string[][] = [[]]
  for (const word of text.split(' ')) {
    runs.at(-1)!.push(word)
    if (isPossessive(word))
      runs.push([])
  }
  return runs.filter(run => run.length > 0)
}

/** Whether the word at `index` starts the sentence, a clause after a colon, or a quote. */
function opensSomething(sentence: string, index: number): boolean {
  let i = index - 1
  while (i >= 0 && /\s/.test(sentence[i]!))
    i--
  return i < 0 || OPENERS.includes(sentence[i]!)
}

function isPossessive(word: string): boolean {
  return RE_POSSESSIVE.test(word) && !CONTRACTED.has(word.replace(RE_POSSESSIVE, '').toLowerCase())
}

/** The names and figures of a narration, in order of first mention, each once. */
export function namesOfAll(sentences: string[]): string[] {
  const context = contextOf(sentences)
  return [...new Set(sentences.flatMap(sentence => namesOf(sentence, context)))]
}

/** Names found mid-sentence anywhere in the narration, and the words it also writes in lower case. */
export function contextOf(sentences: string[]): NameContext {
  const text = sentences.join(' ')
  const common = new Set(text.match(RE_LOWER_WORD) ?? [])
  const midSentence = sentences.flatMap(sentence => namesOf(sentence, { known: new Set(), common }))
  return { known: new Set(midSentence.flatMap(name => name.split(' ')).filter(word => !/\d/.test(word))), common }
}

/** Whether a name or figure is in the text a slide shows (case aside: a kicker may be set in capitals). */
export function shows(text: string, name: string): boolean {
  const lower = text.toLowerCase()
  // `APIs` is shown by `API`.
  return lower.includes(name.toLowerCase()) || (RE_ACRONYM.test(name) && name.endsWith('s') && lower.includes(name.slice(0, -1).toLowerCase()))
}
