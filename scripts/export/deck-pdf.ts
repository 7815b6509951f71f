// The deck as a PDF from an open print session: printed at the slide size, given the lesson's title
// and an outline of its sections, checked, and only then written to `out`.
import type { WriteJob } from './format.ts'
import type { PrintedDeck } from './session.ts'
import { publishVerified } from './output.ts'
import { outlineOf } from './pages.ts'

/** The PDF format's writer (formats.ts). */
export async function writeDeckPdf(session: PrintedDeck, { out, printed }: Pick<WriteJob, 'out' | 'printed'>): Promise<void> {
  // pdf-lib loads while Chromium prints.
  const loading = Promise.all([import('./document.ts'), import('./verify.ts')])
  const { deck, pages } = session
  const pdf = await session.deckPdf()
  printed?.()
  const [{ finishPdf }, { documentProblems, drawnProblemsOf }] = await loading
  const expect = {
    pages: pages.length,
    // A slide shows its own title, or (for a slide within a section) the section's heading.
    pageTexts: pages.map(p => (p.final ? [...new Set([p.slide.title, p.slide.section ?? ''].filter(Boolean))] : [])),
  }
  // The pages are read back from Chromium's own PDF while pdf-lib adds the title and outline, which
  // leave the pages as they are; the finished file is then checked to be a PDF of those pages.
  const drawn = drawnProblemsOf(pdf, expect)
  drawn.catch(() => undefined)
  const bytes = await finishPdf(pdf, { title: deck.title, subject: deck.info, outline: outlineOf(deck, pages) })
  await publishVerified(out, bytes, async file => [...await documentProblems(file, expect), ...await drawn])
}
