// The outline written with pdf-lib's low-level objects reads back the same, and viewers see it.
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { describe, expect, it } from 'vitest'
import { finishPdf } from '../../scripts/export/document.ts'
import { addOutline, readOutline } from '../../scripts/export/outline.ts'

async function blankPdf(pages: number): Promise<PDFDocument> {
  const pdf = await PDFDocument.create()
  for (let i = 0; i < pages; i++) pdf.addPage([200, 100])
  return pdf
}

describe('addOutline', () => {
  it('round-trips titles (Unicode included) and target pages', async () => {
    const pdf = await blankPdf(5)
    const entries = [{ title: 'The Hook', pageIndex: 0 }, { title: 'Café «Qualité» 🚀', pageIndex: 2 }, { title: 'Recap', pageIndex: 4 }]
    addOutline(pdf, entries)
    const reread = await PDFDocument.load(await pdf.save())
    expect(readOutline(reread)).toEqual(entries)
  })

  it('writes nothing for no entries, and refuses an entry past the last page', async () => {
    const pdf = await blankPdf(1)
    addOutline(pdf, [])
    expect(readOutline(pdf)).toEqual([])
    expect(() => addOutline(pdf, [{ title: 'x', pageIndex: 3 }])).toThrow(/page 4 of 1/)
  })
})

describe('finishPdf', () => {
  it('sets the title and subject that pdfinfo shows', async () => {
    const bytes = await finishPdf(await (await blankPdf(2)).save(), { title: 'Platform vs Product', subject: 'Level: Staff', outline: [{ title: 'A', pageIndex: 1 }] })
    const pdf = await PDFDocument.load(bytes)
    expect(pdf.getTitle()).toBe('Platform vs Product')
    expect(readOutline(pdf)).toEqual([{ title: 'A', pageIndex: 1 }])
    const dir = await mkdtemp(join(tmpdir(), 'outline-'))
    try {
      await writeFile(join(dir, 'deck.pdf'), bytes)
      const { stdout } = await promisify(execFile)('pdfinfo', [join(dir, 'deck.pdf')])
      expect(stdout).toMatch(/Title:\s+Platform vs Product/)
      expect(stdout).toMatch(/Subject:\s+Level: Staff/)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
