// `npm run export` end to end: the real CLI builds (or reuses) the deck, prints it in Chromium, and
// the PDF is read back with pdf-lib, pdftotext and pdftoppm. Expectations come from the deck file,
// so the tests hold while the slides change.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { DeckInfo } from '../../scripts/export/deck.ts'
import type { Served } from '../../scripts/export/serve.ts'
import { execFile } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { deckFileFor } from '../../scripts/deck-location.ts'
import { buildDirOf } from '../../scripts/export/build-cache.ts'
import { readDeckInfo } from '../../scripts/export/deck.ts'
import { readOutline } from '../../scripts/export/outline.ts'
import { serveStatic } from '../../scripts/export/serve.ts'
import { BUILD_CACHE } from '../../scripts/export/session.ts'
import { snapshotName } from '../../scripts/export/snapshot.ts'
import { MIN_INK, normalizeText, pageInkOf, pageShows, splitPages } from '../../scripts/export/verify.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { ROOT } from './support.ts'

const run = promisify(execFile)
/** The Node running this process: the project's own (Node 24), which runs the TypeScript CLIs as they are. */
const NODE = process.execPath

interface Ran {
  code: number
  stdout: string
  stderr: string
}

/** Runs a CLI the way npm does, in the project root, and keeps its exit code and output. */
async function cli(script: string, args: string[], env: Record<string, string> = {}): Promise<Ran> {
  try {
    const { stdout, stderr } = await run(NODE, [script, ...args], { cwd: ROOT, env: { ...process.env, ...env }, maxBuffer: 16 * 1024 * 1024 })
    return { code: 0, stdout, stderr }
  }
  catch (error) {
    const failed = error as { code?: number, stdout: string, stderr: string }
    return { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr }
  }
}

async function pageTexts(file: string): Promise<string[]> {
  return splitPages((await run('pdftotext', ['-enc', 'UTF-8', file, '-'])).stdout).map(normalizeText)
}

/** Page `no` of a PDF as a PNG of exactly width × height pixels. */
async function pdfPagePng(file: string, no: number, width: number, height: number, dir: string): Promise<Buffer> {
  const prefix = join(dir, `page-${no}`)
  await run('pdftoppm', ['-png', '-singlefile', '-f', String(no), '-l', String(no), '-scale-to-x', String(width), '-scale-to-y', String(height), file, prefix])
  return readFile(`${prefix}.png`)
}

/**
 * Share of the picture that differs between `a` and `b`. Both are averaged over 4×4 blocks, and a
 * block counts as different only when no block at most one step away has nearly its colour: the
 * anti-aliasing and sub-pixel shifts between a PDF page and a screenshot then vanish, while an
 * element shown in one and not the other stays. Computed in Chromium, which decodes the PNGs.
 */
async function differingShare(page: Page, a: Buffer, b: Buffer): Promise<number> {
  return page.evaluate(async ([first, second]) => {
    const BLOCK = 4
    const TOLERANCE = 64
    const bitmaps = await Promise.all([first, second].map(async data => createImageBitmap(await (await fetch(`data:image/png;base64,${data}`)).blob())))
    const [width, height] = [bitmaps[0]!.width, bitmaps[0]!.height]
    const [w, h] = [Math.floor(width / BLOCK), Math.floor(height / BLOCK)]
    const [pa, pb] = bitmaps.map((bitmap) => {
      const context = new OffscreenCanvas(width, height).getContext('2d')!
      context.drawImage(bitmap, 0, 0, width, height)
      const full = context.getImageData(0, 0, width, height).data
      const small = new Float32Array(w * h * 3)
      for (let y = 0; y < h * BLOCK; y++) {
        for (let x = 0; x < w * BLOCK; x++) {
          const from = (y * width + x) * 4
          const to = (Math.floor(y / BLOCK) * w + Math.floor(x / BLOCK)) * 3
          for (let c = 0; c < 3; c++) small[to + c]! += full[from + c]! / (BLOCK * BLOCK)
        }
      }
      return small
    }) as [Float32Array, Float32Array]
    let differing = 0
    for (let y = 0; y < h; y++) {
      for (let x = 0; x < w; x++) {
        const i = (y * w + x) * 3
        let matched = false
        for (let dy = -1; dy <= 1 && !matched; dy++) {
          for (let dx = -1; dx <= 1 && !matched; dx++) {
            const [nx, ny] = [x + dx, y + dy]
            if (nx < 0 || ny < 0 || nx >= w || ny >= h)
              continue
            const j = (ny * w + nx) * 3
            matched = Math.abs(pa[i]! - pb[j]!) <= TOLERANCE && Math.abs(pa[i + 1]! - pb[j + 1]!) <= TOLERANCE && Math.abs(pa[i + 2]! - pb[j + 2]!) <= TOLERANCE
          }
        }
        if (!matched)
          differing++
      }
    }
    return differing / (w * h)
  }, [a.toString('base64'), b.toString('base64')])
}

/** Each run of slides in one section, as [section, first slide index]. */
function sectionStarts(deck: DeckInfo, pageOfSlide: (index: number) => number): { title: string, pageIndex: number }[] {
  return deck.slides.flatMap((slide, i) => (slide.section && slide.section !== deck.slides[i - 1]?.section
    ? [{
        title: slide.section,
        pageIndex: pageOfSlide(i),
      }]
    : []))
}

let dir: string
let deck: DeckInfo
let plain: Ran
let withClicks: Ran
const plainPdf = () => join(dir, 'deck.pdf')
const clicksPdf = () => join(dir, 'deck-clicks.pdf')

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-e2e-'))
  deck = readDeckInfo(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
  // One after the other: the first may build the deck, the second reuses that build.
  plain = await cli('scripts/export.ts', ['--out', plainPdf()])
  withClicks = await cli('scripts/export.ts', ['--with-clicks', '--out', clicksPdf()])
})

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run export', () => {
  it('prints the path on stdout and one progress line per slide on stderr', () => {
    expect(plain.stderr).not.toMatch(/^export:/m)
    expect(plain.code, plain.stderr).toBe(0)
    expect(plain.stdout.trim()).toMatch(/deck\.pdf$/)
    const progress = plain.stderr.split('\n').filter(line => /^slide +\d+\/\d+ /.test(line))
    expect(progress).toHaveLength(deck.slides.length)
  })

  it('writes one page per slide, with the lesson\'s title and one outline entry per section', async () => {
    const pdf = await PDFDocument.load(await readFile(plainPdf()))
    expect(pdf.getPageCount()).toBe(deck.slides.length)
    expect(pdf.getTitle()).toBe(deck.title)
    expect(readOutline(pdf)).toEqual(sectionStarts(deck, i => i))
  })

  it('shows each slide\'s title (or its section heading) on its page, in order, and ink on every page', async () => {
    const texts = await pageTexts(plainPdf())
    expect(texts).toHaveLength(deck.slides.length)
    deck.slides.forEach((slide, i) => {
      const wanted = [slide.title, slide.section].filter(Boolean) as string[]
      expect(wanted.some(text => pageShows(texts[i]!, text)), `page ${i + 1}: ${wanted.join(' / ')} in "${texts[i]!.slice(0, 120)}"`).toBe(true)
    })
    const ink = await pageInkOf(plainPdf())
    ink.forEach((share, i) => expect(share, `ink on page ${i + 1}`).toBeGreaterThan(MIN_INK))
  })

  describe('animated slides', () => {
    let browser: Browser
    let served: Served
    beforeAll(async () => {
      const built = join(buildDirOf(join(ROOT, BUILD_CACHE), 'slides.md'), 'dist')
      served = await serveStatic({ mounts: { '/': built }, app: '/' })
      browser = await launchChromium()
    })
    afterAll(async () => {
      await browser?.close()
      await served?.close()
    })

    it('print in their final state: each page looks like the slide at its last click, not its first', async () => {
      const animated = deck.slides.filter(slide => slide.clicks > 0)
      expect(animated.length).toBeGreaterThan(0)
      const page = await browser.newPage({ viewport: { width: deck.width, height: deck.height }, reducedMotion: 'reduce' })
      const compare = await browser.newPage()
      const shot = async (no: number, clicks: number) => {
        await page.goto(`${served.url}/${no}?clicks=${clicks}`)
        await page.locator(`.slidev-page-${no} .slidev-layout`).waitFor()
        await page.evaluate(() => document.fonts.ready)
        return page.screenshot()
      }
      let firstDiffersSomewhere = false
      for (const slide of animated) {
        const printed = await pdfPagePng(plainPdf(), slide.no, deck.width, deck.height, dir)
        // Polled: a component may still be settling on its step right after navigation.
        let fromLast = 1
        await expect.poll(
          async () => (fromLast = await differingShare(compare, printed, await shot(slide.no, slide.clicks))),
          { message: `slide ${slide.no} against its last click`, timeout: 15_000 },
        ).toBeLessThan(0.002)
        const fromFirst = await differingShare(compare, printed, await shot(slide.no, 0))
        // Where the first click looks different at all, the page must be much closer to the last.
        if (fromFirst > 0.002)
          expect(fromLast, `slide ${slide.no}: closer to its last click than its first`).toBeLessThan(fromFirst / 2)
        if (fromFirst > 0.05)
          firstDiffersSomewhere = true
      }
      // The comparison can tell a first frame from a last one, or the check above would prove nothing.
      expect(firstDiffersSomewhere).toBe(true)
    })
  })

  it('re-exports an unchanged deck from the saved print view, page for page the same as drawing it afresh', async () => {
    const built = join(buildDirOf(join(ROOT, BUILD_CACHE), 'slides.md'), 'dist')
    await rm(join(built, snapshotName(false)), { force: true })
    const drawn = join(dir, 'drawn.pdf')
    const fromSnapshot = join(dir, 'from-snapshot.pdf')
    const first = await cli('scripts/export.ts', ['--out', drawn])
    expect(first.code, first.stderr).toBe(0)
    expect(first.stderr).not.toMatch(/printing the view kept/)
    expect(existsSync(join(built, snapshotName(false))), 'the first export keeps a snapshot').toBe(true)
    const again = await cli('scripts/export.ts', ['--out', fromSnapshot])
    expect(again.code, again.stderr).toBe(0)
    expect(again.stderr).not.toMatch(/Building/)
    expect(again.stderr, 'the re-export prints the kept view, over DevTools').toMatch(/slides\.md is unchanged since its print view was drawn: printing the view kept/)
    expect(again.stderr.split('\n').filter(line => /^slide +\d+\/\d+ /.test(line))).toHaveLength(deck.slides.length)
    expect(await pageTexts(fromSnapshot)).toEqual(await pageTexts(drawn))
    const browser = await launchChromium()
    try {
      const compare = await browser.newPage()
      for (let no = 1; no <= deck.slides.length; no++) {
        // One after the other: both write the same file name in dir.
        const a = await pdfPagePng(drawn, no, deck.width, deck.height, dir)
        const b = await pdfPagePng(fromSnapshot, no, deck.width, deck.height, dir)
        expect(await differingShare(compare, a, b), `page ${no}`).toBeLessThan(0.001)
      }
    }
    finally {
      await browser.close()
    }
  })

  it('--with-clicks writes clicks + 1 pages per slide, each with ink, outlined by section', async () => {
    expect(withClicks.code, withClicks.stderr).toBe(0)
    const pdf = await PDFDocument.load(await readFile(clicksPdf()))
    const steps = deck.slides.map(slide => slide.clicks + 1)
    expect(pdf.getPageCount()).toBe(steps.reduce((a, b) => a + b, 0))
    const firstPage = (i: number) => steps.slice(0, i).reduce((a, b) => a + b, 0)
    expect(readOutline(pdf)).toEqual(sectionStarts(deck, firstPage))
    const texts = await pageTexts(clicksPdf())
    deck.slides.forEach((slide, i) => {
      const last = texts[firstPage(i) + slide.clicks]!
      expect([slide.title, slide.section].filter(Boolean).some(t => pageShows(last, t!)), `slide ${slide.no}'s last step`).toBe(true)
    })
    const ink = await pageInkOf(clicksPdf())
    ink.forEach((share, i) => expect(share, `ink on page ${i + 1}`).toBeGreaterThan(MIN_INK))
  })

  it('fails without a browser: exit 2, what to install, and the existing file left byte-identical', async () => {
    const out = join(dir, 'kept.pdf')
    await writeFile(out, '%PDF-1.7 the last good export')
    const ran = await cli('scripts/export.ts', ['--out', out], { CHROMIUM_PATH: join(dir, 'no-such-chrome') })
    expect(ran.code).toBe(2)
    expect(ran.stdout).toBe('')
    expect(ran.stderr).toContain('CHROMIUM_PATH is set to')
    expect(ran.stderr).toContain('npx playwright install chromium')
    expect(await readFile(out, 'utf8')).toBe('%PDF-1.7 the last good export')
    expect((await readdir(dir)).filter(name => name.endsWith('.tmp'))).toEqual([])
  })

  it('rejects unknown options with exit 2 and the usage', async () => {
    const ran = await cli('scripts/export.ts', ['--colour'])
    expect(ran.code).toBe(2)
    expect(ran.stderr).toMatch(/usage: npm run export/)
  })
})

describe('npm run export -- --lesson FILE', () => {
  const lessonFile = () => join(dir, 'export-e2e-lesson.md')
  const deckFile = join(ROOT, deckFileFor('export-e2e-lesson.md', 'generated'))
  afterAll(() => rm(deckFile, { force: true }))

  it('exports another lesson\'s deck, emoji and markup-like text included', async () => {
    const lesson = '# Caching 🚀 in <b>practice</b>\n\n## Video Length: ~1 minute | Level: Senior\n\n'
      + '## The Hook (20 seconds)\n\nA cache is a promise: `{{ data }}` stays close. It saves a trip. It can lie.\n\n'
      + '## Quick Recap\n\n- Keep it close.\n- Expire it 🔁.\n'
    await writeFile(lessonFile(), lesson)
    const out = join(dir, 'lesson.pdf')
    const ran = await cli('scripts/export.ts', ['--lesson', lessonFile(), '--out', out])
    expect(ran.code, ran.stderr).toBe(0)
    const planned = generateDeck(lesson, lessonFile()).deck
    const pdf = await PDFDocument.load(await readFile(out))
    expect(pdf.getPageCount()).toBe(planned.slides.length)
    expect(pdf.getTitle()).toBe('Caching 🚀 in <b>practice</b>')
    const texts = await pageTexts(out)
    expect(pageShows(texts[0]!, 'Caching 🚀 in <b>practice</b>')).toBe(true)
    expect(texts.join(' ')).toContain('quick recap')
    expect(existsSync(deckFile)).toBe(true)
  })
})
