// "Nothing of the lesson is lost": every sentence of the parsed lesson must be somewhere in the deck
// as Slidev and Vue will show it (a slide's props or its rendered notes).
import { paragraphsOf, plain, sentencesOf } from '../../scripts/lesson/text.ts'
import type { Deck, Lesson, Rich } from '../../scripts/lesson/types.ts'
import type { ReadSlide } from './deck-reader.ts'

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** Every sentence a reader of the script would hear or see. */
export function lessonSentences(lesson: Lesson): string[] {
  const paragraphs: Rich[] = [
    [{ text: lesson.title }],
    ...Object.entries(lesson.meta).map(([key, value]): Rich => [{ text: `${key}: ${value}` }]),
    ...paragraphsOf(lesson.preamble),
    ...lesson.sections.flatMap(section => [[{ text: section.title }], ...paragraphsOf(section.blocks)]),
  ]
  return paragraphs.flatMap(p => (p.every(span => span.code) ? [plain(p)] : sentencesOf(p).map(plain))).map(squash).filter(Boolean)
}

/** The sentences of the lesson that appear nowhere in the deck as read back. */
export function missingSentences(lesson: Lesson, read: ReadSlide[]): string[] {
  const everything = squash(read.flatMap(slide => [...slide.shownText, ...slide.noteChunks]).join(' '))
  return lessonSentences(lesson).filter(sentence => !everything.includes(sentence))
}

/** The planned notes of each slide as text, one string per click, trailing empty clicks dropped. */
export function plannedNoteChunks(deck: Deck): string[][] {
  return deck.slides.map((slide) => {
    const chunks = slide.notes.map(chunk => squash(chunk.map(plain).join(' ')))
    while (chunks.length > 1 && chunks.at(-1) === '')
      chunks.pop()
    return chunks
  })
}
