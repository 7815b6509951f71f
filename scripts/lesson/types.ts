// Domain types of the generator: the lesson as parsed, and the deck as planned.

/** A stretch of inline text with the lesson's own emphasis kept. */
export interface Span {
  /** The text, as the reader sees it (no Markdown syntax). */
  text: string
  /** Bold in the lesson (`**x**`). */
  strong?: boolean
  /** Italic in the lesson (`*x*`). */
  emphasis?: boolean
  /** Inline code in the lesson (`` `x` ``). */
  code?: boolean
}

/** A run of inline spans: one paragraph, list item or table cell. */
export type Rich = Span[]

/** Where a thing starts in the lesson file, 1-based, for error messages. */
export interface Position {
  line: number
  column: number
}

export type Block =
  | { kind: 'paragraph', text: Rich, at: Position }
  | { kind: 'list', ordered: boolean, items: Rich[], at: Position }
  | { kind: 'code', lang: string, value: string, at: Position }
  | { kind: 'table', rows: Rich[][], at: Position }
  | { kind: 'quote', paragraphs: Rich[], at: Position }
  | { kind: 'heading', depth: number, text: Rich, at: Position }

export type SectionKind =
  | 'hook' | 'story' | 'analogy' | 'software' | 'diagram' | 'examples' | 'think'
  | 'disaster' | 'fact' | 'recap' | 'one-liner' | 'next' | 'other'

/** A span of seconds; a single figure has min === max. */
export interface SecondsRange {
  min: number
  max: number
}

export interface Section {
  /** What the heading says this section is; `other` when no known heading matches. */
  kind: SectionKind
  /** The heading as written, without its Markdown marks. */
  heading: string
  /** The heading without the time budget, e.g. `The Hook`. */
  title: string
  /** Parenthesised remarks that are not a budget, e.g. `2-3`, `Mini Disaster Story`. */
  remarks: string[]
  /** The time the heading gives this section, when it gives one. */
  budget?: SecondsRange
  blocks: Block[]
  at: Position
}

export interface Lesson {
  /** The lesson file's path as given, for messages. */
  file: string
  /** File-name stem, used for export names. */
  slug: string
  title: string
  /** `Video Length: ~4-5 minutes`, in seconds. */
  videoLength?: SecondsRange
  /** `Level: Staff`. */
  level?: string
  /** Every `Key: value` pair of the line under the title, as written. */
  meta: Record<string, string>
  /** Text between the title and the first section (kept so nothing is lost). */
  preamble: Block[]
  sections: Section[]
}

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
  layout: 'cover' | 'default' | 'center'
  /** The Vue component that draws the slide, and its props (lesson words only come in here). */
  component: { name: string, props: { [key: string]: Json } }
  /** Clicks the slide reserves; its notes have clicks + 1 chunks. */
  clicks: number
  /** notes[k] is what the speaker says while k clicks are shown. */
  notes: NoteChunk[]
}

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
