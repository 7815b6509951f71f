// Live authoring, in real Chromium against `npm start` on a copy of a lesson: a save changes the open
// presenter and audience views in place (same slide and click, no reload); a save that breaks the
// lesson keeps the last good deck, shows a banner in the presenter view only, and the next good save
// takes it away. A deck edited by hand is not overwritten, and the presenter is told why. The author's
// `<!-- slide: text -->` under a heading is followed on save, and never shown.
import type { Browser, Page } from 'playwright-chromium'
import type { StartSession } from '../../scripts/bench/start-session.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from '../../scripts/bench/start-session.ts'
import { launchChromium } from '../../scripts/browser.ts'
import { HOOK_LAST_CLICK, HOOK_LESSON, HOOK_SENTENCE, ROOT, watchedPage } from './support.ts'

const BANNER = '[data-lesson-problem]'

let session: StartSession
let browser: Browser
let presenter: Page
let audience: Page
let presenterProblems: string[]

/** The slide's own text (not the notes, not the next slide's preview). */
function slideText(page: Page): Promise<string> {
  return page.locator('.slidev-page-2 .slidev-layout').first().innerText()
}

async function editLesson(edit: (text: string) => string): Promise<void> {
  const text = await readFile(session.lesson, 'utf8')
  const next = edit(text)
  expect(next).not.toBe(text)
  await writeFile(session.lesson, next)
}

beforeAll(async () => {
  session = await startSession({ root: ROOT, lesson: HOOK_LESSON })
  browser = await launchChromium()
  ;({ page: presenter, problems: presenterProblems } = await watchedPage(browser, { viewport: { width: 1280, height: 720 } }))
  ;({ page: audience } = await watchedPage(browser))
  await presenter.goto(`${session.devUrl}/presenter${HOOK_LAST_CLICK}`)
  await audience.goto(`${session.devUrl}${HOOK_LAST_CLICK}`)
  // The first visit compiles the deck on demand.
  for (const page of [presenter, audience])
    await page.locator('.slidev-page-2 .slidev-layout').getByText('Product teams build features users see.').first().waitFor({ timeout: 60_000 })
  // Survives an in-place update; a reload would lose it.
  for (const page of [presenter, audience])
    await page.evaluate(() => Object.assign(window, { sameDocument: true }))
})

afterAll(async () => {
  await browser?.close()
  await session?.stop()
})

describe('live authoring', () => {
  it('shows a saved sentence on the same slide and click in both views, without a reload', async () => {
    await editLesson(text => text.replace(HOOK_SENTENCE, 'product teams build features users adore.'))
    for (const page of [presenter, audience]) {
      await expect.poll(() => slideText(page)).toContain('Product teams build features users adore.')
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
    }
    expect(new URL(presenter.url()).pathname + new URL(presenter.url()).search).toBe(`/presenter${HOOK_LAST_CLICK}`)
    expect(new URL(audience.url()).pathname + new URL(audience.url()).search).toBe(HOOK_LAST_CLICK)
    // The notes follow as well.
    await expect.poll(() => presenter.locator('.slidev-note').first().innerText()).toContain('features users adore')
  })

  it('follows the author\'s word on the picture: a saved `slide: text` sets the Hook as text, its removal brings the scene back', async () => {
    const scene = (page: Page) => page.locator('.slidev-page-2 .analogy').count()
    expect(await scene(presenter)).toBe(1)
    await editLesson(text => text.replace(/^## The Hook.*\n/m, heading => `${heading}<!-- slide: text -->\n`))
    for (const page of [presenter, audience]) {
      await expect.poll(() => page.locator('.slidev-page-2 .key-points').count(), { timeout: 15_000 }).toBe(1)
      expect(await scene(page)).toBe(0)
      expect(await slideText(page)).not.toContain('slide: text')
    }
    expect(await presenter.locator('.slidev-note').first().innerText()).not.toContain('slide: text')
    expect(await readFile(session.deck, 'utf8')).not.toContain('slide: text')
    await editLesson(text => text.replace('<!-- slide: text -->\n', ''))
    for (const page of [presenter, audience])
      await expect.poll(() => scene(page), { timeout: 15_000 }).toBe(1)
  })

  it('keeps the last good deck when a save breaks the lesson, and tells the presenter only', async () => {
    await editLesson(text => text.replace(/^# /, ''))
    const banner = presenter.locator(BANNER)
    await expect.poll(() => banner.isVisible()).toBe(true)
    const lessonName = session.lesson.split('/').pop()!
    expect(await banner.innerText()).toMatch(new RegExp(`${lessonName.replace('.', '\\.')}:1:1: .*# Title`))
    expect(session.stderr()).toMatch(new RegExp(`${lessonName.replace('.', '\\.')}:1:1: `))
    expect(await audience.locator(BANNER).count()).toBe(0)
    for (const page of [presenter, audience])
      expect(await slideText(page)).toContain('Product teams build features users adore.')
    await presenter.screenshot({ path: join(ROOT, 'artifacts/screenshots/live-presenter-banner.png') })
    await audience.screenshot({ path: join(ROOT, 'artifacts/screenshots/live-audience-while-broken.png') })

    // A presenter view opened while the lesson is broken shows the banner too.
    const { page: late } = await watchedPage(browser, { viewport: { width: 1280, height: 720 } })
    await late.goto(`${session.devUrl}/presenter${HOOK_LAST_CLICK}`)
    await expect.poll(() => late.locator(BANNER).isVisible(), { timeout: 30_000 }).toBe(true)
    await late.close()

    await editLesson(text => `# ${text}`)
    await expect.poll(() => banner.count()).toBe(0)
    expect(await presenter.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
  })

  it('never overwrites a deck edited by hand, and says so in the presenter view', async () => {
    const edited = `${await readFile(session.deck, 'utf8')}\nA line added by hand.\n`
    await writeFile(session.deck, edited)
    await editLesson(text => text.replace('features users adore.', 'features users want.'))
    await expect.poll(() => presenter.locator(BANNER).isVisible()).toBe(true)
    await expect.poll(() => presenter.locator(BANNER).innerText()).toMatch(/edited by hand/)
    expect(await readFile(session.deck, 'utf8')).toBe(edited)
    expect(presenterProblems).toEqual([])
  })
})
