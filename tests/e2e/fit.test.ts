// Nothing is cut off: the decks of every lesson in lessons/, of the series' lessons in ../shared/series/ (when
// the checkout has them beside it) and of a lesson of long sections written for this test, built with the real
// Slidev CLI and opened in Chromium at every slide and every click. Every piece of text must stay inside the
// 980×552 slide, with the card, slot or banner it sits on, and inside every box that clips it (an `overflow` other
// than visible, an SVG's viewport), and no such box may hold more than it shows (scrollHeight past clientHeight).
import type { Browser, Page } from 'playwright-chromium'
import type { Served } from './support.ts'
import { existsSync } from 'node:fs'
import { readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { basename, join, relative } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { measureType } from '../../scripts/fit/measure-type.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { buildDeck, ROOT, serveDir, watchedPage } from './support.ts'

const SERIES = join(ROOT, '../shared/series')
const LONG_LESSON = 'tests/fixtures/long-sections/lesson.md'
/** One deck holding every lesson's slides, so Slidev builds once; at the project root, where it finds components/. */
const ENTRY = `.e2e-fit-${process.pid}.md`
const OUT = join(ROOT, `.cache/e2e/fit-${process.pid}`)
/** Pixels a box may pass an edge by: sub-pixel rounding of glyph boxes. */
const SLACK = 1

interface Stop {
  /** 1-based slide number in the combined deck. */
  no: number
  clicks: number
  where: string
}

let browser: Browser
let served: Served
const stops: Stop[] = []

/** The lessons to check: ours, the series' when present, and the long-sections lesson. */
async function lessonFiles(): Promise<string[]> {
  const ours = (await readdir(join(ROOT, 'lessons'))).filter(name => name.endsWith('.md')).map(name => join(ROOT, 'lessons', name))
  if (!existsSync(SERIES)) {
    console.warn(`fit.test: ${SERIES} is absent; checking lessons/ and ${LONG_LESSON} only`)
    return [...ours, join(ROOT, LONG_LESSON)]
  }
  const series = (await readdir(SERIES)).filter(name => name.endsWith('.md') && name !== 'README.md').map(name => join(SERIES, name))
  return [...ours, ...series, join(ROOT, LONG_LESSON)]
}

/**
 * Opens the deck at the deep link `/N?clicks=K`: loaded once, then each link goes through the deck's own router
 * (the history entry a presenter's browser makes), so the walk costs no page load per click. It waits until the
 * slide shows that step and its fonts are in.
 */
async function open(page: Page, stop: Stop, loaded: boolean): Promise<void> {
  const path = `/${stop.no}?clicks=${stop.clicks}`
  if (loaded) {
    await page.evaluate((path) => {
      history.pushState(history.state, '', path)
      dispatchEvent(new PopStateEvent('popstate', { state: history.state }))
    }, path)
  }
  else {
    await page.goto(`${served.url}${path}`)
  }
  const slide = page.locator(`.slidev-page-${stop.no}`)
  await slide.locator('.slidev-layout').waitFor({ state: 'visible' })
  if (stop.clicks > 0)
    await slide.locator(`[data-step="${stop.clicks}"]`).first().waitFor({ state: 'attached' })
  await page.evaluate(() => document.fonts.ready.then(() => undefined))
}

/** Text on slide `no` that leaves the slide, passes the edge of a box that clips it, or a clipping box holding more than it shows. */
function cutOff(page: Page, no: number, slack: number): Promise<string[]> {
  return page.evaluate(({ no, slack }) => {
    const root = document.querySelector<HTMLElement>(`.slidev-page-${no}`)!
    const slide = root.getBoundingClientRect()
    const name = (el: Element) => `${el.tagName.toLowerCase()}${el.classList.length > 0 ? `.${[...el.classList].join('.')}` : ''}`
    const outside = (r: DOMRect, box: DOMRect) =>
      r.left < box.left - slack || r.top < box.top - slack || r.right > box.right + slack || r.bottom > box.bottom + slack
    const clips = (el: Element) => {
      const style = getComputedStyle(el)
      return el instanceof SVGSVGElement ? style.overflow !== 'visible' : style.overflowX !== 'visible' || style.overflowY !== 'visible'
    }
    /** The nearest box around `el` drawn with a background or a border, below the slide itself. */
    const framed = (el: Element): Element | undefined => {
      for (let box = el.parentElement as Element | null; box && box !== root && !box.classList.contains('slidev-layout'); box = box.parentElement) {
        const style = getComputedStyle(box)
        if (style.backgroundColor !== 'rgba(0, 0, 0, 0)' || Number.parseFloat(style.borderTopWidth) > 0 || Number.parseFloat(style.borderLeftWidth) > 0)
          return box
      }
      return undefined
    }
    const problems: string[] = []
    const texts = [...root.querySelectorAll('.slidev-layout *')].filter(el =>
      [...el.childNodes].some(node => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')
      && !el.closest('.is-hidden, [aria-hidden="true"], title'))
    for (const el of texts) {
      const r = el.getBoundingClientRect()
      if (r.width === 0 && r.height === 0)
        continue
      const said = `${name(el)} "${(el.textContent ?? '').trim().slice(0, 40)}"`
      if (outside(r, slide))
        problems.push(`${said} leaves the slide: ${Math.round(r.left - slide.left)},${Math.round(r.top - slide.top)} to ${Math.round(r.right - slide.left)},${Math.round(r.bottom - slide.top)}`)
      // The card, slot or banner the text sits on is part of what is read: it may not run off the slide either.
      const frame = framed(el)
      if (frame && outside(frame.getBoundingClientRect(), slide))
        problems.push(`${said}: its frame ${name(frame)} leaves the slide`)
      for (let box = el.parentElement as Element | null; box && box !== root; box = box.parentElement) {
        if (clips(box) && outside(r, box.getBoundingClientRect()))
          problems.push(`${said} is clipped by ${name(box)}`)
      }
      if (el instanceof HTMLElement && clips(el) && (el.scrollHeight > el.clientHeight + slack || el.scrollWidth > el.clientWidth + slack))
        problems.push(`${said} holds more than it shows (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`)
    }
    return problems
  }, { no, slack })
}

describe('every slide of every lesson', () => {
  beforeAll(async () => {
    const parts: string[] = []
    let slidesBefore = 0
    for (const file of await lessonFiles()) {
      const { deck, text } = generateDeck(await readFile(file, 'utf8'), relative(ROOT, file))
      // Each lesson after the first joins the deck at its cover, its headmatter read as that slide's frontmatter.
      parts.push(text)
      deck.slides.forEach((slide, i) => {
        for (let k = 0; k <= slide.clicks; k++)
          stops.push({ no: slidesBefore + i + 1, clicks: k, where: `${basename(file)} slide ${i + 1} (${slide.component.name}, ${slide.title}) click ${k}` })
      })
      slidesBefore += deck.slides.length
    }
    await writeFile(join(ROOT, ENTRY), parts.join('\n'))
    try {
      await rm(OUT, { recursive: true, force: true })
      await buildDeck(ENTRY, OUT)
    }
    finally {
      await rm(join(ROOT, ENTRY), { force: true })
    }
    served = await serveDir(OUT)
    browser = await launchChromium()
  }, 600_000)

  afterAll(async () => {
    await browser?.close()
    await served?.close()
    await rm(OUT, { recursive: true, force: true })
  })

  it('keeps all its text inside the slide and inside its boxes at every click', async () => {
    const { page, problems } = await watchedPage(browser, { reducedMotion: 'reduce' })
    const cut: string[] = []
    for (const [i, stop] of stops.entries()) {
      await open(page, stop, i > 0)
      cut.push(...(await cutOff(page, stop.no, SLACK)).map(problem => `${stop.where}: ${problem}`))
    }
    expect(cut).toEqual([])
    expect(problems).toEqual([])
    await page.close()
  }, 1_200_000)
})

describe('the type model\'s table', () => {
  it('is what Chromium measures for the deck\'s font now (node scripts/fit/measure-type.ts rewrites it)', async () => {
    const committed = JSON.parse(await readFile(join(ROOT, 'scripts/lesson/fit/type-metrics.json'), 'utf8')) as unknown
    expect(await measureType()).toEqual(committed)
  })
})
