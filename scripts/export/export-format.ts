// One deck in one output format (formats.ts): the deck chosen as the format needs it, printed in the
// view the format is written from, written to exports/<file> or `out`. `npm run export` and
// `npm run handout` come through here.
import type { StartedChromium } from '../chromium-process.ts'
import type { FormatName } from './formats.ts'
import type { Paper } from './handout-html.ts'
import { resolve } from 'node:path'
import { DEFAULT_LESSON, EXPORTS_DIR } from '../deck-location.ts'
import { plain } from '../lesson/text.ts'
import { FORMATS } from './formats.ts'
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
  const session = await openPrintSession({ root, source, withClicks, extraText, deviceScaleFactor: format.deviceScaleFactor, chromium: options.chromium, log })
  try {
    const out = resolve(root, options.out ?? `${EXPORTS_DIR}/${format.fileName(session.deck.slug, withClicks)}`)
    // Once printed, Chromium shuts down while the file is finished and checked (a failure to close is
    // reported by the close in finally).
    const printed = () => void session.close().catch(() => undefined)
    await format.write(session, { planned: source.planned, out, withClicks, paper: options.paper, log, printed })
    return { out, summary: format.summary(session) }
  }
  finally {
    await session.close()
  }
}
