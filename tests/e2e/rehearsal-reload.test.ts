// A rehearsal that survives the presenter view: a reload mid-run resumes the same run (same id, every
// click kept, Slidev's timer still running) and it is saved once; a view closed mid-run is saved as an
// unfinished run the next time the presenter view opens. Then the rehearse toggle's large notes.
import type { Browser, Page } from 'playwright-chromium'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { STALE_MS } from '../../components/rehearsal/keptRun.ts'
import { launchChromium } from '../../scripts/browser.ts'
import { parseRun } from '../../scripts/rehearsal/run.ts'
import { ROOT, startDevServer, watchedPage } from './support.ts'

interface PlannedSlide { no: number, clicks: number, sectionIndex: number }

const PRESENTER_VIEWPORT = { viewport: { width: 1280, height: 720 } }
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0)
const PAGE_LOAD_ALLOWANCE_MS = 10 * 60_000
const STEP_MS = 2000

let browser: Browser
let server: { url: string, stop: () => void }
let rehearsals: string
let slides: PlannedSlide[]
let slug: string

beforeAll(async () => {
  const deck = await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
  slides = deck.slides.map((slide, i) => ({ no: i + 1, clicks: Number(slide.frontmatter.clicks ?? 0), sectionIndex: Number(slide.frontmatter.sectionIndex) }))
  slug = String(deck.slides[0]!.frontmatter.lessonSlug)
  rehearsals = await mkdtemp(join(tmpdir(), 'rehearsals-'))
  server = await startDevServer(rehearsals)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  server?.stop()
  await rm(rehearsals, { recursive: true, force: true })
})

async function timerButton(page: Page, icon: 'play' | 'pause' | 'renew') {
  // Slidev shows its play / pause / reset buttons when the pointer is over the timer.
  await page.hover('.slidev-presenter .grid-section.bottom .group')
  await page.click(`.slidev-presenter .grid-section.bottom .i-carbon\\:${icon}`)
}

async function savedRuns(): Promise<{ name: string, run: RehearsalRun }[]> {
  const dir = join(rehearsals, slug)
  const names = (await readdir(dir).catch(() => [] as string[])).filter(name => name.endsWith('.json')).sort()
  return Promise.all(names.map(async name => ({ name, run: parseRun(JSON.parse(await readFile(join(dir, name), 'utf8'))) })))
}

/** Slidev's shared state as the dev server holds it (the module a page loads it from). */
function serverState(): Promise<string> {
  return fetch(`${server.url}/@server-reactive/nav`).then(response => response.text())
}

/** Steps through `count` clicks or slides from where the page is, STEP_MS on each; returns the positions in order. */
async function stepThrough(page: Page, from: { no: number, clicks: number }, count: number): Promise<{ no: number, clicks: number }[]> {
  const visited = [from]
  let at = from
  for (let i = 0; i < count; i++) {
    await page.clock.runFor(STEP_MS)
    await page.keyboard.press('ArrowRight')
    const slide = slides[at.no - 1]!
    at = at.clicks < slide.clicks ? { no: at.no, clicks: at.clicks + 1 } : { no: at.no + 1, clicks: 0 }
    visited.push(at)
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/presenter/${at.no}`)
  }
  return visited
}

describe('a run on the dev server', () => {
  it('survives a reload of the presenter view: same run, every click in order, saved once', async () => {
    const first = slides.find(s => s.sectionIndex === 0)!
    const { page, problems } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.clock.install({ time: T0 })
    await page.goto(`${server.url}/presenter/${first.no}`)
    const pacing = page.locator('[data-pacing]')
    await expect.poll(() => pacing.isVisible(), { timeout: 60_000 }).toBe(true)
    await page.clock.pauseAt(T0 + PAGE_LOAD_ALLOWANCE_MS)
    await timerButton(page, 'play')

    const before = await stepThrough(page, { no: first.no, clicks: 0 }, 5)
    await page.clock.runFor(STEP_MS / 2)
    // The page needs its timers to load; the clock runs on for the reload, then stops again. Slidev
    // sends its state to the server on a timer of the page's own: the reload waits until it got there.
    await page.clock.resume()
    await expect.poll(() => serverState()).toMatch(new RegExp(`"timer":\\{"status":"running".*"page":${before.at(-1)!.no}\\b|"page":${before.at(-1)!.no}\\b.*"timer":\\{"status":"running"`))
    await page.reload()
    await expect.poll(() => pacing.isVisible(), { timeout: 60_000 }).toBe(true)
    // Slidev's timer is still running, and this view records the same run rather than "not recording".
    await expect.poll(() => pacing.getAttribute('data-talk-status')).not.toBe('ready')
    await expect.poll(() => pacing.getByRole('button', { name: 'Save run' }).isVisible()).toBe(true)
    expect(await pacing.innerText()).not.toMatch(/Not recording/)
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000))
    const after = await stepThrough(page, before.at(-1)!, 4)
    await page.clock.runFor(STEP_MS)
    await timerButton(page, 'renew')
    await expect.poll(async () => (await savedRuns()).length).toBe(1)

    const [{ run }] = await savedRuns() as [{ name: string, run: RehearsalRun }]
    expect(run.unfinished).toBeUndefined()
    // Every position visited has its time, in the order visited, and nothing else has any. The one
    // shown across the reload has its STEP_MS and however long the reload took, on Slidev's timer.
    const reloadedAt = before.at(-1)!
    const expected = new Map<number, number[]>()
    for (const { no, clicks } of [...before, ...after.slice(1)]) {
      const perClick = expected.get(no) ?? []
      while (perClick.length <= clicks)
        perClick.push(0)
      perClick[clicks] = STEP_MS
      expected.set(no, perClick)
    }
    for (const slide of run.slides) {
      const want = expected.get(slide.no) ?? []
      expect(slide.clicksMs.length, `slide ${slide.no}`).toBe(want.length)
      slide.clicksMs.forEach((ms, k) => {
        if (slide.no === reloadedAt.no && k === reloadedAt.clicks)
          expect(ms, `slide ${slide.no} click ${k}, across the reload`).toBeGreaterThan(STEP_MS)
        else
          expect(ms, `slide ${slide.no} click ${k}`).toBe(want[k])
      })
    }
    expect(run.elapsedMs).toBe(run.slides.flatMap(slide => slide.clicksMs).reduce((a, b) => a + b, 0))
    // Slidev sends its state to the server on a timer of the page's own: let the clock run so the reset gets there.
    await page.clock.resume()
    // Saved once: resetting again, or opening the view again, writes nothing more.
    const { page: again } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await again.goto(`${server.url}/presenter/${first.no}`)
    await expect.poll(() => again.locator('[data-pacing]').isVisible(), { timeout: 60_000 }).toBe(true)
    expect((await savedRuns()).map(s => s.run.runId)).toEqual([run.runId])
    expect(problems).toEqual([])
    await again.close()
    await page.close()
  })

  it('saves a run whose view was closed mid-run as unfinished, the next time the presenter view opens', async () => {
    const first = slides.find(s => s.sectionIndex === 0)!
    const known = new Set((await savedRuns()).map(s => s.name))
    const context = await browser.newContext(PRESENTER_VIEWPORT)
    const closing = await context.newPage()
    await closing.clock.install({ time: T0 + 3_600_000 })
    await closing.goto(`${server.url}/presenter/${first.no}`)
    await expect.poll(() => closing.locator('[data-pacing]').isVisible(), { timeout: 60_000 }).toBe(true)
    await closing.clock.pauseAt(T0 + 3_600_000 + PAGE_LOAD_ALLOWANCE_MS)
    // The previous run ended with a reset: Slidev's timer is stopped, ready for this one.
    await expect.poll(() => closing.locator('[data-pacing]').getAttribute('data-talk-status')).toBe('ready')
    await timerButton(closing, 'play')
    await stepThrough(closing, { no: first.no, clicks: 0 }, 2)
    await closing.clock.runFor(STEP_MS)
    await closing.close()

    // Another tab of the same browser (same storage, its own session), opened once the closed one's run has gone stale.
    await context.clock.fastForward(STALE_MS + 5000)
    await context.clock.resume()
    const reopened = await context.newPage()
    await reopened.goto(`${server.url}/presenter/${first.no}`)
    await expect.poll(() => reopened.locator('[data-pacing]').isVisible(), { timeout: 60_000 }).toBe(true)
    await expect.poll(async () => (await savedRuns()).filter(s => !known.has(s.name)).length).toBe(1)
    const { run } = (await savedRuns()).find(s => !known.has(s.name))!
    expect(run.unfinished).toBe(true)
    // Settled to when the closed view last kept it: every click in, the stay after the last one up to its last keep.
    expect(run.slides.find(s => s.no === first.no)!.clicksMs.slice(0, 2)).toEqual([STEP_MS, STEP_MS])
    expect(run.elapsedMs).toBeGreaterThanOrEqual(2 * STEP_MS)
    await expect.poll(() => reopened.locator('[data-pacing-saved]').innerText()).toMatch(/Saved an unfinished run/)
    await timerButton(reopened, 'renew')
    await context.close()
  })
})
