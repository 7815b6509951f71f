// The lesson as parsed: its sections, their blocks of rich text, and where each starts in the file.
// Types only: the browser side (components/) reads them too.

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

export type Block
  = | { kind: 'paragraph', text: Rich, at: Position }
    | { kind: 'list', ordered: boolean, items: Rich[], at: Position }
    | { kind: 'code', lang: string, value: string, at: Position }
    | { kind: 'table', rows: Rich[][], at: Position }
    | { kind: 'quote', paragraphs: Rich[], at: Position }
    | { kind: 'heading', depth: number, text: Rich, at: Position }

/** What a section is, by its heading (parse.ts reads the headings); `other` when no known heading matches. */
export type SectionKind = 'hook' | 'story' | 'analogy' | 'software' | 'diagram' | 'examples' | 'think' | 'disaster' | 'fact' | 'recap' | 'one-liner' | 'next' | 'other'

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
  /** `<!-- pictures: … -->` under the heading: what the author says to draw (directive.ts). */
  pictures?: PicturesDirective
  /** `<!-- slide: text -->` under the heading: the section set as points of text; where that comment is. */
  asText?: SourceLines
}

/** The lines a comment of the lesson spans, 1-based and inclusive, for messages and for rewriting it. */
export interface SourceLines {
  line: number
  endLine: number
}

/** A word the author draws with an icon of their choice: `dish = steaming-bowl`. */
export interface PicturePick {
  /** Lower case, as the narration says it (or its singular): `dish`, `vending machine`. */
  word: string
  /** An icon name of the Fluent Emoji Flat set. */
  icon: string
}

/** The author's word on a section's picture: `<!-- pictures: dish = steaming-bowl; not: client, key -->`, `<!-- pictures: none -->`. */
export interface PicturesDirective extends SourceLines {
  picks: PicturePick[]
  /** Words never drawn in this section (lower case). */
  forbidden: string[]
  /** `none`: the section shows no picture. */
  none: boolean
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
