// The deck's contract with its readers: the frontmatter keys the generator writes and the presenter view,
// the exports and the tests read back, and the props each component takes. Plain types and constants, no
// runtime imports: the browser side (components/) reads it.
import type { SectionKind } from './lesson-model.ts'

/** How Slidev lays a slide out. */
export type SlideLayout = 'cover' | 'default' | 'center'

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
  [FRONTMATTER.layout]: SlideLayout
  /** Clicks the slide reserves; its components read their step from Slidev's click count. */
  [FRONTMATTER.clicks]: number
  /** The section's title, the same on every slide of the section. */
  [FRONTMATTER.section]: string
  [FRONTMATTER.sectionKind]: SectionKind | 'cover'
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

export type DiagramBand
  /** Lead lines with bullets under them, one cell per column; `label` is the lead's shared label (`Builds`). */
  = | { kind: 'list', label: string, cells: DiagramCell[] }
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
/** A bar of block characters (`████`), `shade` from 0.25 (`░`) to 1 (`█`); or, `dot`, a dot on a line (`──●──`). */
export type DrawnBar = { x: number, y: number, w: number, h: number, shade: number, dot?: true, at: number }
/**
 * `strong`: a heading in capitals. `anchor`: `middle` for text centred in its box, `start` at its column.
 * `room`: the cells it may take before the next word, line or side; wider text is drawn narrower to fit.
 */
export type DrawnLabel = { text: string, x: number, y: number, anchor: 'start' | 'middle', strong: boolean, room: number, at: number }

/** A text drawing of the lesson read as boxes, lines, bars and labels, where the author placed them. */
export type Drawing = { cols: number, rows: number, boxes: DrawnBox[], lines: DrawnLine[], bars: DrawnBar[], labels: DrawnLabel[] }

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
   * `first`: the number of the first point, on a slide that continues the list of the one before (fit/slides.ts).
   */
  KeyPoints: { heading: string, kicker: string, points: string[], shownAtStart?: number, next?: { url: string, title: string }, first?: number }
  TwoColumns: { kicker: string, heading: string, left: PointColumn, right: PointColumn }
  /** `shownAtStart`: cards whose text is on screen before the first click. */
  Cards: { heading: string, cards: Card[], shownAtStart?: number }
  ThinkPause: { heading: string, question: string, answer: string[] }
  OneLiner: { heading: string, line: string }
  /** A drawing too large to draw, as rows of its words in its columns; `listing`: a code listing, a line per row as written. */
  DrawingText: { heading: string, rows: string[][], listing: boolean }
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
