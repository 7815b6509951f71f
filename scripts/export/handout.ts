// The rehearsal handout of an open print session: per slide its picture in its final state, its
// section and time budget, and its notes split at the clicks, on A4 or Letter, checked before it
// replaces the old file. Used by `npm run handout` and the course. Chromium prints the notes around an
// empty frame per slide; the pictures are the pages of the session's deck PDF (the same bytes as the
// deck's own PDF in the course), drawn into the frames as vector pages by handout-pdf.ts.
import type { WriteJob } from './format.ts'
import type { PrintSession } from './session.ts'
import { CliError } from '../errors.ts'
import { escapeHtml } from '../html.ts'
import { handoutHtml, PAPER_SIZES, pictureLink } from './handout-html.ts'
import { publishVerified } from './output.ts'

const MARGIN = { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' }
/** The deck's fonts, served from node_modules/@fontsource under /fonts/. */
const STYLESHEETS = ['/fonts/nunito-sans/400.css', '/fonts/nunito-sans/700.css', '/fonts/fira-code/400.css']

/** The handout of an open print session's deck, its notes from `planned`: checked, then written to `out`. */
export async function writeHandout(session: PrintSession, { planned, paper, out, log, printed }: WriteJob): Promise<void> {
  const { deck, served, browser } = session
  if (!planned)
    throw new CliError('USAGE', `${deck.entry} was not generated from a lesson here, so its notes are unknown; pass --lesson FILE`)
  if (planned.slides.length !== session.pages.length)
    throw new CliError('PRINT', `${deck.entry} prints ${session.pages.length} pages, but its lesson plans ${planned.slides.length} slides`)
  // pdf-lib and the checks load, and the deck prints (once a session), while the notes are laid out.
  const loading = Promise.all([import('./handout-pdf.ts'), import('./verify.ts')])
  const slides = session.deckPdf()
  // Awaited below; a failure of the notes' print must not leave it unhandled meanwhile.
  slides.catch(() => undefined)
  served.put('/handout.html', handoutHtml({ deck: planned, slideSize: deck, paper, stylesheets: STYLESHEETS }))
  const sheet = await browser.newPage()
  let notes: Uint8Array
  try {
    await sheet.goto(`${served.url}/handout.html`, { waitUntil: 'load' })
    await sheet.evaluate(() => document.fonts.ready.then(() => undefined))
    notes = await sheet.pdf({
      format: PAPER_SIZES[paper].playwright,
      margin: MARGIN,
      printBackground: true,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate: footerTemplate(deck.title),
    })
  }
  finally {
    await sheet.close()
  }
  const deckPdf = await slides
  printed?.()
  const [{ placeSlidePages }, { verifyPdf }] = await loading
  const { bytes, problems } = await placeSlidePages(notes, deckPdf, pictureLink)
  if (problems.length > 0)
    throw new CliError('PRINT', `the handout's slide pictures could not be placed: ${problems.join('; ')}`)
  log(`pictures of ${session.pages.length} slides placed from the deck's PDF`)
  await publishVerified(out, bytes, file => verifyPdf(file, { textsInOrder: deck.slides.map(slide => slide.title).filter(Boolean) }))
}

/** Chromium's page footer: its own tiny document, so fonts and sizes are set inline. */
function footerTemplate(title: string): string {
  return `<div style="font: 8px sans-serif; color: #6b7280; width: 100%; padding: 0 14mm; display: flex; justify-content: space-between;">`
    + `<span>${escapeHtml(title)} · rehearsal handout</span><span><span class="pageNumber"></span> / <span class="totalPages"></span></span></div>`
}
