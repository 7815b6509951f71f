// What a listener listens for: every sentence of the deck's notes in order, split as the captions
// split them, with the slide and click it is said at. A drawing kept in the notes is shown, never
// spoken, so it is not listened for. Pure.
import type { Deck } from '../lesson/types.ts'
import { parseLesson } from '../lesson/parse.ts'
import { planDeck } from '../lesson/plan.ts'
import { sentenceRanges } from '../lesson/text.ts'
import { spokenText } from '../video/steps.ts'
import { spokenWords } from './words.ts'

export interface ListenSentence {
  /** The sentence as the notes write it. */
  text: string
  /** 1-based deck slide. */
  slide: number
  /** Clicks shown while it is said (0 … the slide's clicks). */
  click: number
  /** The lesson section's title (the cover's is the lesson's title). */
  section: string
  /** The section's index in the lesson (-1 for the cover). */
  sectionIndex: number
  /** Its words as said, lower case, numbers as words. */
  words: string[]
}

/** The sentences of a text, trimmed, one paragraph per line. */
export function sentencesOfText(spoken: string): string[] {
  return spoken.split('\n').flatMap(paragraph => sentenceRanges(paragraph).map(([a, b]) => paragraph.slice(a, b).trim())).filter(Boolean)
}

/** Every sentence of the deck's notes, slide by slide and click by click. */
export function listenFor(deck: Deck): ListenSentence[] {
  return deck.slides.flatMap((slide, i) => slide.notes.flatMap((chunk, click) => sentencesOfText(spokenText(chunk)).map(text => ({
    text,
    slide: i + 1,
    click,
    section: slide.section.title,
    sectionIndex: slide.section.index,
    words: spokenWords(text),
  }))))
}

/** The sentences of a lesson script, as the deck it generates has them. */
export function listenForLesson(markdown: string, file: string): ListenSentence[] {
  return listenFor(planDeck(parseLesson(markdown, file)))
}
