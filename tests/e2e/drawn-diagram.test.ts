// A lesson whose drawings are text (Unicode boxes, a misaligned box, a code listing), built with the real
// Slidev CLI and walked in Chromium: each drawing is drawn as vector shapes with all its words, built up
// click by click, with no page error and nothing axe finds serious.
import type { Browser } from 'playwright-chromium'
import type { Deck } from '../../scripts/lesson/types.ts'
import type { OpenDeck, Served } from './support.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { openDeck, ROOT, watchedPage } from './support.ts'

const LESSON = 'tests/fixtures/drawings/lesson.md'
const ENTRY = '.e2e-drawings.md'
const RE_WORD = /[\p{L}\p{N}]+/gu

let browser: Browser
let served: Served
let deck: Deck
let opened: OpenDeck | undefined

beforeAll(async () => {
  const generated = generateDeck(await readFile(join(ROOT, LESSON), 'utf8'), LESSON, `./${LESSON}`)
  deck = generated.deck
  opened = await openDeck(ENTRY, generated.text)
  ;({ browser, served } = opened)
})

afterAll(() => opened?.close())

/** Slide numbers (1-based) of the deck's drawn diagrams. */
const drawnSlides = () => deck.slides.flatMap((slide, i) => (slide.component.name === 'DrawnDiagram' ? [{ number: i + 1, slide }] : []))

describe('a drawn diagram in the built deck', () => {
  it('is vector shapes with the drawing\'s words as text, and no <pre>', async () => {
    const { page, problems } = await watchedPage(browser)
    const [, diagram] = drawnSlides()
    const drawing = await readFile(join(ROOT, 'tests/fixtures/drawings/unicode-boxes.txt'), 'utf8')
    await page.goto(`${served.url}/${diagram!.number}?clicks=${diagram!.slide.clicks}`)
    const stage = page.locator(`.slidev-page-${diagram!.number} .drawn`)
    await stage.locator('svg text').first().waitFor()
    expect(await stage.locator('pre').count()).toBe(0)
    expect(await stage.locator('svg :is(rect, line, path, polygon, polyline)').count()).toBeGreaterThanOrEqual(6)
    const shown = new Set(((await stage.locator('svg text').allTextContents()).join(' ').match(RE_WORD) ?? []))
    const words = drawing.match(RE_WORD) ?? []
    expect(words.filter(word => shown.has(word)).length / words.length).toBeGreaterThanOrEqual(0.95)
    // Text no smaller than reads from the back of the room, on the 980×552 canvas.
    const sizes = await stage.locator('svg text').evaluateAll(texts => texts.map(text => Number.parseFloat(getComputedStyle(text).fontSize)))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14)
    expect(problems).toEqual([])
    await page.close()
  })

  it('builds up click by click: fewer parts at the first step than at the last', async () => {
    const { page, problems } = await watchedPage(browser)
    const [, diagram] = drawnSlides()
    const visible = async (clicks: number) => {
      await page.goto(`${served.url}/${diagram!.number}?clicks=${clicks}`)
      const stage = page.locator(`.slidev-page-${diagram!.number} .drawn`)
      await expect.poll(() => stage.getAttribute('data-step')).toBe(String(clicks))
      return stage.locator('[data-part]:not(.is-hidden)').count()
    }
    const first = await visible(0)
    const last = await visible(diagram!.slide.clicks)
    expect(first).toBeGreaterThan(0)
    expect(last).toBeGreaterThan(first)
    expect(problems).toEqual([])
    await page.close()
  })

  it('has nothing axe finds serious, and every slide and click of the deck opens without an error', async () => {
    const { page, problems } = await watchedPage(browser)
    for (const [i, slide] of deck.slides.entries()) {
      for (let clicks = 0; clicks <= slide.clicks; clicks++) {
        await page.goto(`${served.url}/${i + 1}?clicks=${clicks}`)
        await page.locator(`.slidev-page-${i + 1}`).waitFor()
      }
    }
    for (const { number, slide } of drawnSlides()) {
      await page.goto(`${served.url}/${number}?clicks=${slide.clicks}`)
      await page.locator(`.slidev-page-${number} .drawn svg`).waitFor()
      await page.addScriptTag({ content: axe.source })
      const serious = await page.evaluate(async (scope) => {
        const result = await window.axe.run({ include: [[scope]] }, { resultTypes: ['violations'] })
        return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => v.id)
      }, `.slidev-page-${number}`)
      expect(serious).toEqual([])
    }
    expect(problems).toEqual([])
    await page.close()
  })
})
