// The font check of the print session in real Chromium: a stylesheet that brings its @font-face after the
// page first painted (as a route's split CSS may on a busy machine) is waited for, not reported as missing.
import type { Browser, Page } from 'playwright-chromium'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { preflightFonts } from '../../scripts/export/preflight.ts'
import { evaluateIn } from '../../scripts/export/print-view.ts'

/** A face whose file does not exist: declared, so the check sees it, and unused, so nothing must load. */
const FACE = '@font-face { font-family: "Late Sans"; src: url(/nowhere.woff2); }'

describe('the print session\'s font check', () => {
  let browser: Browser
  let page: Page
  beforeAll(async () => {
    browser = await launchChromium()
    page = await browser.newPage()
  })
  afterAll(() => browser?.close())

  it('waits for a @font-face that arrives after the first paint', async () => {
    await page.setContent(`<main>Words</main><script>setTimeout(() => { const style = document.createElement('style'); style.textContent = ${JSON.stringify(FACE)}; document.head.append(style) }, 600)</script>`)
    await expect(preflightFonts(evaluateIn(page), 'main', ['Late Sans'])).resolves.toBeUndefined()
  })

  it('still reports a font the deck names and never ships', async () => {
    await page.setContent('<main>Words</main>')
    await expect(preflightFonts(evaluateIn(page), 'main', ['Never Shipped'])).rejects.toThrow(/names the font "Never Shipped" but ships no @font-face/)
  }, 30_000)
})
