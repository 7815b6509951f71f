// The generated deck, built by the real Slidev CLI, opened slide by slide in real Chromium.
import type { Browser } from 'playwright-chromium'
import type { Served } from './support.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { readDeck } from '../support/deck-reader.ts'
import { ROOT, serveDir, watchedPage } from './support.ts'

let browser: Browser
let served: Served

beforeAll(async () => {
  served = await serveDir(inject('deckDir'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
})

describe('the built deck', () => {
  it('opens every slide with its heading visible and no page or console error', async () => {
    const deck = await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
    const { page, problems } = await watchedPage(browser)
    for (const slide of deck.slides) {
      const no = slide.index + 1
      await page.goto(`${served.url}/${no}?clicks=${slide.frontmatter.clicks ?? 0}`)
      const heading = page.locator(`.slidev-page-${no} :is(h1, .lesson-heading)`).first()
      // The first load of a built deck can keep a shared machine busy past vitest 5's 1 s poll; Playwright waits longer.
      await heading.waitFor({ state: 'visible', timeout: 20_000 })
      expect(await heading.innerText()).not.toBe('')
    }
    expect(problems).toEqual([])
  })

  it('shows the words of the text slides (cards, two columns, think pause, one-liner) once all steps are shown', async () => {
    const deck = await readDeck(await readFile(join(ROOT, 'slides.md'), 'utf8'))
    const textSlides = deck.map((slide, i) => ({ ...slide, no: i + 1 })).filter(slide => TEXT_COMPONENTS.includes(slide.component?.name ?? ''))
    expect(new Set(textSlides.map(slide => slide.component!.name))).toEqual(new Set(TEXT_COMPONENTS))
    const { page, problems } = await watchedPage(browser)
    for (const slide of textSlides) {
      await page.goto(`${served.url}/${slide.no}?clicks=${slide.frontmatter.clicks ?? 0}`)
      const shown = page.locator(`.slidev-page-${slide.no}`)
      await expect.poll(() => shown.isVisible(), { message: `slide ${slide.no}` }).toBe(true)
      // innerText is what is rendered visible (hidden steps are not in it); case aside, as CSS may capitalise.
      // Polled: the slide's frame can be visible a moment before its component has drawn.
      const visible = () => shown.innerText().then(text => squash(text).toLowerCase())
      for (const words of slide.shownText.filter(text => text.trim() !== ''))
        await expect.poll(visible, { message: `slide ${slide.no} (${slide.component!.name}) shows "${words}"`, timeout: 15_000 }).toContain(squash(words).toLowerCase())
    }
    expect(problems).toEqual([])
  })
})

const TEXT_COMPONENTS = ['Cards', 'TwoColumns', 'ThinkPause', 'OneLiner']
const squash = (text: string) => text.replace(/\s+/g, ' ').trim()
