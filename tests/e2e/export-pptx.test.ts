// `npm run export -- --format pptx` end to end: the real CLI prints every click step in Chromium and
// writes the file with pptxgenjs; the test reads it back as clients do, unzipping it (JSZip) and
// converting it with LibreOffice. Expectations come from the lesson's plan and the deck file.
import type { DeckInfo } from '../../scripts/export/deck.ts'
import type { Deck } from '../../scripts/lesson/types.ts'
import { Buffer } from 'node:buffer'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { promisify } from 'node:util'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readDeckInfo } from '../../scripts/export/deck.ts'
import { lessonOfDeck } from '../../scripts/export/source.ts'
import { normalizeText, pageShows, splitPages } from '../../scripts/export/verify.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { ROOT } from './support.ts'

const run = promisify(execFile)
const NODE = process.execPath

interface Ran { code: number, stdout: string, stderr: string }

async function cli(args: string[], env: Record<string, string> = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(NODE, ['scripts/export.ts', ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const failed = error as { code?: number, stdout: string, stderr: string }
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr }
  }
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }
/** The text runs of an XML part, in order, entities decoded. */
function runsOf(xml: string): string[] {
  return [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1]!.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ENTITIES[name]!).replace(/\r\n/g, '\n'))
}

/** Slide parts in presentation order, following presentation.xml and its relationships. */
async function slideParts(zip: JSZip): Promise<string[]> {
  const presentation = await zip.file('ppt/presentation.xml')!.async('string')
  const rels = await zip.file('ppt/_rels/presentation.xml.rels')!.async('string')
  return [...presentation.matchAll(/<p:sldId [^>]*r:id="([^"]+)"/g)].map((m) => {
    const target = new RegExp(`Id="${m[1]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[1]}"`).exec(rels)![1]!
    return `ppt/${target.replace(/^\/?ppt\//, '')}`
  })
}

/** The words of a text, lower-cased and space-separated, with a space at each end: Markdown marks and punctuation gone. */
function wordsOf(text: string): string {
  return ` ${normalizeText(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean).join(' ')} `
}

let dir: string
let deck: DeckInfo
let planned: Deck
let ran: Ran
let zip: JSZip
const out = () => join(dir, 'deck.pptx')
const steps = () => planned.slides.flatMap(slide => slide.notes.map((chunk, k) => ({ slide, k, chunk })))

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-pptx-e2e-'))
  const markdown = await readFile(join(ROOT, 'slides.md'), 'utf8')
  deck = readDeckInfo(markdown, 'slides.md')
  const lesson = lessonOfDeck(markdown).lesson!
  planned = generateDeck(await readFile(join(ROOT, lesson), 'utf8'), lesson).deck
  ran = await cli(['--format', 'pptx', '--out', out()])
  zip = await JSZip.loadAsync(await readFile(out()))
})

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run export -- --format pptx', () => {
  it('writes the file, prints its path on stdout and progress on stderr', () => {
    expect(ran.code, ran.stderr).toBe(0)
    expect(ran.stdout.trim()).toMatch(/deck\.pptx$/)
    expect(ran.stderr).toMatch(/^slide +1\/\d+ /m)
    expect(ran.stderr).not.toMatch(/^export:/m)
  })

  it('has one slide per click step: the clicks summed over the slides, plus the slides', async () => {
    const clicks = deck.slides.reduce((sum, slide) => sum + slide.clicks, 0)
    expect(await slideParts(zip)).toHaveLength(clicks + deck.slides.length)
  })

  it('gives every slide exactly its step\'s chunk of the notes, as plain text', async () => {
    const parts = await slideParts(zip)
    const lessonWords = wordsOf(await readFile(join(ROOT, planned.lesson.file), 'utf8'))
    for (const [i, { slide, k, chunk }] of steps().entries()) {
      const rels = await zip.file(parts[i]!.replace(/slides\/(slide\d+\.xml)$/, 'slides/_rels/$1.rels'))!.async('string')
      const notesPart = /Target="\.\.\/notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)![1]!
      const notesXml = await zip.file(`ppt/notesSlides/${notesPart}`)!.async('string')
      // The notes body is the placeholder of type "body"; the slide number is a separate field.
      const body = notesXml.slice(notesXml.indexOf('type="body"'))
      const text = runsOf(body.slice(0, body.indexOf('</p:sp>'))).join('\n')
      const wanted = chunk.map(paragraph => paragraph.map(span => span.text).join('')).join('\n')
      expect(text, `slide "${slide.title}", click ${k}`).toBe(wanted)
      expect(text).not.toMatch(/\[click\]|\*\*|<\/?[a-z]+>|&[a-z]+;/i)
      // The words are the lesson's own, in its order (the cover's lines come from its title and meta line).
      for (const line of text.split('\n').filter(line => wordsOf(line).trim()))
        expect(lessonWords, `"${line}" as the lesson wrote it`).toContain(wordsOf(line))
    }
  })

  it('sets each slide\'s title, one section per lesson section, and the lesson\'s title as the document\'s', async () => {
    const parts = await slideParts(zip)
    for (const [i, { slide, k }] of steps().entries()) {
      const xml = await zip.file(parts[i]!)!.async('string')
      const title = xml.slice(xml.indexOf('type="title"'))
      expect(runsOf(title.slice(0, title.indexOf('</p:sp>'))).join(''), `step ${i + 1}`).toBe(k === 0 ? slide.title : `${slide.title} (click ${k} of ${slide.clicks})`)
      expect(xml).toMatch(/<p:pic>/)
    }
    const presentation = await zip.file('ppt/presentation.xml')!.async('string')
    const sections = [...presentation.matchAll(/<p14:section name="([^"]*)"/g)].map(m => m[1]!.replace(/&apos;/g, '\'').replace(/&amp;/g, '&'))
    expect(sections).toEqual([planned.lesson.title, ...planned.lesson.sections.map(section => section.title)])
    const core = await zip.file('docProps/core.xml')!.async('string')
    expect(/<dc:title>([^<]*)<\/dc:title>/.exec(core)![1]).toBe(deck.title)
  })

  it('opens in LibreOffice Impress: one PDF page per step, each with its slide\'s title', { timeout: 240_000 }, async () => {
    const converted = join(dir, 'libreoffice')
    // Its own profile, so a LibreOffice already running on the machine is not asked instead.
    await run('soffice', [`-env:UserInstallation=${pathToFileURL(join(dir, 'lo-profile')).href}`, '--headless', '--convert-to', 'pdf', '--outdir', converted, out()], { timeout: 200_000 })
    const pdf = join(converted, 'deck.pdf')
    const { stdout } = await run('pdfinfo', [pdf])
    expect(Number(/^Pages:\s+(\d+)/m.exec(stdout)![1])).toBe(steps().length)
    const texts = splitPages((await run('pdftotext', ['-enc', 'UTF-8', pdf, '-'])).stdout)
    steps().forEach(({ slide }, i) => expect(pageShows(texts[i]!, slide.title), `page ${i + 1}: ${slide.title}`).toBe(true))
    // Kept with the test's artifacts so the pages can be looked at.
    await mkdir(join(ROOT, 'artifacts/pptx-libreoffice'), { recursive: true })
    await run('pdftoppm', ['-png', '-r', '30', pdf, join(ROOT, 'artifacts/pptx-libreoffice/page')])
  })

  it('fails without a browser: exit 2, nothing on stdout, the previous file left byte for byte', async () => {
    const kept = join(dir, 'kept.pptx')
    const before = await readFile(out())
    await writeFile(kept, before)
    const failed = await cli(['--format', 'pptx', '--out', kept], { CHROMIUM_PATH: join(dir, 'no-such-chrome') })
    expect(failed.code).toBe(2)
    expect(failed.stdout).toBe('')
    expect(Buffer.compare(await readFile(kept), before)).toBe(0)
    expect((await readdir(dir)).filter(name => name.endsWith('.tmp'))).toEqual([])
  })

  it('rejects an unknown format, and --with-clicks with pptx, with exit 2 and the usage', async () => {
    for (const args of [['--format', 'docx'], ['--format', 'pptx', '--with-clicks']]) {
      const bad = await cli(args)
      expect(bad.code, args.join(' ')).toBe(2)
      expect(bad.stderr).toMatch(/usage: npm run export -- \[--format pdf\|handout\|pptx\]/)
    }
  })
})
