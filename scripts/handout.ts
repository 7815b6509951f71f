// CLI: npm run handout -- [--lesson FILE] [--paper a4|letter] [--out FILE]
// A rehearsal handout: per slide its picture in its final state, its section and time budget, and
// its notes split at the clicks. The notes come from the lesson's plan, the pictures from the deck
// that plan renders to. Exit codes as for npm run export.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { escapeHtml, handoutHtml, PAPER_SIZES, type Paper } from './export/handout-html.ts'
import { publishVerified } from './export/output.ts'
import { slidePictures } from './export/pictures.ts'
import { openPrintSession, type PrintSession } from './export/session.ts'
import { plannedDeck } from './export/source.ts'
import { verifyPdf } from './export/verify.ts'
import { DEFAULT_LESSON } from './generate.ts'
import { plain } from './lesson/text.ts'
import type { Deck } from './lesson/types.ts'

const USAGE = 'usage: npm run handout -- [--lesson FILE] [--paper a4|letter] [--out FILE]'
const MARGIN = { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' }
/** The deck's fonts, served from node_modules/@fontsource under /fonts/. */
const STYLESHEETS = ['/fonts/nunito-sans/400.css', '/fonts/nunito-sans/700.css', '/fonts/fira-code/400.css']

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('handout', io.err, async () => {
    const { values } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      options: {
        lesson: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        out: { type: 'string' },
      },
    }))
    if (!(values.paper in PAPER_SIZES))
      throw new CliError('USAGE', `--paper expects a4 or letter; got "${values.paper}"\n${USAGE}`)
    const started = performance.now()
    const root = io.cwd
    const paper = values.paper as Paper
    // Without --lesson: the lesson slides.md was generated from, at the rate it was generated with.
    const source = await plannedDeck(root, values.lesson, DEFAULT_LESSON, io.err)
    const planned = source.planned!
    const notesText = planned.slides.flatMap(slide => slide.notes.flat().map(plain)).join('\n')
    const session = await openPrintSession({ root, source, withClicks: false, extraText: notesText, log: io.err })
    try {
      const { deck } = session
      const out = resolve(root, values.out ?? `exports/${deck.slug}-handout.pdf`)
      await writeHandout(session, planned, paper, out, io.err)
      io.err(`handout of ${deck.slides.length} slides in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      io.out(relative(root, out))
    }
    finally {
      await session.close()
    }
    return 0
  })
}

/** The handout of an open print session's deck, its notes from `planned`: checked, then written to `out`. */
export async function writeHandout(session: PrintSession, planned: Deck, paper: Paper, out: string, log: (line: string) => void): Promise<void> {
  const { deck, page, served, browser } = session
  const pictures = (await slidePictures(page, '.print-slide-container')).map((png, i) => {
    served.put(`/handout/slide-${i + 1}.png`, png)
    return `/handout/slide-${i + 1}.png`
  })
  log(`pictures of ${pictures.length} slides taken`)
  served.put('/handout.html', handoutHtml({ deck: planned, pictures, paper, stylesheets: STYLESHEETS }))
  const sheet = await browser.newPage()
  try {
    await sheet.goto(`${served.url}/handout.html`, { waitUntil: 'load' })
    const broken = await sheet.evaluate(async () => {
      await document.fonts.ready
      await Promise.all([...document.images].map(image => image.decode().catch(() => undefined)))
      return [...document.images].filter(image => image.naturalWidth === 0).map(image => image.alt)
    })
    if (broken.length > 0)
      throw new CliError('PRINT', `the handout's pictures did not load: ${broken.join(', ')}`)
    const printed = await sheet.pdf({
      format: PAPER_SIZES[paper].playwright,
      margin: MARGIN,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(deck.title),
    })
    await publishVerified(out, printed, file => verifyPdf(file, { textsInOrder: deck.slides.map(slide => slide.title).filter(Boolean) }))
  }
  finally {
    await sheet.close()
  }
}

/** Chromium's page footer: its own tiny document, so fonts and sizes are set inline. */
function footerTemplate(title: string): string {
  return `<div style="font: 8px sans-serif; color: #6b7280; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
    + `<span>${escapeHtml(title)} · rehearsal handout</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
