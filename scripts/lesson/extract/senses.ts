// Whether a word of a narration means the thing its icon draws, from its sentence and its section. Pure,
// over the icon index's sense notes (icons/index.ts, built by scripts/icons/senses.ts). Precision first: a
// word whose icon draws only one of its uses is drawn only when the section says a word of that thing's
// world (a `key` near a lock or a door, a `dish` near bacteria), a software sense never (a `client`, a
// `library` of code), and a term the narration capitalises is its own name, not a thing (`a Follower`).
import type { SenseNote } from '../icons/index.ts'
import { cueStem, cueStems, RE_CUE_WORD } from './cues.ts'

export interface SectionWords {
  /** The stems of every word of the section. */
  stems: Set<string>
  /** Words the section capitalises inside a sentence: terms it names (`Follower`, `ROLLBACK`), never things. */
  terms: Set<string>
}

/**
 * Words that say a sentence speaks of software, where a `client`, a `file` or a `tree` is never a thing.
 * Stems, as cueStems gives them.
 */
const SOFTWARE_WORDS = new Set(`api algorithm backend bandwidth byte cache cpu code compute computer config connection consensus cluster data
database deploy deployment endpoint frontend function hash http https json latency microservice network node payload polling process program
programming protocol query request response runtime schema sdk server service shard software sql stack thread timeout url web websocket`.split(/\s+/).map(cueStem))
/** An acronym (`API`, `HTTP`), a word with capitals inside (`WebSocket`) or a name with a dot or underscore (`Socket.io`, `last_login`). */
const RE_CODE_LIKE = /\b[A-Z]{2,}\b|\b[a-z]+[A-Z]\w*|\b\w[\dA-Za-z]*(?:_?\.\w+|_\w+(?:\.\w+)?)\b/

export function sectionWords(sentences: string[]): SectionWords {
  const terms = new Set<string>()
  for (const sentence of sentences) {
    const words = sentence.match(RE_CUE_WORD) ?? []
    // The first word of a sentence, or of a quote or a label after a colon, is capitalised anyway.
    words.forEach((word, k) => {
      if (k > 0 && /^\p{Lu}/u.test(word) && !isAfterOpening(sentence, word))
        terms.add(word.toLowerCase())
    })
  }
  return { stems: cueStems(sentences.join(' ')), terms }
}

function isAfterOpening(sentence: string, word: string): boolean {
  return new RegExp(`(?:^|[:"“(—–-]\\s*)${word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(sentence)
}

/** Whether the word, said in a sentence of this section (`around`: that sentence and its neighbours), means what its icon draws. */
export function meansItsIcon(word: string, note: SenseNote | undefined, around: string[], section: SectionWords): boolean {
  if (word.split(' ').some(part => section.terms.has(part)))
    return false
  if (!note)
    return true
  if (note.software && around.some(speaksOfSoftware))
    return false
  if (!note.cues)
    return true
  const own = new Set(word.split(' ').map(cueStem))
  return note.cues.filter(cue => !own.has(cue) && section.stems.has(cue)).length >= (note.narrower ? 2 : 1)
}

/** A sentence about software: it names a software thing, an acronym or a name in code. */
export function speaksOfSoftware(sentence: string): boolean {
  return RE_CODE_LIKE.test(sentence) || [...cueStems(sentence)].some(stem => SOFTWARE_WORDS.has(stem))
}
