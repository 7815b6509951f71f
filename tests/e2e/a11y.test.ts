// Accessibility of the built deck in Chromium: axe-core on every slide at its last click and on the
// presenter view, and the keyboard alone moving through every click of the deck.
import type { Browser, Page } from 'playwright-chromium'
import type { ReadSlide } from '../support/deck-reader.ts'
import type { Served } from './support.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { readDeck } from '../support/deck-reader.ts'
import { ROOT, serveDir, watchedPage } from './support.ts'

let browser: Browser
let served: Served
let slides: ReadSlide[]

beforeAll(async () => {
  slides = await readDeck(await readFile(join(ROOT, 'slides.md'), 'utf8'))
  served = await serveDir(inject('deckDir'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
})

interface Violation { id: string, impact: string, help: string, nodes: string[] }

/**
 * Slidev 52's menu button wraps its icon button in another button (nested-interactive). It is Slidev's
 * own control, not fixable from a deck, so it alone is left out of the presenter-view check.
 */
const SLIDEV_NESTED_MENU_BUTTON = 'button:has(> button)'

/** axe-core's serious and critical findings inside `scope`. */
async function seriousViolations(page: Page, scope: string, exclude: string[] = []): Promise<Violation[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async ({ scope, exclude }) => {
    const context = { include: [[scope]], exclude: exclude.map(selector => [selector]) }
    const result = await window.axe.run(context, { resultTypes: ['violations'] })
    return result.violations
      .filter(v => v.impact === 'serious' || v.impact === 'critical')
      .map(v => ({ id: v.id, impact: v.impact!, help: v.help, nodes: v.nodes.map(n => n.target.join(' ')) }))
  }, { scope, exclude })
}

declare global {
  interface Window { axe: typeof axe }
}

describe('accessibility', () => {
  it('has no serious or critical axe violation on any slide at its last click', async () => {
    const { page, problems } = await watchedPage(browser)
    const found: string[] = []
    for (const [i, slide] of slides.entries()) {
      await page.goto(`${served.url}/${i + 1}?clicks=${slide.frontmatter.clicks ?? 0}`)
      await page.locator(`.slidev-page-${i + 1}`).first().waitFor()
      for (const v of await seriousViolations(page, `.slidev-page-${i + 1}`))
        found.push(`slide ${i + 1}: ${v.id} (${v.impact}) ${v.help} at ${v.nodes.join(', ')}`)
    }
    expect(found).toEqual([])
    expect(problems).toEqual([])
  })

  it('has no serious or critical axe violation in the presenter view', async () => {
    const { page } = await watchedPage(browser, { viewport: { width: 1280, height: 800 } })
    await page.goto(`${served.url}/presenter/2`)
    await page.locator('.slidev-note').first().waitFor()
    const violations = await seriousViolations(page, 'body', [SLIDEV_NESTED_MENU_BUTTON])
    expect(violations).toEqual([])
  })

  it('moves through every click of every slide with the keyboard alone', async () => {
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${served.url}/1`)
    await page.locator('.slidev-page-1').first().waitFor()
    const steps = slides.reduce((total, slide) => total + Number(slide.frontmatter.clicks ?? 0) + 1, 0)
    for (let step = 1; step < steps; step++)
      await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${slides.length}`)
    await page.keyboard.press('ArrowLeft')
    const last = slides.at(-1)!
    const expectedBack = Number(last.frontmatter.clicks ?? 0) > 0 ? `/${slides.length}` : `/${slides.length - 1}`
    await expect.poll(() => new URL(page.url()).pathname).toBe(expectedBack)
    expect(problems).toEqual([])
  })
})
