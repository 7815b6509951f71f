// The checks a written PDF must pass: its text per page, and ink on every page.
import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument, rgb, StandardFonts } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { documentProblems, drawnProblemsOf, inkFraction, MIN_INK, normalizeText, pageShows, parsePgm, splitPages, textProblems, verifyPdf } from '../../scripts/export/verify.ts'

describe('normalizeText', () => {
  it('ignores case, line breaks, ligatures and typographic quotes and dashes', () => {
    expect(normalizeText('  Let’s  ﬁnd\nthe “Trade–off”  ')).toBe('let\'s find the "trade-off"')
  })
})

describe('pageShows', () => {
  it('finds a phrase across line breaks and case', () => {
    expect(pageShows('THE\nHook', 'The Hook')).toBe(true)
  })

  it('finds a title word for word when an emoji split its line out of order', () => {
    expect(pageShows('🚀 in <b>practice</b>\n\nStaff\n\nCaching', 'Caching 🚀 in <b>practice</b>')).toBe(true)
  })

  it('misses a title whose words are not all there', () => {
    expect(pageShows('Product team\nPlatform team', 'Product team vs Platform team')).toBe(false)
    expect(pageShows('', 'The Hook')).toBe(false)
  })
})

describe('splitPages', () => {
  it('splits pdftotext output at form feeds, without the empty tail', () => {
    expect(splitPages('one\n\ftwo\n\f')).toEqual(['one\n', 'two\n'])
    expect(splitPages('\f\f')).toEqual(['', ''])
  })
})

describe('textProblems', () => {
  const pages = ['The Hook\nProduct team', 'CONNECTING TO SOFTWARE\nProduct', '']

  it('accepts a page showing any of its expected texts, in any case', () => {
    expect(textProblems(pages, { pageTexts: [['The Hook'], ['Product team vs Platform team', 'Connecting to Software'], []] })).toEqual([])
  })

  it('names the page and the text it lacks', () => {
    expect(textProblems(pages, { pageTexts: [['The Story'], [], ['Next Video']] })).toEqual([
      'page 1 does not show "The Story"',
      'page 3 does not show "Next Video"',
    ])
  })

  it('checks texts in order across pages', () => {
    expect(textProblems(pages, { textsInOrder: ['the hook', 'connecting to software'] })).toEqual([])
    expect(textProblems(pages, { textsInOrder: ['connecting to software', 'the hook'] })).toEqual(['"the hook" is missing after the texts before it'])
  })
})

describe('parsePgm and inkFraction', () => {
  const pgm = (width: number, height: number, pixels: number[]) => new Uint8Array([...Buffer.from(`P5\n# made by a test\n${width} ${height}\n255\n`), ...pixels])

  it('reads the header, comments included, and the pixels after it', () => {
    const image = parsePgm(pgm(2, 2, [0, 255, 128, 7]))
    expect(image).toMatchObject({ width: 2, height: 2 })
    expect([...image.pixels]).toEqual([0, 255, 128, 7])
  })

  it('rejects anything but 8-bit binary PGM', () => {
    expect(() => parsePgm(new Uint8Array(Buffer.from('P6\n1 1\n255\n\0\0\0')))).toThrow(/PGM/)
  })

  it('measures ink against the page\'s own background, light or dark', () => {
    expect(inkFraction(new Uint8Array(1000).fill(255))).toBe(0)
    expect(inkFraction(new Uint8Array(1000).fill(0))).toBe(0)
    const page = new Uint8Array(1000).fill(250)
    page.fill(20, 0, 50)
    expect(inkFraction(page)).toBeCloseTo(0.05)
    // Faint noise is not ink.
    expect(inkFraction(new Uint8Array(1000).map((_, i) => 240 + (i % 10)))).toBe(0)
  })
})

describe('verifyPdf', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'verify-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  async function pdfWith(pages: (string | null)[]): Promise<string> {
    const pdf = await PDFDocument.create()
    const font = await pdf.embedFont(StandardFonts.HelveticaBold)
    for (const text of pages) {
      const page = pdf.addPage([735, 414])
      if (text)
        page.drawText(text, { x: 40, y: 340, size: 40, font, color: rgb(0.1, 0.1, 0.1) })
    }
    const file = join(dir, `${pages.join('-')}.pdf`)
    await writeFile(file, await pdf.save())
    return file
  }

  it('passes a PDF with the expected pages, texts and ink', async () => {
    const file = await pdfWith(['The Hook', 'The Story'])
    expect(await verifyPdf(file, { pages: 2, pageTexts: [['The Hook'], ['The Story']] })).toEqual([])
  })

  it('reports a wrong page count, a missing title and a blank page', async () => {
    const file = await pdfWith(['The Hook', null])
    const problems = await verifyPdf(file, { pages: 3, pageTexts: [['The Story'], ['The Hook']] })
    expect(problems).toEqual([
      'it has 2 pages; expected 3',
      'page 1 does not show "The Story"',
      'page 2 does not show "The Hook"',
      expect.stringMatching(/^page 2 is blank/),
    ])
    expect(MIN_INK).toBeGreaterThan(0)
  })

  it('rejects a file that is not a PDF', async () => {
    const file = join(dir, 'fake.pdf')
    await writeFile(file, '<html>error page</html>')
    expect(await verifyPdf(file, {})).toEqual(['the file does not start with a %PDF- header'])
  })

  it('reads the drawn pages of bytes not yet written, and the document apart from them', async () => {
    const { readFile } = await import('node:fs/promises')
    const bytes = await readFile(await pdfWith(['The Hook', null]))
    expect(await drawnProblemsOf(bytes, { pageTexts: [['The Story'], []] })).toEqual([
      'page 1 does not show "The Story"',
      expect.stringMatching(/^page 2 is blank/),
    ])
    expect(await documentProblems(await pdfWith(['The Hook']), { pages: 2 })).toEqual(['it has 1 pages; expected 2'])
  })

  it('uses poppler, which the set-up installs', async () => {
    await expect(promisify(execFile)('pdftotext', ['-v'])).resolves.toBeDefined()
  })
})
