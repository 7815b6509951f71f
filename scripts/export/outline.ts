// The PDF's document outline (bookmarks), written and read with pdf-lib's low-level objects:
// pdf-lib has no outline API, and a flat list needs only a root and linked items (PDF 1.7, 12.3.3).
import type { PDFDocument } from 'pdf-lib'
import type { OutlineEntry } from './pages.ts'
import { PDFArray, PDFDict, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib'

export function addOutline(pdf: PDFDocument, entries: OutlineEntry[]): void {
  if (entries.length === 0)
    return
  const { context } = pdf
  const pages = pdf.getPages()
  const rootRef = context.nextRef()
  const itemRefs = entries.map(() => context.nextRef())
  entries.forEach((entry, i) => {
    const page = pages[entry.pageIndex]
    if (!page)
      throw new RangeError(`outline entry "${entry.title}" points at page ${entry.pageIndex + 1} of ${pages.length}`)
    const item = context.obj({
      Title: PDFHexString.fromText(entry.title),
      Parent: rootRef,
      Dest: context.obj([page.ref, PDFName.of('Fit')]),
    })
    if (i > 0)
      item.set(PDFName.of('Prev'), itemRefs[i - 1]!)
    if (i < entries.length - 1)
      item.set(PDFName.of('Next'), itemRefs[i + 1]!)
    context.assign(itemRefs[i]!, item)
  })
  context.assign(rootRef, context.obj({
    Type: 'Outlines',
    First: itemRefs[0]!,
    Last: itemRefs.at(-1)!,
    Count: entries.length,
  }))
  pdf.catalog.set(PDFName.of('Outlines'), rootRef)
  // Viewers open with the outline showing.
  pdf.catalog.set(PDFName.of('PageMode'), PDFName.of('UseOutlines'))
}

/** The top level of a PDF's outline, as titles and 0-based page indexes. */
export function readOutline(pdf: PDFDocument): OutlineEntry[] {
  const root = pdf.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict)
  const pageRefs = pdf.getPages().map(page => page.ref)
  const entries: OutlineEntry[] = []
  let ref = root?.get(PDFName.of('First'))
  const seen = new Set<string>()
  while (ref instanceof PDFRef && !seen.has(ref.toString())) {
    seen.add(ref.toString())
    const item = pdf.context.lookup(ref, PDFDict)
    const title = item.lookup(PDFName.of('Title'))
    const dest = item.lookupMaybe(PDFName.of('Dest'), PDFArray)
    const target = dest?.get(0)
    entries.push({
      title: title instanceof PDFHexString || title instanceof PDFString ? title.decodeText() : '',
      pageIndex: target instanceof PDFRef ? pageRefs.findIndex(r => r === target || r.toString() === target.toString()) : -1,
    })
    ref = item.get(PDFName.of('Next'))
  }
  return entries
}
