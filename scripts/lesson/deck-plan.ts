// The deck as planned: its slides, each with its component, clicks and notes per click, and the talk's timing.
// Types only: the browser side (components/) reads them too.
import type { SlideComponent, SlideLayout } from './deck-contract.ts'
import type { Lesson, Position, Rich, Section, SectionKind } from './lesson-model.ts'

/** JSON-compatible values, the only things passed to components as props. */
export type Json = string | number | boolean | null | Json[] | { [key: string]: Json }

/** One chunk of speaker notes: paragraphs shown together, for one click step. */
export type NoteChunk = Rich[]

export interface SlideSection {
  /** Index of the section in the lesson (-1 for the cover). */
  index: number
  kind: SectionKind | 'cover'
  title: string
}

export interface Slide {
  section: SlideSection
  /** Slidev's title of the slide (frontmatter `title`), shown in the overview and the PDF outline. */
  title: string
  layout: SlideLayout
  /** The Vue component that draws the slide, and its props (lesson words only come in here). */
  component: SlideComponent
  /** Clicks the slide reserves; its notes have clicks + 1 chunks. */
  clicks: number
  /** notes[k] is what the speaker says while k clicks are shown. */
  notes: NoteChunk[]
}

/** Turns a section into its slides, or undefined when the section doesn't have the shape it needs. */
export type SlideBuilder = (section: Section, ref: SlideSection) => Slide[] | undefined

export interface Timing {
  /** Section index → planned seconds (stated budgets kept, the rest shared by narration length). */
  planSeconds: number[]
  /** Section index → seconds the notes need at the speaking rate. */
  speakSeconds: number[]
  /** The whole talk's plan, in seconds. */
  totalSeconds: number
  wordsPerMinute: number
  /** Section index → the rate its notes were timed at, when sections have rates of their own (rehearsed). */
  sectionWordsPerMinute?: number[]
}

export interface Warning {
  message: string
  at: Position
}

export interface Deck {
  lesson: Lesson
  slides: Slide[]
  timing: Timing
  warnings: Warning[]
}
