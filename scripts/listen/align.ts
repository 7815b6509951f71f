// Where the speaker is in the notes: the words heard, with their times, aligned to the notes' words
// (a weighted sequence alignment, so the order of the notes holds), then each sentence judged said
// or skipped by how many of its content words were heard in place. Pure.
import type { HeardWord } from './pocketsphinx.ts'
import type { ListenSentence } from './sentences.ts'
import type { VoicedSpan } from './voice.ts'
import { isContentWord } from './words.ts'

export interface HeardSentence {
  text: string
  slide: number
  click: number
  section: string
  sectionIndex: number
  said: boolean
  /** Seconds from the start of the recording; null when not said. */
  start: number | null
  end: number | null
}

export interface Heard {
  sentences: HeardSentence[]
  /** Words of the sentences said over the time from the first said to the last; null when none was. */
  wordsPerMinute: number | null
  /** The share of the words heard that fell in place in the notes: low when the recording is of something else. */
  placedShare: number
}

export interface AlignOptions {
  /** The words the recogniser could hear at all; the others are never counted against a sentence. */
  hearable?: (word: string) => boolean
  /** Where the recording has a voice (voice.ts): a voice of its own between two sentences said is the sentence between. */
  voiced?: readonly VoicedSpan[]
}

/** A content word heard in its place counts for a sentence; a function word only helps place it. */
const CONTENT_MATCH = 3
const FUNCTION_MATCH = 1
/** What leaving out a word of the notes or of the recording costs the alignment. */
const GAP = 1
/** The share of a sentence's content words that must be heard in place for it to count as said. */
export const SAID_SHARE = 0.4
/** The share of a sentence's words heard unplaced between its neighbours that counts it said. */
const GAP_SHARE = 0.5
/** The time a word takes when the recording does not say (about 165 words a minute). */
const WORD_SECONDS = 0.36
/** A voice heard between two sentences said starts this long after the first ends and ends this long before the next starts. */
const APART_SECONDS = 0.05
/** And lasts at least this share of the time its sentence's words take, and at least MIN_VOICE_SECONDS. */
const VOICE_SHARE_OF_WORDS = 0.3
const MIN_VOICE_SECONDS = 0.2

interface ScriptWord {
  word: string
  /** Its sentence, and its place among the sentence's words. */
  sentence: number
  position: number
  content: boolean
}

/** Index pairs (script word, heard word) of the best alignment, in order. */
export function alignWords(script: readonly { word: string, content: boolean }[], heard: readonly { word: string }[]): [number, number][] {
  const n = script.length
  const m = heard.length
  const width = m + 1
  const score = new Float64Array((n + 1) * width)
  // 0 match, 1 skip a script word, 2 skip a heard word.
  const move = new Uint8Array((n + 1) * width)
  for (let i = 1; i <= n; i++) {
    score[i * width] = -GAP * i
    move[i * width] = 1
  }
  for (let j = 1; j <= m; j++) {
    score[j] = -GAP * j
    move[j] = 2
  }
  for (let i = 1; i <= n; i++) {
    const s = script[i - 1]!
    const gain = s.content ? CONTENT_MATCH : FUNCTION_MATCH
    for (let j = 1; j <= m; j++) {
      let best = score[(i - 1) * width + j]! - GAP
      let how = 1
      const skipHeard = score[i * width + j - 1]! - GAP
      if (skipHeard > best) {
        best = skipHeard
        how = 2
      }
      if (s.word === heard[j - 1]!.word) {
        const match = score[(i - 1) * width + j - 1]! + gain
        if (match >= best) {
          best = match
          how = 0
        }
      }
      score[i * width + j] = best
      move[i * width + j] = how
    }
  }
  const pairs: [number, number][] = []
  for (let i = n, j = m; i > 0 || j > 0;) {
    const how = move[i * width + j]
    if (how === 0)
      pairs.push([--i, --j])
    else if (how === 1)
      i--
    else
      j--
  }
  return pairs.reverse()
}

/** Each sentence said or skipped, with when it was said, and the pace. */
export function alignHeard(sentences: readonly ListenSentence[], heard: readonly HeardWord[], options: AlignOptions = {}): Heard {
  const hearable = options.hearable ?? (() => true)
  const script: ScriptWord[] = sentences.flatMap((sentence, index) => sentence.words
    .map((word, position) => ({ word, sentence: index, position, content: isContentWord(word) }))
    .filter(word => hearable(word.word)))
  const hits = sentences.map(() => [] as { word: ScriptWord, heardIndex: number }[])
  const placed = heard.map(() => false)
  for (const [scriptIndex, heardIndex] of alignWords(script, heard)) {
    const word = script[scriptIndex]!
    hits[word.sentence]!.push({ word, heardIndex })
    placed[heardIndex] = true
  }
  const said = sentences.map((_, index) => isSaid(script.filter(word => word.sentence === index), hits[index]!.map(hit => hit.word)))
  // A sentence with no word the recogniser knows (`Timeouts.`), between two said, was said when about as
  // many words as it has were heard between them and placed nowhere: a speaker who skips it is silent there.
  // (Sentences it can hear are left to the alignment: misheard ends of their neighbours would count.)
  const lastHeard = (index: number) => hits[index]!.at(-1)?.heardIndex
  sentences.forEach((sentence, index) => {
    if (script.some(word => word.sentence === index) || index === 0 || index === sentences.length - 1 || !said[index - 1] || !said[index + 1])
      return
    const from = lastHeard(index - 1)
    const to = hits[index + 1]![0]?.heardIndex
    const between = from === undefined || to === undefined ? [] : heard.map((_, j) => j).filter(j => j > from && j < to && !placed[j])
    if (between.length >= Math.max(1, GAP_SHARE * sentence.words.length)) {
      said[index] = true
      // Its time is that of the words heard there.
      hits[index] = between.map(heardIndex => ({ word: { word: heard[heardIndex]!.word, sentence: index, position: 0, content: false }, heardIndex }))
    }
  })
  const voiced = voicedBetween(sentences, said, hits, heard, options.voiced ?? [])
  let previousEnd = 0
  let previousHeard = -1
  const timed: HeardSentence[] = sentences.map((sentence, index) => {
    const { text, slide, click, section, sectionIndex } = sentence
    const mine = hits[index]!
    const voice = voiced.get(index)
    if (voice) {
      previousEnd = voice.end
      return { text, slide, click, section, sectionIndex, said: true, start: voice.start, end: voice.end }
    }
    if (!said[index])
      return { text, slide, click, section, sectionIndex, said: false, start: null, end: null }
    // Said, but none of its words placed: it fills the unplaced words after the sentence before.
    const firstIndex = mine[0]?.heardIndex ?? placed.indexOf(false, previousHeard + 1)
    const lastIndex = mine.at(-1)?.heardIndex ?? firstIndex
    const firstHeard = heard[firstIndex]!
    // The words of the sentence before its first word placed were said too: its start moves back over the
    // unplaced words heard in their time, never into the sentence before.
    const before = mine[0]?.word.position ?? 0
    const earliest = Math.max(previousEnd, firstHeard.start - before * WORD_SECONDS)
    let start = firstHeard.start
    for (let j = firstIndex - 1; j > previousHeard && !placed[j] && heard[j]!.start >= earliest; j--)
      start = heard[j]!.start
    if (before > 0 && start === firstHeard.start)
      start = Math.max(earliest, start - before * WORD_SECONDS / 2)
    const end = heard[lastIndex]!.end
    previousEnd = end
    previousHeard = lastIndex
    return { text, slide, click, section, sectionIndex, said: true, start, end }
  })
  const placedShare = heard.length === 0 ? 0 : placed.filter(Boolean).length / heard.length
  return { sentences: timed, wordsPerMinute: paceOf(timed, sentences), placedShare }
}

/**
 * The sentences not heard, between two said, whose place in the recording holds a voice of its own: one
 * that starts after the sentence before ends and ends before the next starts, with quiet on both sides,
 * as long as its words take. A speaker who skips a sentence is silent there (or goes straight on).
 */
function voicedBetween(
  sentences: readonly ListenSentence[],
  said: boolean[],
  hits: { heardIndex: number }[][],
  heard: readonly HeardWord[],
  voiced: readonly VoicedSpan[],
): Map<number, VoicedSpan> {
  const found = new Map<number, VoicedSpan>()
  sentences.forEach((sentence, index) => {
    const before = hits[index - 1]?.at(-1)
    const after = hits[index + 1]?.[0]
    if (said[index] || !said[index - 1] || !said[index + 1] || !before || !after)
      return
    const from = heard[before.heardIndex]!.end + APART_SECONDS
    const to = heard[after.heardIndex]!.start - APART_SECONDS
    const inside = voiced.filter(span => span.start >= from && span.end <= to)
    const length = inside.reduce((sum, span) => sum + span.end - span.start, 0)
    if (inside.length > 0 && length >= Math.max(MIN_VOICE_SECONDS, VOICE_SHARE_OF_WORDS * sentence.words.length * WORD_SECONDS))
      found.set(index, { start: inside[0]!.start, end: inside.at(-1)!.end })
  })
  return found
}

function isSaid(words: ScriptWord[], hits: ScriptWord[]): boolean {
  const content = words.filter(word => word.content)
  if (content.length > 0)
    return hits.filter(word => word.content).length >= Math.max(1, SAID_SHARE * content.length)
  return words.length > 0 && hits.length >= Math.max(1, SAID_SHARE * words.length)
}

/** Words a minute over the sentences given (all by default), from the first said to the last said. */
export function paceOf(timed: readonly HeardSentence[], sentences: readonly ListenSentence[], which: (index: number) => boolean = () => true): number | null {
  let words = 0
  let from = Number.POSITIVE_INFINITY
  let to = Number.NEGATIVE_INFINITY
  timed.forEach((sentence, i) => {
    if (!which(i) || !sentence.said)
      return
    words += sentences[i]!.words.length
    from = Math.min(from, sentence.start!)
    to = Math.max(to, sentence.end!)
  })
  return words > 0 && to > from ? Math.round(words * 60 / (to - from)) : null
}
