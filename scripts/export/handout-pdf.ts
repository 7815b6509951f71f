// Puts the deck's own PDF pages into the printed handout: each slide's page is embedded once, as a
// vector form (its text stays text), and drawn in the frame Chromium laid out for it, which the frame's
// link marks (handout-html.ts). Nothing is drawn again: the handout costs a print of its notes.
import type { PDFPage } from 'pdf-lib'
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

export interface PlacedHandout {
  bytes: Uint8Array
  /** Problems found: a slide without a frame, or with more than one. */
  problems: string[]
}

/** A link annotation's target and rectangle. */
interface Mark { uri: string, x: number, y: number, width: number, height: number }

/** Draws page i of `deckPdf` into the frame linked to `linkOf(i)`, for every page, and removes those links. */
export async function placeSlidePages(handoutPdf: Uint8Array, deckPdf: Uint8Array, linkOf: (i: number) => string): Promise<PlacedHandout> {
  const [handout, deck] = await Promise.all([PDFDocument.load(handoutPdf), PDFDocument.load(deckPdf)])
  const slideOf = new Map(deck.getPages().map((_, i) => [linkOf(i), i]))
  const embedded = await handout.embedPages(deck.getPages())
  const placed = embedded.map(() => 0)
  for (const page of handout.getPages()) {
    for (const mark of takeMarks(page, uri => slideOf.has(uri))) {
      const i = slideOf.get(mark.uri)!
      placed[i]!++
      // The frame has the slide's shape; should rounding differ, the slide is fitted and centred.
      const scale = Math.min(mark.width / embedded[i]!.width, mark.height / embedded[i]!.height)
      const width = embedded[i]!.width * scale
      const height = embedded[i]!.height * scale
      page.drawPage(embedded[i]!, { x: mark.x + (mark.width - width) / 2, y: mark.y + (mark.height - height) / 2, width, height })
    }
  }
  const problems = placed.flatMap((count, i) => (count === 1 ? [] : [`slide ${i + 1} has ${count === 0 ? 'no frame' : `${count} frames`} in the handout`]))
  // The title is Chromium's, from the page's <title>.
  handout.setCreator('lesson-decks (Slidev)')
  return { bytes: await handout.save(), problems }
}

/** The link annotations of `page` whose URI `wanted` accepts, taken off the page. */
function takeMarks(page: PDFPage, wanted: (uri: string) => boolean): Mark[] {
  const annots = page.node.lookupMaybe(PDFName.of('Annots'), PDFArray)
  if (!annots)
    return []
  const marks: Mark[] = []
  for (let k = annots.size() - 1; k >= 0; k--) {
    const ref = annots.get(k)
    const annot = page.doc.context.lookupMaybe(ref, PDFDict)
    const action = annot?.lookupMaybe(PDFName.of('A'), PDFDict)
    const uri = action?.lookupMaybe(PDFName.of('URI'), PDFString, PDFHexString)?.decodeText()
    if (!annot || uri === undefined || !wanted(uri))
      continue
    const rect = annot.lookup(PDFName.of('Rect'), PDFArray).asRectangle()
    marks.unshift({ uri, ...rect })
    annots.remove(k)
    if (ref instanceof PDFRef)
      page.doc.context.delete(ref)
  }
  if (annots.size() === 0)
    page.node.delete(PDFName.of('Annots'))
  return marks
}
