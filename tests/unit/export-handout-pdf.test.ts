// The handout's pictures are the deck PDF's own pages, embedded once and drawn in the frames the
// printed notes mark with links; the marking links are gone, any other link stays.
import { PDFArray, PDFDocument, PDFName, PDFString, StandardFonts } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { pictureLink } from '../../scripts/export/handout-html.ts'
import { placeSlidePages } from '../../scripts/export/handout-pdf.ts'
import { drawnForms, imageCount, pageContent } from '../support/pdf-forms.ts'

const SLIDE = { width: 735, height: 414 }

/** A deck of `count` slide-sized pages, each showing its number. */
async function deckPdf(count: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  const font = await pdf.embedFont(StandardFonts.Helvetica)
  for (let i = 0; i < count; i++)
    pdf.addPage([SLIDE.width, SLIDE.height]).drawText(`Slide ${i + 1}`, { x: 40, y: 300, size: 40, font })
  return pdf.save()
}

/** An A4 page per entry, each with link annotations at the given rectangles. */
async function notesPdf(pages: { uri: string, rect: [number, number, number, number] }[][]): Promise<Uint8Array> {
  const pdf = await PDFDocument.create()
  for (const links of pages) {
    const page = pdf.addPage([595, 842])
    page.drawText('notes', { x: 300, y: 700, size: 12 })
    const annots = links.map(({ uri, rect }) => pdf.context.register(pdf.context.obj({
      Type: 'Annot',
      Subtype: 'Link',
      Rect: rect,
      A: { S: 'URI', URI: PDFString.of(uri) },
    })))
    if (annots.length > 0)
      page.node.set(PDFName.of('Annots'), pdf.context.obj(annots))
  }
  return pdf.save()
}

/** A frame 220 pt wide, of the slide's shape, its bottom left at (x, y). */
const frame = (x: number, y: number): [number, number, number, number] => [x, y, x + 220, y + 220 * SLIDE.height / SLIDE.width]

describe('placeSlidePages', () => {
  it('draws each deck page, as an embedded vector page, in its own frame on its own page, in order', async () => {
    const deck = await deckPdf(3)
    const notes = await notesPdf([
      [{ uri: pictureLink(0), rect: frame(40, 600) }, { uri: pictureLink(1), rect: frame(40, 300) }],
      [{ uri: 'https://example.com/', rect: [10, 10, 50, 20] }, { uri: pictureLink(2), rect: frame(40, 650) }],
    ])
    const { bytes, problems } = await placeSlidePages(notes, deck, pictureLink)
    expect(problems).toEqual([])
    const handout = await PDFDocument.load(bytes)
    const slides = (await PDFDocument.load(deck)).getPages()
    expect(handout.getPageCount()).toBe(2)
    expect(imageCount(handout)).toBe(0)
    const placed = handout.getPages().map(drawnForms)
    expect(placed.map(forms => forms.length)).toEqual([2, 1])
    const expected = [[frame(40, 600), frame(40, 300)], [frame(40, 650)]]
    placed.flat().forEach((form, i) => {
      const [x0, y0, x1, y1] = expected.flat()[i]!
      expect(form.bbox).toEqual(SLIDE)
      expect(form.x).toBeCloseTo(x0)
      expect(form.y).toBeCloseTo(y0)
      expect(form.width).toBeCloseTo(x1 - x0)
      expect(form.height).toBeCloseTo(y1 - y0)
      // The very drawing of deck page i (in a q … Q of its own): the same operators, not a picture of it.
      expect(form.content, `slide ${i + 1}`).toContain(pageContent(slides[i]!).trim())
    })
    // The notes are still there, under the pictures.
    expect(pageContent(handout.getPage(0))).toContain('BT')
  })

  it('takes the marking links off the pages and keeps every other link', async () => {
    const notes = await notesPdf([[{ uri: pictureLink(0), rect: frame(40, 600) }, { uri: 'https://example.com/', rect: [10, 10, 50, 20] }]])
    const { bytes } = await placeSlidePages(notes, await deckPdf(1), pictureLink)
    const page = (await PDFDocument.load(bytes)).getPage(0)
    const annots = page.node.lookup(PDFName.of('Annots'), PDFArray)
    expect(annots.size()).toBe(1)
    expect(page.doc.context.lookup(annots.get(0))!.toString()).toContain('https://example.com/')
  })

  it('reports a slide without a frame and one with two', async () => {
    const notes = await notesPdf([[{ uri: pictureLink(0), rect: frame(40, 600) }, { uri: pictureLink(0), rect: frame(40, 300) }]])
    const { problems } = await placeSlidePages(notes, await deckPdf(2), pictureLink)
    expect(problems).toEqual(['slide 1 has 2 frames in the handout', 'slide 2 has no frame in the handout'])
  })
})
