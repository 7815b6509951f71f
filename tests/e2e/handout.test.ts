// `npm run handout` end to end: the real CLI prints the rehearsal handout, read back with pdf-lib,
// pdftotext and pdftoppm. The notes expected come from the lesson's plan, as the handout's do.
import type { Deck } from '../../scripts/lesson/types.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEFAULT_LESSON } from '../../scripts/deck-location.ts'
import { chunkLabel } from '../../scripts/export/handout-html.ts'
import { lessonOfDeck } from '../../scripts/export/source.ts'
import { MIN_INK, normalizeText, pageInkOf, splitPages } from '../../scripts/export/verify.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { plain } from '../../scripts/lesson/text.ts'
import { drawnForms, imageCount } from '../support/pdf-forms.ts'
import { ROOT } from './support.ts'

const run = promisify(execFile)
/** The Node running this process: the project's own (Node 24), which runs the TypeScript CLIs as they are. */
const NODE = process.execPath
/** PDF points of the two paper sizes. */
const A4 = { width: 595.28, height: 841.89 }
const LETTER = { width: 612, height: 792 }

async function handout(args: string[]): Promise<{ code: number, stdout: string, stderr: string }> {
  try {
    return { code: 0, ...(await run(NODE, ['scripts/handout.ts', ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })) }
  }
  catch (error) {
    const failed = error as { code?: number, stdout: string, stderr: string }
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr }
  }
}

/** Text compared without any white space: a line may break before a dash, which pdftotext turns into a space. */
function squashed(text: string): string {
  return normalizeText(text).replace(/\s+/g, '')
}

/** The document's text without the page footers, whose lines would cut into a paragraph broken across pages. */
async function bodyText(file: string, title: string): Promise<string> {
  const pages = splitPages((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout)
  return normalizeText(pages.map(page => page
    .split('\n')
    .filter(line => !line.includes(`${title} · rehearsal handout`) && !/^\d+ \/ \d+$/.test(line.trim()))
    .join('\n')).join('\n'))
}

let dir: string
let planned: Deck
let a4: { code: number, stdout: string, stderr: string }
const a4Pdf = () => join(dir, 'handout.pdf')

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'handout-e2e-'))
  const own = lessonOfDeck(await readFile(join(ROOT, 'slides.md'), 'utf8'))
  const lesson = own.lesson ?? DEFAULT_LESSON
  planned = generateDeck(await readFile(join(ROOT, lesson), 'utf8'), lesson, lesson, { wordsPerMinute: own.wordsPerMinute }).deck
  a4 = await handout(['--out', a4Pdf()])
})

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run handout', () => {
  it('writes the handout and prints its path', () => {
    expect(a4.code, a4.stderr).toBe(0)
    expect(a4.stdout.trim()).toMatch(/handout\.pdf$/)
  })

  it('is A4 by default, every page of it, and each page has ink', async () => {
    const pdf = await PDFDocument.load(await readFile(a4Pdf()))
    expect(pdf.getPageCount()).toBeGreaterThan(1)
    // Chromium rounds the paper to whole CSS pixels: within a point of the standard.
    for (const page of pdf.getPages()) {
      expect(Math.abs(page.getWidth() - A4.width)).toBeLessThan(1)
      expect(Math.abs(page.getHeight() - A4.height)).toBeLessThan(1.5)
    }
    const ink = await pageInkOf(a4Pdf())
    ink.forEach((share, i) => expect(share, `ink on page ${i + 1}`).toBeGreaterThan(MIN_INK))
  })

  it('has every slide\'s title, in order, and all of its notes, labelled by click', async () => {
    const text = await bodyText(a4Pdf(), planned.lesson.title)
    let from = 0
    planned.slides.forEach((slide, i) => {
      const at = text.indexOf(normalizeText(slide.title), from)
      expect(at, `slide ${i + 1} "${slide.title}" in order`).toBeGreaterThanOrEqual(0)
      from = at
      slide.notes.forEach((chunk, k) => {
        if (chunk.length > 0 && slide.clicks > 0)
          expect(text, `slide ${i + 1} click label ${k}`).toContain(normalizeText(chunkLabel(k, slide.clicks)))
        for (const paragraph of chunk)
          expect(squashed(text), `slide ${i + 1}, notes at click ${k}`).toContain(squashed(plain(paragraph)))
      })
    })
  })

  it('shows each slide as the deck PDF\'s own page, a vector page in its frame beside its header, in order', async () => {
    const pdf = await PDFDocument.load(await readFile(a4Pdf()))
    // No screenshot anywhere: the slides are drawn by their own operators, their text stays text.
    expect(imageCount(pdf)).toBe(0)
    const pageTexts = splitPages((await run('pdftotext', ['-enc', 'UTF-8', a4Pdf(), '-'])).stdout)
    const total = planned.slides.length
    let slide = 0
    const seen = new Set<string>()
    pdf.getPages().forEach((page, p) => {
      // Chromium's own forms, if any, are not of the slide's shape (980 × 552 px: 735 × 414 pt).
      const slides = drawnForms(page).filter(form => Math.abs(form.bbox.width / form.bbox.height - 980 / 552) < 0.01)
      for (const form of slides) {
        slide++
        expect(form.bbox.width, `slide ${slide}: a whole slide page`).toBeCloseTo(735, 0)
        // In the frame beside the notes: 78 mm wide, inside the page's margins.
        expect(form.width).toBeCloseTo(78 / 25.4 * 72, -1)
        expect(form.x).toBeGreaterThan(14 / 25.4 * 72 - 1)
        expect(form.content, `slide ${slide}: a page of its own`).not.toBe('')
        seen.add(form.content)
        expect(pageTexts[p], `slide ${slide}'s header on handout page ${p + 1}`).toContain(`${slide}/${total}`)
      }
      const links = page.node.Annots()?.asArray().map(ref => pdf.context.lookup(ref)?.toString() ?? '') ?? []
      expect(links.filter(link => link.includes('handout.invalid')), `no marking link left on page ${p + 1}`).toEqual([])
    })
    expect(slide).toBe(total)
    expect(seen.size, 'every slide a different page').toBe(total)
    // The slides' own words are in the text layer too: the first slide's title twice (header and slide).
    expect(normalizeText(pageTexts[0]!).split(normalizeText(planned.slides[0]!.title)).length - 1).toBeGreaterThanOrEqual(2)
  })

  it('prints on Letter when asked', async () => {
    const out = join(dir, 'letter.pdf')
    const ran = await handout(['--paper', 'letter', '--out', out])
    expect(ran.code, ran.stderr).toBe(0)
    const pdf = await PDFDocument.load(await readFile(out))
    expect(Math.abs(pdf.getPage(0).getWidth() - LETTER.width)).toBeLessThan(1)
    expect(Math.abs(pdf.getPage(0).getHeight() - LETTER.height)).toBeLessThan(1.5)
  })

  it('refuses a paper size it does not know, with exit 2', async () => {
    const ran = await handout(['--paper', 'a5'])
    expect(ran.code).toBe(2)
    expect(ran.stderr).toMatch(/--paper expects a4 or letter; got "a5"/)
  })
})
