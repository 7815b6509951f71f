// The rehearsal handout of an open print session: per slide its picture in its final state, its
// section and time budget, and its notes split at the clicks, printed by Chromium on A4 or Letter and
// checked before it replaces the old file. Used by `npm run handout` and the course.
import { CliError } from '../errors.ts'
import type { WriteJob } from './format.ts'
import { escapeHtml } from '../html.ts'
import { handoutHtml, PAPER_SIZES } from './handout-html.ts'
import { publishVerified } from './output.ts'
import { slidePictures } from './pictures.ts'
import type { PrintSession } from './session.ts'
import { verifyPdf } from './verify.ts'

const MARGIN = { top: '14mm', bottom: '16mm', left: '14mm', right: '14mm' }
/** The deck's fonts, served from node_modules/@fontsource under /fonts/. */
const STYLESHEETS = ['/fonts/nunito-sans/400.css', '/fonts/nunito-sans/700.css', '/fonts/fira-code/400.css']

/** The handout of an open print session's deck, its notes from `planned`: checked, then written to `out`. */
export async function writeHandout(session: PrintSession, { planned, paper, out, log }: WriteJob): Promise<void> {
  const { deck, page, served, browser } = session
  if (!planned)
    throw new CliError('USAGE', `${deck.entry} was not generated from a lesson here, so its notes are unknown; pass --lesson FILE`)
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
