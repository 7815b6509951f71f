// A lesson full of mustaches, raw HTML, comment markers and rules, built by Slidev and opened in
// Chromium: every piece of it must show as text and none of it may run.
import type { Browser } from 'playwright-chromium'
import type { Served } from './support.ts'
import { copyFile, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { readDeck } from '../support/deck-reader.ts'
import { buildDeck, ROOT, serveDir, watchedPage } from './support.ts'

const FIXTURE = join(ROOT, 'tests/fixtures/hostile/expected.slides.md')
const ENTRY = '.e2e-hostile.md'
const OUT = join(ROOT, '.cache/e2e/hostile')

let browser: Browser
let served: Served

beforeAll(async () => {
  await copyFile(FIXTURE, join(ROOT, ENTRY))
  await buildDeck(ENTRY, OUT)
  served = await serveDir(OUT)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
  await rm(join(ROOT, ENTRY), { force: true })
})

describe('a hostile lesson', () => {
  it('shows its mustaches, tags and markers as text on every slide and in the notes, and runs nothing', async () => {
    const slides = await readDeck(await readFile(FIXTURE, 'utf8'))
    const { page, problems } = await watchedPage(browser)
    for (const [i, slide] of slides.entries()) {
      for (const view of [`/${i + 1}?clicks=${slide.frontmatter.clicks}`, `/presenter/${i + 1}?clicks=${slide.frontmatter.clicks}`]) {
        await page.goto(`${served.url}${view}`)
        const shownPage = page.locator(`.slidev-page-${i + 1}`).first()
        await expect.poll(() => shownPage.isVisible(), { message: view }).toBe(true)
        for (const shown of slide.shownText.filter(Boolean))
          await expect.poll(() => shownPage.innerText(), { message: `${view}: ${shown}` }).toContain(shown.replace(/\s+/g, ' '))
        expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned), view).toBeUndefined()
      }
    }
    await page.goto(`${served.url}/presenter/2`)
    const notes = page.locator('.slidev-note').first()
    await expect.poll(() => notes.innerText()).toContain('{{ window.__pwned = \'mustache\' }}')
    expect(await notes.innerText()).toContain('<img src="x" onerror="window.__pwned = \'img\'">')
    expect(await notes.innerText()).toContain('[click:3]')
    expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined()
    expect(problems).toEqual([])
  })
})
