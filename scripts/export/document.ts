// Turns Chromium's printed bytes into the PDF we hand out: the lesson's title and subject, and an
// outline to jump between sections.
import type { OutlineEntry } from './pages.ts'
import { PDFDocument } from 'pdf-lib'
import { addOutline } from './outline.ts'

export interface PdfDetails {
  title: string
  subject: string
  outline: OutlineEntry[]
}

export async function finishPdf(printed: Uint8Array, details: PdfDetails): Promise<Uint8Array> {
  const pdf = await PDFDocument.load(printed)
  pdf.setTitle(details.title, { showInWindowTitleBar: true })
  if (details.subject)
    pdf.setSubject(details.subject)
  pdf.setCreator('lesson-decks (Slidev)')
  addOutline(pdf, details.outline)
  return pdf.save()
}
