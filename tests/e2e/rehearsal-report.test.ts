// The HTML rehearsal report in real Chromium: written by `npm run rehearsals -- --html` from runs
// posted through the endpoint's save handler, opened from disk with no server, its charts drawn, no
// page error, nothing fetched, and no serious or critical axe violation.
import type { Browser } from 'playwright-chromium'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import axe from 'axe-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { deckWordsOf } from '../../scripts/rehearsal/pace.ts'
import { saveRehearsal } from '../../scripts/rehearsal/save.ts'
import { main as rehearsals } from '../../scripts/rehearsals.ts'
import { capture, scratchDir } from '../support/cli.ts'
import { simulatedRun } from '../support/runs.ts'
import { ROOT } from './support.ts'

const LESSON = 'lessons/platform-vs-product.md'
const SLUG = 'platform-vs-product'
const RATES = [150, 170, 190]

let browser: Browser
let cwd: string
let reportFile: string
let sectionCount: number

beforeAll(async () => {
  cwd = await scratchDir()
  await cp(join(ROOT, 'lessons'), join(cwd, 'lessons'), { recursive: true })
  const { deck } = generateDeck(await readFile(join(ROOT, LESSON), 'utf8'), LESSON)
  sectionCount = deck.lesson.sections.length
  for (const [i, rate] of RATES.entries()) {
    const run = simulatedRun(deckWordsOf(deck), deck.timing.planSeconds, { startedAt: `2025-03-0${i + 1}T09:00:00.000Z`, wordsPerMinute: rate })
    expect((await saveRehearsal(JSON.stringify(run), join(cwd, 'rehearsals'))).status).toBe(200)
  }
  await writeFile(join(cwd, 'rehearsals', SLUG, 'notes.txt'), 'not a run')
  await writeFile(join(cwd, 'rehearsals', SLUG, 'old.json'), '{"version": 0}')
  const captured = capture(cwd)
  expect(await rehearsals([SLUG, '--html'], captured.io)).toBe(0)
  expect(captured.out).toEqual([`rehearsals/${SLUG}/report.html`])
  reportFile = join(cwd, 'rehearsals', SLUG, 'report.html')
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await rm(cwd, { recursive: true, force: true })
})

describe('the HTML rehearsal report', () => {
  it('draws its charts from the runs, offline, with no page error', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
    const problems: string[] = []
    page.on('pageerror', error => problems.push(`page error: ${error.message}`))
    page.on('console', message => message.type() === 'error' && problems.push(`console error: ${message.text()}`))
    const url = pathToFileURL(reportFile).href
    page.on('request', request => request.url() !== url && problems.push(`request: ${request.url()}`))
    await page.goto(url)

    // One bar per section and run, each with a width; one budget mark per section.
    const bars = page.locator('#sections-chart rect.bar')
    expect(await bars.count()).toBe(sectionCount * RATES.length)
    const widths = await bars.evaluateAll(rects => rects.map(rect => rect.getBoundingClientRect().width))
    expect(widths.every(width => width > 0)).toBe(true)
    expect(await page.locator('#sections-chart line.budget').count()).toBe(sectionCount)
    // The trend: a point per run, joined, and drawn at a size a reader sees.
    expect(await page.locator('#trend-chart circle').count()).toBe(RATES.length)
    expect(await page.locator('#trend-chart polyline').count()).toBe(1)
    const box = (await page.locator('#trend-chart').boundingBox())!
    expect(box.width).toBeGreaterThan(500)
    expect(box.height).toBeGreaterThan(100)
    // The faster the run, the shorter the talk: the trend goes down.
    const ys = await page.locator('#trend-chart circle').evaluateAll(points => points.map(point => Number(point.getAttribute('cy'))))
    expect(ys[0]).toBeLessThan(ys[1]!)
    expect(ys[1]).toBeLessThan(ys[2]!)
    // The measured pace: the median of 150, 170 and 190.
    expect(await page.locator('.figures').innerText()).toMatch(/Measured pace, median\s+170 wpm/)
    expect(await page.locator('footer').innerText()).toMatch(/2 files skipped/)
    expect(await page.locator('footer').innerText()).toContain(`rehearsals/${SLUG}/notes.txt`)
    expect(problems).toEqual([])
    await page.close()
  })

  it('has no serious or critical accessibility violation', async () => {
    const page = await browser.newPage({ viewport: { width: 900, height: 1200 } })
    await page.goto(pathToFileURL(reportFile).href)
    await page.addScriptTag({ content: axe.source })
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { resultTypes: ['violations'] })
      return result.violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id} (${v.impact}): ${v.nodes.map(n => n.target.join(' ')).join(', ')}`)
    })
    expect(violations).toEqual([])
    await page.close()
  })
})
