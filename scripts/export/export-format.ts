// One deck in one output format (formats.ts): the deck chosen as the format needs it, printed in the
// view the format is written from, written to exports/<file> or `out`. `npm run export` and
// `npm run handout` come through here.
import type { StartedChromium } from '../chromium-process.ts'
import type { WriteJob } from './format.ts'
import type { FormatName } from './formats.ts'
import type { Paper } from './handout-html.ts'
import type { PrintedDeck } from './session.ts'
import { resolve } from 'node:path'
import { DEFAULT_LESSON, EXPORTS_DIR } from '../deck-location.ts'
import { plain } from '../lesson/text.ts'
import { FORMATS } from './formats.ts'
import { printKeptView } from './kept-print.ts'
import { openPrintSession } from './session.ts'
import { lessonDeck, plannedDeck, projectDeck } from './source.ts'

export interface FormatExport {
  root: string
  format: FormatName
  /** The lesson whose deck to export; without: slides.md (with its lesson's plan, for formats that need one). */
  lesson?: string
  out?: string
  withClicks: boolean
  paper: Paper
  /** A Chromium started before the export's code was loaded (see openPrintSession). */
  chromium?: StartedChromium
  log: (line: string) => void
}

/** Writes the file; returns its path and what was written (`14 pages`). */
export async function exportFormat(options: FormatExport): Promise<{ out: string, summary: string }> {
  const { root, lesson, log } = options
  const format = FORMATS[options.format]
  const source = format.needsPlan
    ? await plannedDeck(root, lesson, DEFAULT_LESSON, log)
    : lesson ? await lessonDeck(root, lesson) : await projectDeck(root)
  const withClicks = format.clicks === 'always' || (format.clicks === 'optional' && options.withClicks)
  const extraText = format.showsNotes ? source.planned?.slides.flatMap(slide => slide.notes.flat().map(plain)).join('\n') : undefined
  const outOf = (slug: string) => resolve(root, options.out ?? `${EXPORTS_DIR}/${format.fileName(slug, withClicks)}`)
  const sessionOptions = { root, source, withClicks, extraText, deviceScaleFactor: format.deviceScaleFactor, chromium: options.chromium, log }
  const job = { planned: source.planned, withClicks, paper: options.paper, log }
  // A format written from the PDF alone prints an unchanged deck from its kept view, without Playwright.
  if (format.from === 'pdf')
    return writeFrom(await printKeptView(sessionOptions) ?? await openPrintSession(sessionOptions), format, job, outOf)
  return writeFrom(await openPrintSession(sessionOptions), format, job, outOf)
}

/** Writes `format` from an open print (closed here whatever happens) to the file `outOf` names for the deck. */
async function writeFrom<Printed extends PrintedDeck>(
  session: Printed,
  format: { write: (session: Printed, job: WriteJob) => Promise<void>, summary: (session: Printed) => string },
  job: Omit<WriteJob, 'out' | 'printed'>,
  outOf: (slug: string) => string,
): Promise<{ out: string, summary: string }> {
  try {
    const out = outOf(session.deck.slug)
    // Once printed, Chromium shuts down while the file is finished and checked (a failure to close is
    // reported by the close in finally).
    const printed = () => void session.close().catch(() => undefined)
    await format.write(session, { ...job, out, printed })
    return { out, summary: format.summary(session) }
  }
  finally {
    await session.close()
  }
}
