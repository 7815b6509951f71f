// Reads back what a PDF page draws as form XObjects (embedded pages) and as images: where each form
// lands on the page (its box through the `cm` matrices in force at its `Do`), and its own content,
// decoded, to compare with the page it was embedded from.
import type { PDFDocument, PDFPage } from 'pdf-lib'
import { Buffer } from 'node:buffer'
import { decodePDFRawStream, PDFArray, PDFDict, PDFName, PDFRawStream, PDFRef } from 'pdf-lib'

export interface DrawnForm {
  /** The form's object, the same for every drawing of one embedded page. */
  ref: PDFRef
  /** The box it covers on the page, in points, from the bottom left. */
  x: number
  y: number
  width: number
  height: number
  /** Its BBox: the size of the page it was made from. */
  bbox: { width: number, height: number }
  /** Its content stream, decoded. */
  content: string
}

type Matrix = [number, number, number, number, number, number]
const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0]
const RE_TOKEN = /\/[^\s/[\]()<>]+|-?\d*\.?\d+|[A-Z'"*]+/gi

/** `m` then `n`: the matrix of drawing in m's space what is drawn in n's. */
function times(n: Matrix, m: Matrix): Matrix {
  return [
    n[0] * m[0] + n[1] * m[2],
    n[0] * m[1] + n[1] * m[3],
    n[2] * m[0] + n[3] * m[2],
    n[2] * m[1] + n[3] * m[3],
    n[4] * m[0] + n[5] * m[2] + m[4],
    n[4] * m[1] + n[5] * m[3] + m[5],
  ]
}

/** The stream at `ref` (a document read from bytes holds raw streams only). */
function rawStream(page: PDFPage, ref: unknown): PDFRawStream {
  const stream = page.doc.context.lookup(ref as PDFRef)
  if (!(stream instanceof PDFRawStream))
    throw new TypeError(`${String(ref)} is not a stream`)
  return stream
}

/** The decoded bytes of a stream, as Latin-1 text. */
export function streamText(stream: PDFRawStream): string {
  return Buffer.from(decodePDFRawStream(stream).decode()).toString('latin1')
}

/** The page's content streams, decoded and joined. */
export function pageContent(page: PDFPage): string {
  const contents = page.node.get(PDFName.of('Contents'))
  const refs = contents instanceof PDFArray ? contents.asArray() : [contents]
  return refs.map(ref => streamText(rawStream(page, ref))).join('\n')
}

/** The XObjects the page's content draws, by Subtype: `/Form` and `/Image`. */
function xObjectsOf(page: PDFPage): Map<string, { ref: PDFRef, stream: PDFRawStream, subtype: string }> {
  const found = new Map<string, { ref: PDFRef, stream: PDFRawStream, subtype: string }>()
  const dict = page.node.Resources()?.lookupMaybe(PDFName.of('XObject'), PDFDict)
  for (const key of dict?.keys() ?? []) {
    const ref = dict!.get(key)
    if (!(ref instanceof PDFRef))
      continue
    const stream = rawStream(page, ref)
    found.set(key.asString(), { ref, stream, subtype: stream.dict.get(PDFName.of('Subtype'))?.toString() ?? '' })
  }
  return found
}

/** The forms drawn directly by the page's content, in drawing order. */
export function drawnForms(page: PDFPage): DrawnForm[] {
  const xObjects = xObjectsOf(page)
  const forms: DrawnForm[] = []
  const stack: Matrix[] = []
  let ctm = IDENTITY
  const operands: string[] = []
  for (const token of pageContent(page).match(RE_TOKEN) ?? []) {
    if (token === 'q') {
      stack.push(ctm)
    }
    else if (token === 'Q') {
      ctm = stack.pop() ?? IDENTITY
    }
    else if (token === 'cm') {
      ctm = times(operands.slice(-6).map(Number) as Matrix, ctm)
    }
    else if (token === 'Do') {
      const drawn = xObjects.get(operands.at(-1)!)
      if (drawn?.subtype === '/Form') {
        const [x0, y0, x1, y1] = drawn.stream.dict.lookup(PDFName.of('BBox'), PDFArray).asArray().map(n => Number(n.toString()))
        const bbox = { width: x1! - x0!, height: y1! - y0! }
        // Embedded pages are drawn unrotated: a scale and a translation.
        forms.push({
          ref: drawn.ref,
          x: ctm[4] + x0! * ctm[0],
          y: ctm[5] + y0! * ctm[3],
          width: bbox.width * ctm[0],
          height: bbox.height * ctm[3],
          bbox,
          content: streamText(drawn.stream),
        })
      }
    }
    if (/^[A-Z'"*]+$/i.test(token))
      operands.length = 0
    else
      operands.push(token)
  }
  return forms
}

/** How many image XObjects the document's pages use (screenshots would be images). */
export function imageCount(pdf: PDFDocument): number {
  return pdf.getPages().reduce((sum, page) => sum + [...xObjectsOf(page).values()].filter(x => x.subtype === '/Image').length, 0)
}
