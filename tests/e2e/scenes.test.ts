// The animated scenes in real Chromium, on decks built by the real Slidev CLI: every slide at every click
// (deep links), what each step shows, something under the heading before the first click, text slides that
// use their canvas, screenshots of each step, print and overview complete, no motion under reduced motion,
// and a second lesson of the series presented with the generic scene.
import type { Buffer } from 'node:buffer'
import type { Browser, Page } from 'playwright-chromium'
import type { Served } from './support.ts'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { main as generate } from '../../scripts/generate.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { paragraphsOf, plain } from '../../scripts/lesson/text.ts'
import { capture } from '../support/cli.ts'
import { buildDeck, freezeAnimations, ROOT, serveDir, watchedPage } from './support.ts'

const SHOTS = join(ROOT, 'artifacts/screenshots')
const SECOND_LESSON = 'lessons/deprecation-and-migration.md'
/** The second deck's entry sits at the project root, where Slidev finds components/; removed once built. */
const SECOND_ENTRY = `.tmp-scenes-deprecation-and-migration-${process.pid}.md`
const SECOND_OUT = join(ROOT, `.cache/e2e/scenes-deprecation-and-migration-${process.pid}`)
const ANALOGY_SCENES = ['CarFactory', 'Restaurant', 'Theater', 'TwoSidedScene']
const CANVAS = { width: 980, height: 552 }
const MIN_FONT_PX = 16
/** Share of the canvas under the heading that must carry ink before the first click: more than a bare line. */
const MIN_INK_AT_START = 0.04
/** Text slides whose content must reach down the canvas once complete, instead of leaving its lower part empty. */
const TEXT_SLIDES = ['KeyPoints', 'TwoColumns', 'Cards', 'ThinkPause']
const MIN_CONTENT_BOTTOM = 0.7

interface DeckSlide {
  no: number
  clicks: number
  component: string
}

interface Deck {
  name: string
  served: Served
  slides: DeckSlide[]
}

let browser: Browser
let first: Deck
let second: Deck
/** Screenshots taken while walking a deck: deck name → slide → one PNG per step. */
const shots = new Map<string, Map<number, Buffer[]>>()

async function slidesOf(markdown: string): Promise<DeckSlide[]> {
  const deck = await parse(markdown, 'slides.md')
  return deck.slides.map(slide => ({
    no: slide.index + 1,
    clicks: Number(slide.frontmatter.clicks ?? 0),
    component: /^<([A-Z]\w*)/m.exec(slide.content)?.[1] ?? '',
  }))
}

beforeAll(async () => {
  browser = await launchChromium()
  first = { name: 'platform-vs-product', served: await serveDir(inject('deckDir')), slides: await slidesOf(await readFile(join(ROOT, 'slides.md'), 'utf8')) }

  const captured = capture(ROOT)
  const entry = join(ROOT, SECOND_ENTRY)
  try {
    expect(await generate([SECOND_LESSON, '--out', SECOND_ENTRY, '--quiet'], captured.io), captured.err.join('\n')).toBe(0)
    const markdown = await readFile(entry, 'utf8')
    await rm(SECOND_OUT, { recursive: true, force: true })
    await buildDeck(SECOND_ENTRY, SECOND_OUT)
    second = { name: 'deprecation-and-migration', served: await serveDir(SECOND_OUT), slides: await slidesOf(markdown) }
  }
  finally {
    await rm(entry, { force: true })
  }
})

afterAll(async () => {
  await browser?.close()
  await first?.served.close()
  await second?.served.close()
  await rm(join(ROOT, SECOND_ENTRY), { force: true })
  await rm(SECOND_OUT, { recursive: true, force: true })
})

/** How long a page that loads a deck may stay busy; vitest 5's expect.poll gives up on a call still pending after 1 s. */
const DRAWN_MS = 20_000

/** Opens slide `no` at `clicks` by deep link and waits until it is drawn and still. */
async function open(page: Page, url: string, no: number, clicks: number): Promise<void> {
  await page.goto(`${url}/${no}?clicks=${clicks}`)
  await page.locator(`.slidev-page-${no} .lesson-heading, .slidev-page-${no} h1`).first().waitFor({ state: 'visible', timeout: DRAWN_MS })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
  await page.waitForFunction(() => document.getAnimations().every(a => a.playState !== 'running'), null, { timeout: DRAWN_MS })
}

interface StepState {
  /** `data-step` of a scene component, when it has one. */
  step: number | undefined
  revealed: number
  hidden: number
  /** Elements that leave the 980×552 canvas, with where they are. */
  overflow: string[]
  /** Text set smaller than 16px. */
  small: string[]
  /** Art without a role or a title. */
  unlabelledArt: number
}

function stateOf(page: Page, no: number): Promise<StepState> {
  return page.evaluate(({ no, canvas, minFont }) => {
    const root = document.querySelector(`.slidev-page-${no}`)!
    const box = root.getBoundingClientRect()
    const all = [...root.querySelectorAll<HTMLElement | SVGElement>('.slidev-layout *')]
    const shown = all.filter(el => !el.closest('.lesson-reveal.is-hidden'))
    const describe = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')} "${(el.textContent ?? '').trim().slice(0, 30)}"`
    const overflow = shown.filter((el) => {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        return false
      return r.left < box.left - 1 || r.top < box.top - 1 || r.right > box.left + canvas.width + 1 || r.bottom > box.top + canvas.height + 1
    }).map(el => `${describe(el)} at ${JSON.stringify(el.getBoundingClientRect().toJSON())}`)
    const small = all.filter(el => [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== ''))
      .filter(el => Number.parseFloat(getComputedStyle(el).fontSize) < minFont)
      .map(el => `${describe(el)}: ${getComputedStyle(el).fontSize}`)
    const stepped = root.querySelector('[data-step]')
    return {
      step: stepped ? Number(stepped.getAttribute('data-step')) : undefined,
      revealed: root.querySelectorAll('.lesson-reveal:not(.is-hidden)').length,
      hidden: root.querySelectorAll('.lesson-reveal.is-hidden').length,
      overflow,
      small,
      unlabelledArt: [...root.querySelectorAll('svg')].filter(svg => svg.getAttribute('role') !== 'img' || !svg.querySelector(':scope > title')?.textContent?.trim()).length,
    }
  }, { no, canvas: CANVAS, minFont: MIN_FONT_PX })
}

interface Ink {
  /** Share of the pixels under the slide's heading (and kicker) that differ from the white background. */
  underHeading: number
  /** Lowest row with ink, as a share of the canvas height. */
  bottom: number
}

/** Where a screenshot of slide `no` (the whole 980×552 viewport) carries ink, read by Chromium's own PNG decoder. */
async function inkOf(page: Page, no: number, png: Buffer): Promise<Ink> {
  return page.evaluate(async ({ no, data }) => {
    const root = document.querySelector(`.slidev-page-${no}`)!.getBoundingClientRect()
    const titles = [...document.querySelectorAll(`.slidev-page-${no} :is(.lesson-heading, .lesson-kicker)`)]
    const from = Math.ceil(Math.max(root.top, ...titles.map(el => el.getBoundingClientRect().bottom)))
    const image = new Image()
    image.src = `data:image/png;base64,${data}`
    await image.decode()
    const canvas = new OffscreenCanvas(image.width, image.height)
    const context = canvas.getContext('2d')!
    context.drawImage(image, 0, 0)
    const { data: pixels } = context.getImageData(0, 0, image.width, image.height)
    let under = 0
    let lowest = 0
    for (let y = 0; y < image.height; y++) {
      for (let x = 0; x < image.width; x++) {
        const i = (y * image.width + x) * 4
        if (Math.max(255 - pixels[i]!, 255 - pixels[i + 1]!, 255 - pixels[i + 2]!) <= 10)
          continue
        lowest = y
        if (y >= from && y < root.bottom)
          under++
      }
    }
    return { underHeading: under / (root.width * Math.max(root.bottom - from, 1)), bottom: (lowest - root.top) / root.height }
  }, { no, data: png.toString('base64') })
}

/** Every slide at every click: drawn without errors, parts appearing in order, complete at the end, screenshots kept. */
async function walk(deck: Deck): Promise<void> {
  const { page, problems } = await watchedPage(browser)
  const dir = join(SHOTS, deck.name)
  await mkdir(dir, { recursive: true })
  const taken = new Map<number, Buffer[]>()
  shots.set(deck.name, taken)
  for (const slide of deck.slides) {
    let before = -1
    taken.set(slide.no, [])
    for (let k = 0; k <= slide.clicks; k++) {
      const where = `${deck.name} slide ${slide.no} (${slide.component}) click ${k}`
      await open(page, deck.served.url, slide.no, k)
      const state = await stateOf(page, slide.no)
      if (state.step !== undefined)
        expect(state.step, where).toBe(k)
      expect(state.revealed, `${where}: parts only ever appear`).toBeGreaterThanOrEqual(before)
      before = state.revealed
      if (k === slide.clicks)
        expect(state.hidden, `${where}: the last step shows the whole picture`).toBe(0)
      expect(state.overflow, where).toEqual([])
      expect(state.small, where).toEqual([])
      expect(state.unlabelledArt, `${where}: svg art has role="img" and a <title>`).toBe(0)
      const png = await page.screenshot()
      if (k === 0) {
        // The narration starts before the first click: the audience sees the stage, the frames or the first words.
        const ink = await inkOf(page, slide.no, png)
        expect(ink.underHeading, `${where}: something under the heading before the first click`).toBeGreaterThanOrEqual(MIN_INK_AT_START)
      }
      if (k === slide.clicks && TEXT_SLIDES.includes(slide.component)) {
        const ink = await inkOf(page, slide.no, png)
        expect(ink.bottom, `${where}: the text reaches down the canvas`).toBeGreaterThanOrEqual(MIN_CONTENT_BOTTOM)
      }
      taken.get(slide.no)!.push(png)
      await writeFile(join(dir, `slide-${String(slide.no).padStart(2, '0')}-click-${k}.png`), png)
    }
    // Every click of an animated slide changes the picture.
    if (slide.clicks > 0)
      expect(before, `${deck.name} slide ${slide.no}: revealed parts`).toBeGreaterThan(0)
  }
  expect(problems).toEqual([])
  await page.close()
}

describe('the scenes of the first lesson', () => {
  it('draw every slide at every click, parts in order and inside the canvas, with no page or console error', async () => {
    const names = first.slides.map(slide => slide.component)
    expect(names).toEqual(expect.arrayContaining(['CarFactory', 'Restaurant', 'Theater', 'SplitDiagram', 'Timeline']))
    await walk(first)
  })

  it('end each animated slide on a picture different from its first', () => {
    const taken = shots.get(first.name)!
    const animated = first.slides.filter(slide => slide.clicks > 0)
    expect(animated.length).toBeGreaterThanOrEqual(8)
    for (const slide of animated) {
      const pngs = taken.get(slide.no)!
      expect(pngs, `slide ${slide.no}`).toHaveLength(slide.clicks + 1)
      expect(pngs[0]!.equals(pngs.at(-1)!), `slide ${slide.no} (${slide.component}) first and last step look the same`).toBe(false)
    }
  })

  it('show what each step of the split diagram promises: columns, then rows, then the tension', async () => {
    const slide = first.slides.find(s => s.component === 'SplitDiagram')!
    const { page, problems } = await watchedPage(browser)
    const shown = (part: string) => page.locator(`.slidev-page-${slide.no} [data-part="${part}"]:not(.is-hidden)`).count()
    // Before the first click the empty table (column frames, row labels) is drawn, with no heading in it yet.
    const expected = [[0, 0, 0], [1, 0, 0], [2, 0, 0], [2, 2, 0], [2, 4, 0], [2, 6, 0], [2, 6, 1]]
    for (const [k, [columns, rowCells, callout]] of expected.entries()) {
      await open(page, first.served.url, slide.no, k)
      expect([await shown('column'), await shown('row'), await shown('callout')], `click ${k}`).toEqual([columns, rowCells, callout])
    }
    expect(problems).toEqual([])
    await page.close()
  })

  it('are complete in print and in the overview, whatever the click count', async () => {
    const { page, problems } = await watchedPage(browser)
    const stepped = first.slides.filter(slide => slide.clicks > 0)
    expect(stepped.map(slide => slide.component)).toEqual(expect.arrayContaining([...ANALOGY_SCENES.slice(0, 3), 'SplitDiagram', 'Timeline', 'KeyPoints', 'Cards', 'TwoColumns', 'ThinkPause']))
    for (const path of ['/print?print', '/overview']) {
      await page.goto(`${first.served.url}${path}`)
      // Both pages mount every slide at once, each an async chunk; the overview also renders every slide's notes,
      // which keeps the page busy for a second or two. Wait for the last slide's content, not a fixed time.
      await page.waitForFunction(count => document.querySelectorAll('[data-slidev-no] .slidev-layout').length === count, first.slides.length, { timeout: DRAWN_MS })
      const steps = await page.locator('[data-slidev-no]:has([data-step])').evaluateAll(els => els.map(el => ({
        no: Number(el.getAttribute('data-slidev-no')),
        step: Number(el.querySelector('[data-step]')!.getAttribute('data-step')),
        hidden: el.querySelectorAll('.lesson-reveal.is-hidden').length,
      })))
      expect(steps, path).toEqual(stepped.map(slide => ({ no: slide.no, step: slide.clicks, hidden: 0 })))
      expect(await page.locator('.lesson-reveal.is-hidden').count(), `${path}: nothing left hidden on any slide`).toBe(0)
    }
    expect(problems).toEqual([])
    await page.close()
  })

  it('still reveal step by step under reduced motion, with no animation or transition running', async () => {
    const animated = first.slides.filter(slide => slide.clicks > 0)
    for (const reducedMotion of ['reduce', 'no-preference'] as const) {
      const { page, problems } = await watchedPage(browser, { reducedMotion })
      // A transition started by the click is still there when looked for, however loaded the machine.
      await freezeAnimations(page)
      let moving = 0
      for (const slide of animated) {
        await open(page, first.served.url, slide.no, 0)
        const before = (await stateOf(page, slide.no)).revealed
        await page.keyboard.press('ArrowRight')
        await expect.poll(() => page.url(), { message: `slide ${slide.no} advanced` }).toMatch(new RegExp(`/${slide.no}\\?clicks=1$`))
        const running = await page.evaluate(() => document.getAnimations().length)
        const durations = await page.locator(`.slidev-page-${slide.no} .lesson-reveal`).evaluateAll(els => els.map(el => getComputedStyle(el).transitionDuration))
        expect((await stateOf(page, slide.no)).revealed, `slide ${slide.no}: the click revealed something`).toBeGreaterThan(before)
        if (reducedMotion === 'reduce') {
          expect(running, `slide ${slide.no} (${slide.component}): animations under reduced motion`).toBe(0)
          expect(new Set(durations), `slide ${slide.no}`).toEqual(new Set(['0s']))
        }
        moving += running
        // Motion allowed: one slide seen moving shows the check can see motion; no need to time them all.
        if (reducedMotion === 'no-preference' && moving > 0)
          break
      }
      // The same check sees the motion when motion is allowed: it would catch it under reduced motion too.
      if (reducedMotion === 'no-preference')
        expect(moving).toBeGreaterThan(0)
      expect(problems).toEqual([])
      await page.close()
    }
  })
})

describe('another lesson of the series', () => {
  it('generates, builds and presents its analogies as the things they name', async () => {
    const names = second.slides.map(slide => slide.component)
    expect(names.slice(1, 4)).toEqual(['IconScene', 'IconScene', 'IconScene'])
    expect(names).not.toContain('CarFactory')
    await walk(second)

    const { page, problems } = await watchedPage(browser)
    const hook = second.slides[1]!
    for (let k = 0; k <= hook.clicks; k++) {
      await page.goto(`${second.served.url}/presenter/${hook.no}?clicks=${k}`)
      await page.locator('.icon-scene').first().waitFor({ state: 'visible', timeout: DRAWN_MS })
    }
    expect(problems).toEqual([])
    await page.close()
  })

  it('shows at its last step at least two icons on each analogy slide, each a thing its narration names', async () => {
    const lesson = parseLesson(await readFile(join(ROOT, SECOND_LESSON), 'utf8'), SECOND_LESSON)
    const { page, problems } = await watchedPage(browser)
    for (const slide of second.slides.filter(s => s.component === 'IconScene')) {
      await open(page, second.served.url, slide.no, slide.clicks)
      const heading = await page.locator(`.slidev-page-${slide.no} .lesson-heading`).innerText()
      const section = lesson.sections.find(s => s.title === heading)!
      const narration = paragraphsOf(section.blocks).map(plain).join(' ').toLowerCase()
      const words = await page.locator(`.slidev-page-${slide.no} .icon-scene__thing:not(.is-hidden) svg[role="img"]`).evaluateAll(svgs => svgs.map(svg => svg.getAttribute('aria-label') ?? ''))
      expect(words.length, `slide ${slide.no}`).toBeGreaterThanOrEqual(2)
      for (const word of words)
        expect(narration, `slide ${slide.no}: the icon "${word}"`).toContain(word)
      // Nothing hidden at the last step: every named thing is on screen.
      expect(await page.locator(`.slidev-page-${slide.no} .icon-scene .lesson-reveal.is-hidden`).count(), `slide ${slide.no}`).toBe(0)
    }
    expect(problems).toEqual([])
    await page.close()
  })

  it('ends each animated slide on a picture different from its first', () => {
    const taken = shots.get(second.name)!
    for (const slide of second.slides.filter(s => s.clicks > 0))
      expect(taken.get(slide.no)![0]!.equals(taken.get(slide.no)!.at(-1)!), `slide ${slide.no}`).toBe(false)
  })
})
