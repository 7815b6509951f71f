// Domain types of the generator: the lesson as parsed, the deck as planned, and the contract the deck
// keeps with its readers (the frontmatter keys, each component's props). Types and plain constants only,
// no imports: the browser side (components/) reads it too.

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

/** Section headings of the lesson format, matched on the heading without its parentheses; the first match wins. */
export const SECTION_HEADINGS = [
  [/^(?:the )?hook\b/i, 'hook'],
  // The Beginner lessons say "The Big Analogy", "A Second Way to Think About It", "Now Let's Connect to Software", "Real Examples".
  [/^the story\b|^the big analogy\b/i, 'story'],
  [/^another way to see it\b|^a second way to think about it\b/i, 'analogy'],
  [/^(?:now let'?s )?connect(?:ing)? to software\b/i, 'software'],
  [/\bdiagram\b/i, 'diagram'],
  [/^real(?:[- ]world)? examples?\b/i, 'examples'],
  [/^let'?s think together\b/i, 'think'],
  [/^what could go wrong\b/i, 'disaster'],
  [/^surprising truth\b|\bfun fact\b/i, 'fact'],
  [/^(?:quick )?recap\b/i, 'recap'],
  [/^one[- ]liner\b/i, 'one-liner'],
  [/^next video\b|^up next\b/i, 'next'],
] as const satisfies readonly (readonly [RegExp, string])[]

/** What a section is, by its heading; `other` when no known heading matches. */
export type SectionKind = typeof SECTION_HEADINGS[number][1] | 'other'

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

// ── The deck's contract with its readers ──────────────────────────────────────────────────────────

/**
 * The frontmatter keys the generator writes (scripts/lesson/render.ts) and the presenter view, the
 * exports and the tests read back. Use these names, never the bare strings.
 */
export const FRONTMATTER = {
  title: 'title',
  layout: 'layout',
  clicks: 'clicks',
  section: 'section',
  sectionKind: 'sectionKind',
  sectionIndex: 'sectionIndex',
  budgetSeconds: 'budgetSeconds',
  needSeconds: 'needSeconds',
  lessonSlug: 'lessonSlug',
  lessonSource: 'lessonSource',
  wordsPerMinute: 'wordsPerMinute',
} as const

/** Every generated slide's frontmatter. */
export interface SlideFrontmatter {
  /** Slidev's title (escaped for Markdown). */
  [FRONTMATTER.title]: string
  [FRONTMATTER.layout]: Slide['layout']
  /** Clicks the slide reserves; its components read their step from Slidev's click count. */
  [FRONTMATTER.clicks]: number
  /** The section's title, the same on every slide of the section. */
  [FRONTMATTER.section]: string
  [FRONTMATTER.sectionKind]: SlideSection['kind']
  /** The section's index in the lesson; -1 for the cover. */
  [FRONTMATTER.sectionIndex]: number
  /** The section's planned seconds; absent on the cover. */
  [FRONTMATTER.budgetSeconds]?: number
  /** Seconds the section's notes need at the rate the deck was planned with (a rehearsed one with --wpm rehearsed); absent on the cover. */
  [FRONTMATTER.needSeconds]?: number
}

/** What the first slide's frontmatter (the deck's headmatter) adds to its own slide fields. */
export interface DeckHeadmatter {
  /** Names the deck's exports and rehearsal logs. */
  [FRONTMATTER.lessonSlug]: string
  /** The lesson's path, relative to the deck file. */
  [FRONTMATTER.lessonSource]: string
  /** The speaking rate the pacing was planned at. */
  [FRONTMATTER.wordsPerMinute]: number
}

// ── Component props: the words each component receives from the lesson ───────────────────────────

/** One side of an analogy, as the slide shows it. */
export type SceneSide = {
  /** `Product team` */
  label: string
  /** What the side is or does in the picture: `Designs the new car model`; may be empty. */
  role: string
  /** The things that belong to it: `seats`, `dashboard`, … */
  items: string[]
}

/** The closing pair of an analogy: one line per side, and the label that introduced it (`In tech`), if any. */
export type Takeaway = { label: string, front: string, back: string }

/** The props every analogy scene takes. */
export type AnalogyProps = {
  heading: string
  kicker?: string
  front: SceneSide
  back: SceneSide
  reaction?: string
  takeaway?: Takeaway
}

/** A list under one column heading of a box diagram: `Builds: User features` and its bullets. */
export type DiagramCell = { lead: string, items: string[] }

export type DiagramBand =
  /** Lead lines with bullets under them, one cell per column; `label` is the lead's shared label (`Builds`). */
  | { kind: 'list', label: string, cells: DiagramCell[] }
  /** One line compared across the columns (`Customer: End user │ Customer: Product engineers`). */
  | { kind: 'row', label: string, cells: string[] }

/** A callout line, `Product: "We need feature X"`, or a bare conclusion (`label` empty). */
export type CalloutLine = { label: string, text: string }

/** The full-width box under the columns, opened by a capitalised heading such as `TENSION:`. */
export type DiagramCallout = { heading: string, lines: CalloutLine[] }

/** An ASCII box diagram as read: its columns, the rows compared across them, and its callout. */
export type BoxDiagram = {
  /** Text above the box (and a title line inside it), e.g. `PLATFORM vs PRODUCT`; may be empty. */
  title: string
  /** One heading per column, left to right. */
  headings: string[]
  bands: DiagramBand[]
  callout?: DiagramCallout
}

/** One phase of a disaster timeline. */
export type TimelinePhase = {
  /** `Then`, `The fix`, `Within 6 months`; for the opening phase, its time span (`For 2 years`) or ''. */
  label: string
  /** One or two short sentences of the phase, as the slide shows them. */
  points: string[]
}

/** A labelled list: a column of TwoColumns. */
export type PointColumn = { title: string, points: string[] }

/** A card of Cards: its bold label and a sentence or two. */
export type Card = { title: string, text: string }

/** A part of a drawn diagram appears at click `at`; coordinates are in cells of the drawing's grid (x across, y down). `container`: a box that holds others. */
export type DrawnBox = { x: number, y: number, w: number, h: number, container?: true, at: number }
export type DrawnLine = { x1: number, y1: number, x2: number, y2: number, heads: ('start' | 'end')[], double?: true, at: number }
/** `strong`: a heading in capitals. `anchor`: `middle` for text centred in its box, `start` at its column. */
export type DrawnLabel = { text: string, x: number, y: number, anchor: 'start' | 'middle', strong: boolean, at: number }

/** A text drawing of the lesson read as boxes, lines and labels, where the author placed them. */
export type Drawing = { cols: number, rows: number, boxes: DrawnBox[], lines: DrawnLine[], labels: DrawnLabel[] }

/** An icon's SVG as the icon set draws it: the inside of the `<svg>` and its viewBox. */
export type IconSvg = { body: string, viewBox: string }

/**
 * How an icon scene arranges its things, after the shape of the analogy: a row of parallel things, a
 * sequence (first, then, next), two sides, before and after (`without … / with …`), one against many.
 */
export type IconShape = 'row' | 'sequence' | 'sides' | 'before-after' | 'one-many'

/** A thing an icon scene shows: its word (the icon's accessible name), its caption, its icon. */
export type IconItem = {
  /** The thing as the narration says it, lower case (`filing cabinets`): the icon's accessible name. */
  word: string
  /** `Drawer 1: A–F` */
  caption: string
  icon: IconSvg
  /** Index of the sentence of the narration that names it: it appears at that sentence's click. */
  mention: number
  /** Which side it stands on in `sides`, `before-after` and `one-many` (0 the first); 0 elsewhere. */
  group: 0 | 1
}

/** `lead`: the section's topic sentence (and one carrying its names), shown under the heading from the start. */
export type IconSceneProps = { heading: string, kicker: string, lead: string[], shape: IconShape, items: IconItem[], groupLabels?: [string, string] }

/** Each component's props, by the component's name. */
export interface ComponentProps {
  LessonCover: { title: string, details: string[] }
  /**
   * `shownAtStart`: points on screen before the first click (the slide reserves one click per other point).
   * `next`: in a course, the Next Video slide's link to the next lesson's deck.
   */
  KeyPoints: { heading: string, kicker: string, points: string[], shownAtStart?: number, next?: { url: string, title: string } }
  TwoColumns: { kicker: string, heading: string, left: PointColumn, right: PointColumn }
  /** `shownAtStart`: cards whose text is on screen before the first click. */
  Cards: { heading: string, cards: Card[], shownAtStart?: number }
  ThinkPause: { heading: string, question: string, answer: string[] }
  OneLiner: { heading: string, line: string }
  AsciiDiagram: { heading: string, text: string }
  SplitDiagram: { heading: string, diagram: BoxDiagram }
  DrawnDiagram: { heading: string, kicker: string, drawing: Drawing }
  Timeline: { heading: string, kicker: string, phases: TimelinePhase[], moral: boolean }
  CarFactory: AnalogyProps
  Restaurant: AnalogyProps
  Theater: AnalogyProps
  TwoSidedScene: AnalogyProps
  IconScene: IconSceneProps
}

export type ComponentName = keyof ComponentProps

/** The component that draws a slide, keyed on its name, with that component's props. */
export type SlideComponent = { [Name in ComponentName]: { name: Name, props: ComponentProps[Name] } }[ComponentName]
