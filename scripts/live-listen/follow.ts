// Where the speaker is, live: the words heard in the last few seconds of audio, aligned to the
// sentences around the one being said, move the place forward to the sentence they belong to. Each
// decode sees only a short window, so what was heard before is kept: the content words of each
// sentence matched so far. Pure: sentences and heard words in, the new place out.
import type { HeardWord } from '../listen/pocketsphinx.ts'
import type { ListenSentence } from '../listen/sentences.ts'
import { alignWords } from '../listen/align.ts'
import { isContentWord } from '../listen/words.ts'

/**
 * The sentences each decode listens for: these before the place (the end of the last may still be in
 * the window, and a place that went too far ahead must still hear where the voice is), the place,
 * and these after it.
 */
export const LOOK_BACK = 2
export const LOOK_AHEAD = 3
/** Content words of the next sentence to hear before the place moves to it (fewer when it has fewer), and of a later one, to jump over those between. */
export const WORDS_TO_MOVE = 2
export const WORDS_TO_JUMP = 3
/** A sentence is finished when one of its last two content words and this share of all of them were heard. */
export const FINISHED_SHARE = 0.4

interface ScriptWord {
  word: string
  sentence: number
  content: boolean
}

export interface Script {
  words: ScriptWord[]
  /** Per sentence, the range of its words in `words`, and how many of them are content words. */
  sentences: { from: number, to: number, content: number, lastContent: number[], slide: number, click: number }[]
}

export interface Place {
  /** The sentence being said; -1 until the first is heard. */
  sentence: number
  /** Whether it has been said to its end. */
  finished: boolean
  /** Seconds into the audio when it began. */
  since: number
  /** Indexes (in the script) of the content words heard so far. */
  heard: ReadonlySet<number>
  /** Speech began again here after a pause long enough to end the sentence, none of whose words was heard yet: taken once they are. */
  waiting?: number
}

export const START: Place = { sentence: -1, finished: false, since: 0, heard: new Set() }

/** Seconds a word takes a quick speaker (about 180 words a minute). */
const WORD_SECONDS = 1 / 3
/** A pause after this share of the time a sentence takes ends it, even when its last words were not recognised. */
const DONE_SHARE = 0.75

/** The words to align against, once per lesson. */
export function scriptOf(sentences: readonly ListenSentence[]): Script {
  const words: ScriptWord[] = []
  const ranges = sentences.map((sentence, index) => {
    const from = words.length
    const lastContent: number[] = []
    for (const word of sentence.words) {
      const content = isContentWord(word)
      if (content)
        lastContent.push(words.length)
      words.push({ word, sentence: index, content })
    }
    return { from, to: words.length, content: lastContent.length, lastContent: lastContent.slice(-2), slide: sentence.slide, click: sentence.click }
  })
  return { words, sentences: ranges }
}

/** The sentences the next decode listens for, [from, to). */
export function listeningRange(script: Script, place: Place): [number, number] {
  return [Math.max(0, place.sentence - LOOK_BACK), Math.min(script.sentences.length, Math.max(place.sentence, 0) + 1 + LOOK_AHEAD)]
}

function wordsOf(script: Script, sentence: number): string[] {
  const { from, to } = script.sentences[sentence]!
  return script.words.slice(from, to).map(w => w.word)
}

/** What the next decode listens for: the words of each sentence of the range, in order. */
export function phrasesToListenFor(script: Script, place: Place): string[][] {
  const [from, to] = listeningRange(script, place)
  return script.sentences.slice(from, to).map(range => script.words.slice(range.from, range.to).map(w => w.word))
}

/**
 * The place after hearing `heard` (the words of the latest window, in order). It moves forward to the
 * sentence of the latest content word heard once WORDS_TO_MOVE of that sentence's content words were
 * heard; it never moves back (a speaker going back over a point stays where the notes are).
 */
export function follow(script: Script, heard: readonly HeardWord[], place: Place): Place {
  const [from, to] = listeningRange(script, place)
  if (from >= to || heard.length === 0)
    return place
  const offset = script.sentences[from]!.from
  const window = script.words.slice(offset, script.sentences[to - 1]!.to)
  const matched = new Set(place.heard)
  const now = new Map<number, number>()
  const began = new Map<number, number>()
  // A word the current sentence also has tells nothing about moving on from it (`oven` here and `oven` there).
  const current = new Set(place.sentence < 0 ? [] : wordsOf(script, place.sentence))
  for (const [scriptIndex, heardIndex] of alignWords(window, heard)) {
    const word = window[scriptIndex]!
    if (!word.content)
      continue
    matched.add(offset + scriptIndex)
    if (word.sentence !== place.sentence && current.has(word.word))
      continue
    now.set(word.sentence, (now.get(word.sentence) ?? 0) + 1)
    began.set(word.sentence, Math.min(began.get(word.sentence) ?? Number.POSITIVE_INFINITY, heard[heardIndex]!.start))
  }
  let { sentence, since, waiting } = place
  // A pause the recogniser had not caught up with: words of the sentence heard before it now say it was said.
  if (waiting !== undefined && (began.get(sentence) ?? Number.POSITIVE_INFINITY) < waiting && sentence + 1 < script.sentences.length) {
    sentence++
    since = waiting
    waiting = undefined
  }
  // Once the sentence is said to its end, one word of the next moves on; otherwise (mid-sentence, or
  // a jump over skipped sentences) it takes more: a stray word heard in a pause must not.
  const needed = (index: number) => {
    const words = index > sentence + 1 && sentence >= 0 ? WORDS_TO_JUMP : place.finished ? 1 : WORDS_TO_MOVE
    return Math.min(words, script.sentences[index]!.content)
  }
  // The latest sentence heard well enough: a word repeated further on may have been placed there.
  const ahead = [...now.keys()].filter(index => index > sentence).sort((a, b) => b - a)
  const next = ahead.find(index => now.get(index)! >= needed(index))
  if (next !== undefined) {
    sentence = next
    since = began.get(next)!
    waiting = undefined
  }
  const count = (index: number) => {
    const { from: a, to: b } = script.sentences[index]!
    let n = 0
    for (let i = a; i < b; i++) n += matched.has(i) ? 1 : 0
    return n
  }
  const finished = sentence >= 0 && isFinished(script, sentence, matched, count(sentence))
  return { sentence, since, finished, heard: matched, ...(waiting === undefined ? {} : { waiting }) }
}

function isFinished(script: Script, sentence: number, matched: ReadonlySet<number>, count: number): boolean {
  const { content, lastContent } = script.sentences[sentence]!
  return content === 0 || (lastContent.some(i => matched.has(i)) && count >= FINISHED_SHARE * content)
}

/**
 * Speech began again at `at` seconds, after a pause: after a finished sentence, or one that has gone
 * on for most of the time its words take, that is the next sentence.
 */
export function onset(script: Script, place: Place, at: number): Place {
  if (place.sentence < 0 || place.sentence + 1 >= script.sentences.length)
    return place
  const { from, to } = script.sentences[place.sentence]!
  // Gone on long enough counts only once some of its words were heard: a place ahead of the voice
  // waits there for it, instead of running further ahead at every pause.
  if (!place.finished) {
    if (at - place.since < DONE_SHARE * (to - from) * WORD_SECONDS)
      return place
    // Until its words are heard (the recogniser lags the pauses), the pause is kept, not taken.
    if (!script.words.slice(from, to).some((word, i) => word.content && place.heard.has(from + i)))
      return { ...place, waiting: at }
  }
  return { sentence: place.sentence + 1, finished: false, since: at, heard: place.heard }
}

/**
 * The deck shows `slide` at `click`: a speaker who moved there by hand, ahead of the place, says its
 * first sentence next. The place moves to just before it, as if the sentence before had been said,
 * so the next pause and words start there. Never back.
 */
export function anchor(script: Script, place: Place, slide: number, click: number): Place {
  const first = script.sentences.findIndex(s => s.slide > slide || (s.slide === slide && s.click >= click))
  if (first < 0 || place.sentence >= first - 1)
    return place
  return { sentence: first - 1, finished: true, since: place.since, heard: place.heard }
}
