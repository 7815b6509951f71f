// The pacing panel in real Chromium: in the presenter view only, following the slides and Slidev's
// timer; absent from the audience view, the overview, print and the printed PDF. Then a rehearsal on
// the dev server, started as `npm start` starts it, saved through the endpoint.
import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-chromium'
import type { SlideFrontmatter } from '../../scripts/lesson/types.ts'
import type { Served } from './support.ts'
import { execFile, spawn } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { parse } from '@slidev/parser'
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { formatClock } from '../../components/rehearsal/pacing.ts'
import { launchChromium, resolveChromium } from '../../scripts/browser.ts'
import { slidevArgs } from '../../scripts/dev-server/run-slidev.ts'
import { freePort } from '../../scripts/free-port.ts'
import { FRONTMATTER } from '../../scripts/lesson/types.ts'
import { parseRun } from '../../scripts/rehearsal/run.ts'
import { ROOT, serveDir, watchedPage } from './support.ts'

const exec = promisify(execFile)

type PlannedSlide = { no: number } & Pick<SlideFrontmatter, 'clicks' | 'section' | 'sectionIndex' | 'budgetSeconds'>

let browser: Browser
let served: Served
let slides: PlannedSlide[]

beforeAll(async () => {
  const deck = await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
  slides = deck.slides.map((slide, i) => ({
    no: i + 1,
    clicks: Number(slide.frontmatter[FRONTMATTER.clicks] ?? 0),
    section: String(slide.frontmatter[FRONTMATTER.section]),
    sectionIndex: Number(slide.frontmatter[FRONTMATTER.sectionIndex]),
    budgetSeconds: slide.frontmatter[FRONTMATTER.budgetSeconds] as number | undefined,
  }))
  served = await serveDir(inject('deckDir'))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await served?.close()
})

const PRESENTER_VIEWPORT = { viewport: { width: 1280, height: 720 } }
/** The page's clock starts here and runs until the test pauses it; then only runFor() moves it. */
const T0 = Date.UTC(2025, 2, 1, 9, 0, 0)
/** Long enough for a page to load before its clock is paused. */
const PAGE_LOAD_ALLOWANCE_MS = 10 * 60_000

/** The first slide of the first two timed sections. */
function firstTwoSections(): [PlannedSlide, PlannedSlide] {
  const first = slides.find(s => s.sectionIndex === 0)!
  const second = slides.find(s => s.sectionIndex === 1)!
  return [first, second]
}

async function startTimer(page: Page) {
  // Slidev shows its play / pause / reset buttons when the pointer is over the timer.
  await page.hover('.slidev-presenter .grid-section.bottom .group')
  await page.click('.slidev-presenter .grid-section.bottom .i-carbon\\:play')
}

describe('the pacing panel in the built deck', () => {
  it('shows the current section and its budget in the presenter view, beside Slidev\'s timer', async () => {
    const [hook] = firstTwoSections()
    const { page, problems } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.goto(`${served.url}/presenter/${hook.no}`)
    const pacing = page.locator('[data-pacing]')
    // The first page of a run may take more than a second on a busy machine.
    await expect.poll(() => pacing.isVisible()).toBe(true)
    expect(await pacing.count()).toBe(1)
    expect(await pacing.locator('[data-pacing-section]').innerText()).toBe(hook.section)
    expect(await pacing.locator('[data-pacing-budget]').innerText()).toBe(formatClock(hook.budgetSeconds!))
    expect(await pacing.locator('[data-pacing-spent]').innerText()).toBe('0:00')
    expect(await pacing.getAttribute('data-talk-status')).toBe('ready')
    expect(await pacing.innerText()).toMatch(/Start the timer/)
    // In the same row as Slidev's timer, not inside the slide.
    expect(await page.locator('.slidev-presenter .grid-section.bottom [data-pacing]').count()).toBe(1)
    expect(await page.locator('#slideshow [data-pacing]').count()).toBe(0)
    // The built deck has no endpoint to save to, so it offers no saving.
    expect(await pacing.getByRole('button', { name: 'Save run' }).count()).toBe(0)
    expect(await axeViolations(page, '[data-pacing]')).toEqual([])
    expect(problems).toEqual([])
  })

  it('moves to the next section when the slides advance', async () => {
    const [hook, next] = firstTwoSections()
    const { page } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.goto(`${served.url}/presenter/${hook.no}?clicks=${hook.clicks}`)
    const pacing = page.locator('[data-pacing]')
    await expect.poll(() => pacing.getAttribute('data-section-index')).toBe('0')
    for (let no = hook.no; no < next.no; no++)
      await page.keyboard.press('ArrowRight')
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/presenter/${next.no}`)
    await expect.poll(() => pacing.getAttribute('data-section-index')).toBe('1')
    expect(await pacing.locator('[data-pacing-section]').innerText()).toBe(next.section)
    expect(await pacing.locator('[data-pacing-budget]').innerText()).toBe(formatClock(next.budgetSeconds!))
    expect(await pacing.innerText()).toContain(`planned ${formatClock(hook.budgetSeconds!)}–${formatClock(hook.budgetSeconds! + next.budgetSeconds!)}`)
  })

  it('follows Slidev\'s timer: start, pause, reset, and says when the talk runs ahead or behind', async () => {
    const [hook] = firstTwoSections()
    const { page } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.clock.install({ time: T0 })
    await page.goto(`${served.url}/presenter/${hook.no}`)
    const pacing = page.locator('[data-pacing]')
    const spent = pacing.locator('[data-pacing-spent]')
    await expect.poll(() => pacing.getAttribute('data-talk-status')).toBe('ready')
    await page.clock.pauseAt(T0 + PAGE_LOAD_ALLOWANCE_MS)

    await startTimer(page)
    await page.clock.runFor(3000)
    await expect.poll(() => spent.innerText()).toBe('0:03')
    expect(await pacing.getAttribute('data-talk-status')).toBe('on-track')
    expect(await pacing.innerText()).toContain('✓ On track')

    // Long past the section's budget and the talk's tolerance: over, and behind, in words as well as colour.
    const over = hook.budgetSeconds! + 20
    await page.clock.runFor((over - 3) * 1000)
    await expect.poll(() => spent.innerText()).toBe(formatClock(over))
    expect(await pacing.getAttribute('data-section-status')).toBe('over')
    expect(await pacing.innerText()).toContain(`Over by ${formatClock(20)}`)
    expect(await pacing.getAttribute('data-talk-status')).toBe('behind')
    expect(await pacing.innerText()).toContain(`▼ Behind by ${formatClock(20)}`)
    expect(await pacing.locator('[data-pacing-talk]').evaluate(e => getComputedStyle(e).color)).toBe('rgb(185, 28, 28)')
    // The warning colours keep their contrast (axe needs the clock running).
    await page.clock.resume()
    expect(await axeViolations(page, '[data-pacing]')).toEqual([])

    await page.hover('.slidev-presenter .grid-section.bottom .group')
    await page.click('.slidev-presenter .grid-section.bottom .i-carbon\\:pause')
    await expect.poll(() => pacing.innerText()).toMatch(/timer paused/)
    await page.clock.pauseAt(await page.evaluate(() => Date.now() + 1000))
    const paused = await spent.innerText()
    await page.clock.runFor(10_000)
    expect(await spent.innerText()).toBe(paused)

    await page.click('.slidev-presenter .grid-section.bottom .i-carbon\\:renew')
    await expect.poll(() => pacing.getAttribute('data-talk-status')).toBe('ready')
    expect(await spent.innerText()).toBe('0:00')

    // Started again and straight on to the next section: it is reached long before the plan has it start.
    await startTimer(page)
    await page.clock.runFor(2000)
    for (let step = 0; step <= hook.clicks; step++)
      await page.keyboard.press('ArrowRight')
    await expect.poll(() => pacing.getAttribute('data-section-index')).toBe('1')
    await page.clock.runFor(1000)
    await expect.poll(() => pacing.getAttribute('data-talk-status')).toBe('ahead')
    expect(await pacing.innerText()).toMatch(/▲ Ahead by \d+:\d\d/)
  })

  it('has a rehearse toggle: the current click\'s notes large and in view, the rest dimmed', async () => {
    const slide = slides.find(s => s.sectionIndex >= 0 && s.clicks >= 3)!
    const { page, problems } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.goto(`${served.url}/presenter/${slide.no}?clicks=1`)
    const toggle = page.getByRole('button', { name: 'Rehearse' })
    await expect.poll(() => toggle.isVisible()).toBe(true)
    expect(await toggle.getAttribute('aria-pressed')).toBe('false')
    const notes = '.slidev-presenter .grid-section.note .slidev-note'
    const current = page.locator(`${notes} > :has(.slidev-note-click-mark-active)`)
    const faded = page.locator(`${notes} > .slidev-note-fade`).first()
    const fontSize = (element: typeof current) => element.evaluate(e => Number.parseFloat(getComputedStyle(e).fontSize))
    await expect.poll(() => current.count()).toBe(1)
    const usual = await fontSize(current)

    await toggle.click()
    expect(await toggle.getAttribute('aria-pressed')).toBe('true')
    await expect.poll(() => fontSize(current)).toBeGreaterThan(usual * 1.5)
    expect(await fontSize(faded)).toBeLessThan(usual * 1.2)
    expect(await faded.evaluate(e => getComputedStyle(e).color)).toBe('rgb(107, 114, 128)')
    // On to the last click: its chunk, far down the notes at this size, is scrolled into view.
    for (let k = 1; k < slide.clicks; k++)
      await page.keyboard.press('ArrowRight')
    await expect.poll(() => current.evaluate((paragraph) => {
      let scroller = paragraph.parentElement!
      while (scroller.scrollHeight <= scroller.clientHeight && scroller.parentElement)
        scroller = scroller.parentElement
      const box = paragraph.getBoundingClientRect()
      const view = scroller.getBoundingClientRect()
      return scroller.scrollTop > 0 && box.top >= view.top && box.top < view.top + view.height / 2
    })).toBe(true)
    expect(await axeViolations(page, '.slidev-presenter .grid-section.note')).toEqual([])

    await toggle.click()
    await expect.poll(() => fontSize(current)).toBe(usual)
    expect(problems).toEqual([])
  })

  it('stays out of the audience view and the overview', async () => {
    const [hook] = firstTwoSections()
    const { page, problems } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.goto(`${served.url}/${hook.no}`)
    await page.locator(`.slidev-page-${hook.no} .slidev-layout`).first().waitFor()
    // The audience's navigation bar draws the same custom controls; the panel must not come with them.
    await page.mouse.move(100, 700)
    await page.locator('nav').first().waitFor({ state: 'attached' })
    expect(await page.locator('[data-pacing]').count()).toBe(0)

    await page.goto(`${served.url}/overview`)
    await page.locator('.slidev-page .slidev-layout').first().waitFor()
    expect(await page.locator('[data-pacing]').count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('is hidden when the presenter view itself is printed', async () => {
    const { page } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.goto(`${served.url}/presenter/2`)
    const pacing = page.locator('[data-pacing]')
    await expect.poll(() => pacing.isVisible()).toBe(true)
    await page.emulateMedia({ media: 'print' })
    await expect.poll(() => pacing.isVisible()).toBe(false)
  })
})

describe('the exported PDF', () => {
  // Slidev's own exporter prints once the network has been idle for half a second; on a loaded machine
  // that can come before the app drew (a PDF of blank pages, seen once under stress-ng). A blank print
  // is taken again; a deck that never draws, or draws the panel, fails both times.
  it('has the slides and none of the pacing panel', { retry: 1 }, async () => {
    const dir = await mkdtemp(join(tmpdir(), 'pacing-export-'))
    try {
      const pdf = join(dir, 'deck.pdf')
      await exec(join(ROOT, 'node_modules/.bin/slidev'), ['export', 'slides.md', '--output', pdf, '--executable-path', resolveChromium().path, '--timeout', '60000'], { cwd: ROOT })
      const { stdout } = await exec('pdftotext', [pdf, '-'])
      const text = stdout.replace(/\s+/g, ' ')
      expect(text).toContain(firstTwoSections()[0].section)
      expect(text).not.toMatch(/Start the timer|planned \d|not timed|Save run/)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})

describe('a rehearsal on the dev server', () => {
  let slidev: ChildProcess | undefined
  let rehearsals: string
  let url: string

  beforeAll(async () => {
    rehearsals = await mkdtemp(join(tmpdir(), 'rehearsals-'))
    const port = await freePort()
    // The arguments `npm start` gives Slidev: the private binding is part of what is tested.
    slidev = spawn(join(ROOT, 'node_modules/.bin/slidev'), slidevArgs({ port }), {
      cwd: ROOT,
      env: { ...process.env, REHEARSALS_DIR: rehearsals },
      stdio: 'ignore',
      detached: true,
    })
    url = `http://127.0.0.1:${port}`
    await waitUntilServing(url, 60_000)
  })

  afterAll(async () => {
    if (slidev?.pid)
      process.kill(-slidev.pid, 'SIGTERM')
    await rm(rehearsals, { recursive: true, force: true })
  })

  it('is private: the dev server answers on 127.0.0.1 only, not on any other address of this machine', async () => {
    // All of 127.0.0.0/8 reaches this machine; a server bound to every address (0.0.0.0, as --remote does)
    // would answer on 127.0.0.2 too. It stands for the network address without sending anything off the machine.
    const answers = (address: string) => fetch(url.replace('127.0.0.1', address), { signal: AbortSignal.timeout(3000) }).then(() => true, () => false)
    expect(await answers('127.0.0.1')).toBe(true)
    expect(await answers('127.0.0.2')).toBe(false)
  })

  it('records time per slide and click on Slidev\'s timer, and saves the run under rehearsals/<slug>/', async () => {
    const [hook, next] = firstTwoSections()
    const { page } = await watchedPage(browser, PRESENTER_VIEWPORT)
    await page.clock.install({ time: T0 })
    await page.goto(`${url}/presenter/${hook.no}`)
    const pacing = page.locator('[data-pacing]')
    // The first visit compiles the deck on demand.
    await expect.poll(() => pacing.isVisible(), { timeout: 60_000 }).toBe(true)
    await page.clock.pauseAt(T0 + PAGE_LOAD_ALLOWANCE_MS)
    await startTimer(page)
    // Two seconds on each click of the first section, then three on the next section's first slide.
    for (let step = 0; step <= hook.clicks; step++) {
      await page.clock.runFor(2000)
      await page.keyboard.press('ArrowRight')
    }
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/presenter/${next.no}`)
    await page.clock.runFor(3000)
    await pacing.getByRole('button', { name: 'Save run' }).click()
    const stem = new Date(T0 + PAGE_LOAD_ALLOWANCE_MS).toISOString().replace(/[:.]/g, '-')
    await expect.poll(() => pacing.locator('[data-pacing-saved]').innerText()).toMatch(new RegExp(`^Saved to rehearsals-\\w+/[a-z0-9-]+/${stem}\\.json$`))

    const slug = String((await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')).slides[0]!.frontmatter[FRONTMATTER.lessonSlug])
    const file = join(rehearsals, slug, `${stem}.json`)
    const saved = parseRun(JSON.parse(await readFile(file, 'utf8')))
    expect(saved.lessonSlug).toBe(slug)
    expect(saved.slides).toHaveLength(slides.length)
    const hookSlide = saved.slides.find(s => s.no === hook.no)!
    expect(hookSlide.section).toBe(hook.section)
    expect(hookSlide.clicksMs).toEqual(Array.from<number>({ length: hook.clicks + 1 }).fill(2000))
    expect(saved.slides.find(s => s.no === next.no)!.clicksMs).toEqual([3000])
    expect(saved.elapsedMs).toBe((hook.clicks + 1) * 2000 + 3000)

    // Resetting the timer ends the run: the time since is saved too, into the same file.
    await page.clock.runFor(4000)
    await page.hover('.slidev-presenter .grid-section.bottom .group')
    await page.click('.slidev-presenter .grid-section.bottom .i-carbon\\:renew')
    await expect.poll(() => pacing.getAttribute('data-talk-status')).toBe('ready')
    await expect.poll(async () => parseRun(JSON.parse(await readFile(file, 'utf8'))).elapsedMs).toBe(saved.elapsedMs + 4000)
    expect(await readdir(join(rehearsals, slug))).toEqual([`${stem}.json`])
  })
})

/** axe-core's findings inside `selector`, one line each. */
async function axeViolations(page: Page, selector: string): Promise<string[]> {
  await page.addScriptTag({ content: axe.source })
  return page.evaluate(async (scope) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(scope, { resultTypes: ['violations'] })
    return result.violations.map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
  }, selector)
}

/** Resolves once `url` answers; Slidev takes a few seconds to start. */
async function waitUntilServing(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await fetch(url).then(r => r.ok, () => false))) {
    if (Date.now() > deadline)
      throw new Error(`the dev server did not answer at ${url} within ${timeoutMs / 1000} s`)
    await new Promise(done => setTimeout(done, 250))
  }
}
