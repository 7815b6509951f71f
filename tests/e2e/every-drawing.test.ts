// Every drawing of the project's lessons, of the series' lessons beside the project and of the test
// drawings (each style an author draws with), built once into one deck and looked at in Chromium: at the
// last click each is drawn with no <pre>, every word of it on the slide, no label over another label or
// over a shape it does not belong to; at the first step something is drawn already.
import type { Browser, Page } from 'playwright-chromium'
import type { DiagramSlide } from './diagram-deck.ts'
import type { OpenDeck, Served } from './support.ts'
import { existsSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { diagramDeckText, diagramSlides, SERIES_DIR } from './diagram-deck.ts'
import { openDeck, watchedPage } from './support.ts'

const ENTRY = '.e2e-every-drawing.md'
const RE_WORD = /[\p{L}\p{N}]+/gu
const hasSeries = existsSync(SERIES_DIR)

let browser: Browser
let served: Served
let slides: DiagramSlide[]
let opened: OpenDeck | undefined

beforeAll(async () => {
  if (!hasSeries)
    console.warn(`every-drawing: ${SERIES_DIR} is absent, so the series' lessons are not looked at; the project's lessons and test drawings are`)
  const found = await diagramSlides({ series: hasSeries })
  slides = found.slides
  opened = await openDeck(ENTRY, diagramDeckText(found.first, slides))
  ;({ browser, served } = opened)
})

afterAll(() => opened?.close())

interface Box { left: number, top: number, right: number, bottom: number }
interface Seen {
  pre: number
  text: string
  /** Lines shown but not drawn to their end. */
  undrawn: number
  /** Each label's box and, per shape (boxes, lines, bars), its kind and box; only what shows. */
  labels: (Box & { text: string })[]
  shapes: (Box & { kind: string })[]
}

/** What the slide shows at that click, measured on the page. */
async function look(page: Page, number: number, clicks: number): Promise<Seen> {
  await page.goto(`${served.url}/${number}?clicks=${clicks}`)
  const slide = page.locator(`.slidev-page-${number}`)
  await slide.locator('h1').first().waitFor()
  // Parts fade and lines draw themselves in; what is measured is where they come to rest.
  if (await slide.locator('.drawn').count() > 0)
    await expect.poll(() => slide.locator('.drawn').getAttribute('data-step')).toBe(String(clicks))
  await page.evaluate(() => document.fonts.ready)
  await page.waitForFunction(() => document.getAnimations().every(animation => animation.playState !== 'running'))
  return slide.evaluate((root) => {
    const rectOf = (element: Element) => {
      const { left, top, right, bottom } = element.getBoundingClientRect()
      return { left, top, right, bottom }
    }
    const shown = (element: Element) => !element.closest('.is-hidden') && Number(getComputedStyle(element).opacity) > 0.5
    const labels = [...root.querySelectorAll('[data-part="label"]')].filter(shown).map(text => ({ ...rectOf(text), text: text.textContent ?? '' }))
    const shapes = [
      ...[...root.querySelectorAll('[data-part="box"], [data-part="bar"]')].filter(shown).map(shape => ({ ...rectOf(shape), kind: shape.getAttribute('data-part')! })),
      ...[...root.querySelectorAll('[data-part="line"]')].filter(shown).flatMap(group => [...group.querySelectorAll('line')].map(line => ({ ...rectOf(line), kind: 'line' }))),
    ]
    const undrawn = [...root.querySelectorAll('[data-part="line"] line')].filter(line => shown(line) && Number.parseFloat(getComputedStyle(line).strokeDashoffset) !== 0).length
    return { pre: root.querySelectorAll('pre').length, text: (root as HTMLElement).innerText, undrawn, labels, shapes }
  })
}

/** Two boxes overlap by more than the air a font leaves around its letters (a fifth of a line above and below). */
function overlaps(a: Box, b: Box): boolean {
  const trim = (box: Box) => {
    const air = (box.bottom - box.top) * 0.2
    return { left: box.left + 1, right: box.right - 1, top: box.top + air, bottom: box.bottom - air }
  }
  const [p, q] = [trim(a), trim(b)]
  return p.left < q.right && q.left < p.right && p.top < q.bottom && q.top < p.bottom
}

function inside(label: Box, box: Box): boolean {
  return label.left >= box.left && label.right <= box.right && label.top >= box.top - 2 && label.bottom <= box.bottom + 2
}

/** What is wrong with a slide at its last click: each problem named with its words. */
function problemsOf(seen: Seen, drawing: string): string[] {
  const problems: string[] = []
  if (seen.pre > 0)
    problems.push('a <pre>')
  if (seen.undrawn > 0)
    problems.push(`${seen.undrawn} lines not drawn to their end`)
  // Headings may be set in capitals by their style; a lone `v` under a line is an arrowhead, not a word.
  const shownWords = new Set((seen.text.match(RE_WORD) ?? []).map(word => word.toLowerCase()))
  const lost = [...new Set(drawing.match(RE_WORD) ?? [])].filter(word => word !== 'v' && !shownWords.has(word.toLowerCase()))
  if (lost.length > 0)
    problems.push(`words lost: ${lost.join(' ')}`)
  seen.labels.forEach((label, i) => {
    for (const other of seen.labels.slice(i + 1)) {
      if (overlaps(label, other))
        problems.push(`"${label.text}" over "${other.text}"`)
    }
    for (const shape of seen.shapes) {
      // A label belongs in the box around it; it crosses no box's side, no line and no bar.
      if (overlaps(label, shape) && !(shape.kind === 'box' && inside(label, shape)))
        problems.push(`"${label.text}" over a ${shape.kind}`)
    }
  })
  return problems
}

describe('every drawing of the lessons', () => {
  it('is drawn at its last click with no <pre>, every word, and no label over another label or a shape it does not belong to', async () => {
    const { page, problems } = await watchedPage(browser)
    const found: string[] = []
    for (const [n, { source, slide, drawing }] of slides.entries()) {
      const seen = await look(page, n + 2, slide.clicks)
      found.push(...problemsOf(seen, drawing).map(problem => `${source}: ${problem}`))
    }
    expect(found).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows part of the drawing before the first click, never only its heading', async () => {
    const { page } = await watchedPage(browser)
    const blank: string[] = []
    for (const [n, { source, slide }] of slides.entries()) {
      if (slide.component.name !== 'DrawnDiagram')
        continue
      const seen = await look(page, n + 2, 0)
      if (seen.labels.length + seen.shapes.length === 0)
        blank.push(source)
    }
    expect(blank).toEqual([])
    await page.close()
  })

  it('covers the lessons and every style of test drawing', () => {
    const sources = new Set(slides.map(({ source }) => source.split(' ')[0]))
    for (const style of ['bars', 'column-chart', 'too-wide', 'wide-letters', 'brackets', 'columns', 'lanes', 'timeline', 'table-off-edge', 'tree-in-box', 'ascii-plus', 'emoji-box', 'wandering'])
      expect(sources).toContain(`tests/fixtures/drawings/${style}.txt`)
    expect([...sources].filter(source => source!.startsWith('lessons/')).length).toBeGreaterThanOrEqual(3)
    if (hasSeries)
      expect([...sources].filter(source => source!.startsWith('../shared/series/')).length).toBeGreaterThanOrEqual(8)
  })
})
