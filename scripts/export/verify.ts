// Checks a written PDF before anyone sees it: a PDF header, the pages expected, the titles on
// them (read back with pdftotext) and ink on every page (rendered small with pdftoppm).
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'

const run = promisify(execFile)

/** Resolution of the ink check: enough to see a heading, cheap for dozens of pages. */
const INK_DPI = 20
/** A page with less than this share of pixels off its background counts as blank. */
export const MIN_INK = 0.002
/** How far (0-255 gray levels) a pixel must be from the background to count as ink. */
const INK_CONTRAST = 40

export interface PdfExpectations {
  /** Exact page count, when known. */
  pages?: number
  /** Per page, texts of which at least one must be on it ([] = no text expected). */
  pageTexts?: string[][]
  /** Texts that must all appear, in this order, anywhere in the document. */
  textsInOrder?: string[]
}

const RE_SPACE = /\s+/g
const RE_SINGLE_QUOTES = /[\u2018\u2019\u201A\u2032]/g
const RE_DOUBLE_QUOTES = /[\u201C\u201D\u201E\u2033]/g
const RE_DASHES = /[\u2010-\u2015\u2212]/g
const RE_SOFT_HYPHEN = /\u00AD/g

/** Text as compared: case, ligatures, typographic quotes, dashes and line breaks don't matter. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(RE_SOFT_HYPHEN, '')
    .replace(RE_SINGLE_QUOTES, '\'')
    .replace(RE_DOUBLE_QUOTES, '"')
    .replace(RE_DASHES, '-')
    .replace(RE_SPACE, ' ')
    .trim()
    .toLowerCase()
}

/** pdftotext ends every page with a form feed. */
export function splitPages(text: string): string[] {
  const pages = text.split('\f')
  return pages.at(-1)?.trim() === '' ? pages.slice(0, -1) : pages
}

const RE_NOT_WORD = /[^\p{L}\p{N}]+/u

/**
 * Whether a page's text shows `text`: as a phrase, or else word for word. pdftotext breaks a line
 * where a glyph comes from another font (a colour emoji), and may then list its parts out of order.
 */
export function pageShows(pageText: string, text: string): boolean {
  const page = normalizeText(pageText)
  const wanted = normalizeText(text)
  if (page.includes(wanted))
    return true
  const pageWords = new Set(page.split(RE_NOT_WORD))
  const words = wanted.split(RE_NOT_WORD).filter(Boolean)
  return words.length > 0 && words.every(word => pageWords.has(word))
}

/** Problems with the texts of the pages; empty when every expectation holds. */
export function textProblems(pageTexts: string[], expect: PdfExpectations): string[] {
  const problems: string[] = []
  const normalized = pageTexts.map(normalizeText)
  expect.pageTexts?.forEach((wanted, i) => {
    if (wanted.length > 0 && normalized[i] !== undefined && !wanted.some(text => pageShows(normalized[i]!, text)))
      problems.push(`page ${i + 1} does not show "${wanted[0]}"${wanted.length > 1 ? ` (nor ${wanted.slice(1).map(t => `"${t}"`).join(', ')})` : ''}`)
  })
  if (expect.textsInOrder) {
    const all = normalized.join(' ')
    let from = 0
    for (const text of expect.textsInOrder) {
      const at = all.indexOf(normalizeText(text), from)
      if (at < 0) {
        problems.push(`"${text}" is missing${from > 0 ? ' after the texts before it' : ''}`)
        continue
      }
      from = at + 1
    }
  }
  return problems
}

/** A binary PGM (P5) image, as pdftoppm -gray writes it. */
export function parsePgm(bytes: Uint8Array): { width: number, height: number, pixels: Uint8Array } {
  const tokens: string[] = []
  let i = 0
  while (tokens.length < 4 && i < bytes.length) {
    if (bytes[i] === 0x23) { // '#': a comment, to the end of the line
      while (i < bytes.length && bytes[i] !== 0x0A) i++
    }
    else if (bytes[i]! <= 0x20) {
      i++
    }
    else {
      let token = ''
      while (i < bytes.length && bytes[i]! > 0x20) token += String.fromCharCode(bytes[i++]!)
      tokens.push(token)
    }
  }
  const [magic, width, height, max] = [tokens[0], Number(tokens[1]), Number(tokens[2]), Number(tokens[3])]
  if (magic !== 'P5' || !(width > 0) || !(height > 0) || max !== 255)
    throw new Error(`not an 8-bit binary PGM image (header ${tokens.join(' ')})`)
  // One whitespace byte ends the header.
  return { width, height, pixels: bytes.subarray(i + 1, i + 1 + width * height) }
}

/** Share of pixels that differ clearly from the page's most common gray (its background). */
export function inkFraction(pixels: Uint8Array): number {
  if (pixels.length === 0)
    return 0
  const histogram = new Uint32Array(256)
  for (const value of pixels) histogram[value]!++
  const background = histogram.indexOf(Math.max(...histogram))
  let ink = 0
  for (let value = 0; value < 256; value++) {
    if (Math.abs(value - background) > INK_CONTRAST)
      ink += histogram[value]!
  }
  return ink / pixels.length
}

async function pageTextsOf(file: string): Promise<string[]> {
  const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', file, '-'], { maxBuffer: 64 * 1024 * 1024 })
  return splitPages(stdout)
}

/** Ink share of every page, in order. */
export async function pageInkOf(file: string): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-ink-'))
  try {
    await run('pdftoppm', ['-gray', '-r', String(INK_DPI), file, join(dir, 'page')])
    // pdftoppm pads page numbers to the width of the last one, so names sort in page order.
    const files = (await readdir(dir)).filter(name => name.endsWith('.pgm')).sort()
    return await Promise.all(files.map(async name => inkFraction(parsePgm(await readFile(join(dir, name))).pixels)))
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** Everything wrong with the PDF at `file`; empty when it is fit to share. */
export async function verifyPdf(file: string, expect: PdfExpectations): Promise<string[]> {
  const problems = await documentProblems(file, expect)
  if (problems.length > 0 && !problems[0]!.startsWith('it has '))
    return problems
  return [...problems, ...await drawnPageProblems(file, expect)]
}

/** Whether `file` is a PDF pdf-lib can read, with the pages expected. */
export async function documentProblems(file: string, expect: Pick<PdfExpectations, 'pages'>): Promise<string[]> {
  const bytes = await readFile(file)
  if (bytes.subarray(0, 5).toString('latin1') !== '%PDF-')
    return ['the file does not start with a %PDF- header']
  let pageCount: number
  try {
    pageCount = (await PDFDocument.load(bytes, { updateMetadata: false })).getPageCount()
  }
  catch (error) {
    return [`pdf-lib cannot read it: ${(error as Error).message}`]
  }
  return expect.pages !== undefined && pageCount !== expect.pages ? [`it has ${pageCount} pages; expected ${expect.pages}`] : []
}

/** What the pages show: the texts expected on them (pdftotext) and ink on every one (pdftoppm). */
export async function drawnPageProblems(file: string, expect: PdfExpectations): Promise<string[]> {
  const [texts, ink] = await Promise.all([pageTextsOf(file), pageInkOf(file)])
  const problems = textProblems(texts, expect)
  ink.forEach((share, i) => {
    if (share < MIN_INK)
      problems.push(`page ${i + 1} is blank (${(share * 100).toFixed(2)}% ink)`)
  })
  return problems
}

/** drawnPageProblems of PDF bytes not yet written anywhere (Chromium's print, before it is finished). */
export async function drawnProblemsOf(bytes: Uint8Array, expect: PdfExpectations): Promise<string[]> {
  const dir = await mkdtemp(join(tmpdir(), 'pdf-drawn-'))
  try {
    await writeFile(join(dir, 'print.pdf'), bytes)
    return await drawnPageProblems(join(dir, 'print.pdf'), expect)
  }
  finally {
    await rm(dir, { recursive: true, force: true })
  }
}
