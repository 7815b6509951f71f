// The contract every output format keeps (the registry is formats.ts): it is written from an open
// print session of the deck (session.ts), or from the deck's PDF alone, into one file, checked before
// it replaces the old one.
import type { Deck } from '../lesson/types.ts'
import type { Paper } from './handout-html.ts'
import type { PrintedDeck, PrintSession } from './session.ts'

/** What one writing of a format is given, besides the session. */
export interface WriteJob {
  /** The plan the deck was generated from: given to formats that need it (their notes come from the lesson). */
  planned?: Deck
  /** The file to write. */
  out: string
  /** One page per click step (formats whose clicks are 'optional'). */
  withClicks: boolean
  /** The handout's paper. */
  paper: Paper
  log: (line: string) => void
  /** Called as soon as Chromium's part is done: an export of one deck closes the browser there. */
  printed?: () => void
}

interface FormatTraits {
  /** Its name on a link to the file (the course page). */
  label: string
  /** One line for the usage: what the file is. */
  description: string
  /** The file written for a deck, in exports/ (or beside a lesson's deck in the course). */
  fileName: (slug: string, withClicks: boolean) => string
  /** The print view it is written from: one page per slide ('never'), per click step ('always'), or either, as asked ('optional'). */
  clicks: 'never' | 'always' | 'optional'
  /** Device pixels per CSS pixel of the print view (1 unless pictures go to another program). */
  deviceScaleFactor?: number
  /** Its notes come from the lesson's plan, so the deck must be one generated here. */
  needsPlan: boolean
  /** It shows the notes in Chromium, so their fonts are checked too. */
  showsNotes: boolean
  /** Written for every lesson of the course (npm run build, export --all), from the course's one-page-per-slide view. */
  inCourse: boolean
}

/** Written from the deck's PDF alone: an unchanged deck's kept print view then prints without Playwright (kept-print.ts). */
export interface PdfFormat extends FormatTraits {
  from: 'pdf'
  /** What was written, for the last progress line: `14 pages`. */
  summary: (printed: PrintedDeck) => string
  write: (printed: PrintedDeck, job: WriteJob) => Promise<void>
}

/** Drawn with the print session's browser too: the handout's pages, PowerPoint's pictures. */
export interface SessionFormat extends FormatTraits {
  from: 'session'
  summary: (session: PrintSession) => string
  write: (session: PrintSession, job: WriteJob) => Promise<void>
}

export type OutputFormat = PdfFormat | SessionFormat
