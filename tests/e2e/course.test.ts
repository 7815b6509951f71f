// The course, built for real from a fixture of three lessons (one broken): the course page, the decks
// in Chromium, the Next Video link between them, the rebuild of only what changed, and --all exports.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Browser } from 'playwright-chromium'
import { createReadStream } from 'node:fs'
import { cp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { extname, join, normalize, relative } from 'node:path'
import axe from 'axe-core'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { main as build } from '../../scripts/course.ts'
import { main as exportCommand } from '../../scripts/export.ts'
import { verifyPdf } from '../../scripts/export/verify.ts'
import { capture } from '../support/cli.ts'
import { drawnForms, imageCount, pageContent } from '../support/pdf-forms.ts'
import { ROOT, watchedPage } from './support.ts'

/** One folder per run, under the project (lesson paths are relative to it). */
const WORK = join(ROOT, `.cache/e2e/course-${process.pid}`)
const LESSONS = join(WORK, 'lessons')
const DIST = join(WORK, 'dist')
const EXPORTS = join(WORK, 'exports')
const rel = (path: string) => relative(ROOT, path)
/** A deck boots Slidev's whole client; on a busy machine that takes seconds, not expect.poll's default one. */
const SLOW_PAGE = { timeout: 30_000 }

let browser: Browser
let site: { url: string, close: () => Promise<void> }
let firstRun: { code: number, err: string }

async function buildCourse(): Promise<{ code: number, err: string, out: string[] }> {
  const captured = capture(ROOT)
  const code = await build(['--lessons', rel(LESSONS), '--out', rel(DIST)], captured.io)
  return { code, err: captured.err.join('\n'), out: captured.out }
}

/** The file a plain static server with SPA fallback answers with: a deck's history route (`/slug/4`) gets that deck's index.html. */
async function fileFor(dir: string, path: string): Promise<string | undefined> {
  const candidate = normalize(join(dir, path.endsWith('/') ? `${path}index.html` : path))
  if (!candidate.startsWith(dir))
    return undefined
  if (await stat(candidate).then(info => info.isFile(), () => false))
    return candidate
  return extname(path) ? undefined : join(dir, path.split('/')[1] ?? '', 'index.html')
}

const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.woff2': 'font/woff2', '.pdf': 'application/pdf' }

async function serveSite(dir: string): Promise<{ url: string, close: () => Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void fileFor(dir, decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)).then((file) => {
      if (!file) {
        response.writeHead(404).end()
        return
      }
      response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
      createReadStream(file).on('error', () => response.end()).pipe(response)
    })
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((done) => {
      server.close(() => done())
      server.closeAllConnections()
    }),
  }
}

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true })
  await mkdir(WORK, { recursive: true })
  await cp(join(ROOT, 'tests/course-fixture'), LESSONS, { recursive: true })
  firstRun = await buildCourse()
  site = await serveSite(DIST)
  browser = await launchChromium()
}, 600_000)

afterAll(async () => {
  await browser?.close()
  await site?.close()
  await rm(WORK, { recursive: true, force: true })
})

describe('npm run build on a course with a broken lesson', () => {
  it('builds the good lessons, reports the broken one with FILE:LINE:COL, and exits 1', () => {
    expect(firstRun.code).toBe(1)
    expect(firstRun.err).toContain(`${rel(LESSONS)}/course-e2e-broken.md:7:1: found a second \`#\` title`)
    expect(firstRun.err).toMatch(/1 of 3 lessons failed/)
    // The Next Video of the last lesson names no lesson here: a warning, and its slide stays text.
    expect(firstRun.err).toMatch(/warning: .*course-e2e-beta\.md:\d+:1: its Next Video names no lesson/)
  })

  it('lists all three lessons in series order on the course page, the broken one marked failed', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1100, height: 900 } })
    await page.goto(`${site.url}/`)
    const items = page.locator('ol.lessons > li')
    await expect.poll(() => items.count(), SLOW_PAGE).toBe(3)
    const headings = await page.locator('ol.lessons > li h2').allInnerTexts()
    expect(headings[0]).toBe('Course Alpha')
    expect(headings[1]).toBe('Course Beta')
    expect(headings[2]).toMatch(/course-e2e-broken\.md\s+Failed/)
    await expect.poll(() => items.nth(2).locator('pre.error').innerText(), SLOW_PAGE).toMatch(/course-e2e-broken\.md:7:1: found a second `#` title/)
    expect(await items.nth(0).locator('dl').innerText()).toMatch(/Level\s+Staff[\s\S]*Slides\s+4/i)
    await mkdir(join(ROOT, 'artifacts/screenshots'), { recursive: true })
    await page.screenshot({ path: join(ROOT, 'artifacts/screenshots/course-page-with-failure.png'), fullPage: true })
    // Every link of the page leads somewhere that exists.
    for (const href of await page.locator('a').evaluateAll(links => links.map(a => (a as HTMLAnchorElement).href))) {
      const response = await page.request.get(href)
      expect(response.status(), href).toBe(200)
    }
    expect(problems).toEqual([])
  })

  it('filters the lessons by level and by words of their titles, with the keyboard', async () => {
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 800 } })
    await page.goto(`${site.url}/`)
    const shown = page.locator('ol.lessons > li:not([hidden])')
    await page.locator('#find-title').focus()
    await page.keyboard.type('beta')
    await expect.poll(() => shown.locator('h2').allInnerTexts(), SLOW_PAGE).toEqual(['Course Beta'])
    expect(await page.locator('#find-count').innerText()).toBe('1 of 3 lessons')
    await page.locator('#find-title').fill('')
    await page.locator('#find-level').selectOption('Staff')
    await expect.poll(() => shown.locator('h2').allInnerTexts(), SLOW_PAGE).toEqual(['Course Alpha'])
    expect(problems).toEqual([])
  })

  it('passes axe with no serious or critical violation, and every link is reached with Tab', async () => {
    const { page } = await watchedPage(browser, { viewport: { width: 1100, height: 900 } })
    await page.goto(`${site.url}/`)
    await page.addScriptTag({ content: axe.source })
    const violations = await page.evaluate(async () => (await window.axe.run(document, { resultTypes: ['violations'] })).violations.filter(v => v.impact === 'serious' || v.impact === 'critical').map(v => `${v.id}: ${v.nodes.map(n => n.target.join(' ')).join(', ')}`))
    expect(violations).toEqual([])
    const links = await page.locator('a').evaluateAll(all => all.map((a, i) => (a as HTMLElement).dataset.index = String(i)).length)
    const reached = new Set<string>()
    // The level filter and the title search come first.
    for (let i = 0; i < links + 2; i++) {
      await page.keyboard.press('Tab')
      reached.add(await page.evaluate(() => (document.activeElement as HTMLElement).dataset.index ?? 'not a link'))
    }
    reached.delete('not a link')
    expect(reached.size).toBe(links)
    // Enter on a focused deck link opens that deck.
    await page.locator('a[href="course-e2e-beta/"]').first().focus()
    await page.keyboard.press('Enter')
    await page.waitForURL(/\/course-e2e-beta\/1$/)
  })

  it('opens both good decks in Chromium, under their own base path', async () => {
    for (const [slug, title] of [['course-e2e-alpha', 'Course Alpha'], ['course-e2e-beta', 'Course Beta']]) {
      const { page, problems } = await watchedPage(browser)
      await page.goto(`${site.url}/${slug}/`)
      await page.waitForURL(new RegExp(`/${slug}/1$`))
      await expect.poll(() => page.locator('.slidev-page-1 h1').first().innerText(), SLOW_PAGE).toBe(title)
      expect(problems).toEqual([])
      await page.close()
    }
  })

  it('links the Next Video slide to the next lesson\'s first slide', async () => {
    const { page, problems } = await watchedPage(browser)
    await page.goto(`${site.url}/course-e2e-alpha/4`)
    const link = page.locator('.slidev-page-4 a[data-next-deck]')
    await expect.poll(() => link.innerText(), SLOW_PAGE).toMatch(/Course Beta/)
    expect(await link.getAttribute('href')).toBe('/course-e2e-beta/1')
    await link.click()
    await page.waitForURL(/\/course-e2e-beta\/1$/)
    await expect.poll(() => page.locator('.slidev-page-1 h1').first().innerText(), SLOW_PAGE).toBe('Course Beta')
    // The last lesson's Next Video names no lesson of the course: no link there.
    await page.goto(`${site.url}/course-e2e-beta/3`)
    await page.locator('.slidev-page-3 .key-points').first().waitFor()
    expect(await page.locator('.slidev-page-3 a[data-next-deck]').count()).toBe(0)
    expect(problems).toEqual([])
  })

  it('rebuilds and re-exports only the lesson that changed', async () => {
    const alpha = join(LESSONS, 'course-e2e-alpha.md')
    await writeFile(alpha, (await readFile(alpha, 'utf8')).replace('A short hook is enough for a deck.', 'An edited hook shows the rebuild.'))
    const again = await buildCourse()
    expect(again.code).toBe(1)
    expect(again.err).toMatch(/\[1\/3\] course-e2e-alpha +build +[\d.]+ s +built/)
    expect(again.err).toMatch(/\[1\/3\] course-e2e-alpha +pdf /)
    expect(again.err).toMatch(/\[2\/3\] course-e2e-beta +build +[\d.]+ s +cached/)
    expect(again.err).toMatch(/\[2\/3\] course-e2e-beta +exports +[\d.]+ s +cached/)
    expect(again.err).not.toMatch(/course-e2e-beta +pdf /)
    // The summary table says the same.
    expect(again.err).toMatch(/course-e2e-alpha +ok +4 +built +built/)
    expect(again.err).toMatch(/course-e2e-beta +ok +3 +cached +cached/)
    // And the new text is in the published deck.
    const assets = await readdir(join(DIST, 'course-e2e-alpha/assets'))
    const texts = await Promise.all(assets.filter(name => name.endsWith('.js')).map(name => readFile(join(DIST, 'course-e2e-alpha/assets', name), 'utf8')))
    expect(texts.some(text => text.includes('An edited hook shows the rebuild.'))).toBe(true)
  })
})

describe('npm run export -- --all', () => {
  it('writes a verified PDF and handout for every good lesson, and exits 1 for the broken one', async () => {
    const captured = capture(ROOT)
    const code = await exportCommand(['--all', '--lessons', rel(LESSONS), '--out', rel(EXPORTS)], captured.io)
    expect(code).toBe(1)
    expect((await readdir(EXPORTS)).sort()).toEqual([
      'course-e2e-alpha-handout.pdf',
      'course-e2e-alpha.pdf',
      'course-e2e-beta-handout.pdf',
      'course-e2e-beta.pdf',
    ])
    expect(captured.out.map(line => line.replace(/^.*\//, '')).sort()).toEqual((await readdir(EXPORTS)).sort())
    expect(await verifyPdf(join(EXPORTS, 'course-e2e-alpha.pdf'), { pages: 4, pageTexts: [['Course Alpha'], ['The Hook'], ['Quick Recap'], ['Next Video']] })).toEqual([])
    expect(await verifyPdf(join(EXPORTS, 'course-e2e-beta.pdf'), { pages: 3, pageTexts: [['Course Beta'], ['The Hook'], ['Next Video']] })).toEqual([])
    expect(await verifyPdf(join(EXPORTS, 'course-e2e-alpha-handout.pdf'), { textsInOrder: ['Course Alpha', 'The Hook', 'Quick Recap', 'Next Video'] })).toEqual([])
    expect(await verifyPdf(join(EXPORTS, 'course-e2e-beta-handout.pdf'), { textsInOrder: ['Course Beta', 'The Hook', 'Next Video'] })).toEqual([])
  })

  it('draws each handout\'s slides from its lesson\'s own PDF: the deck\'s pages, embedded in order, no picture taken', async () => {
    for (const slug of ['course-e2e-alpha', 'course-e2e-beta']) {
      const deck = await PDFDocument.load(await readFile(join(EXPORTS, `${slug}.pdf`)))
      const handout = await PDFDocument.load(await readFile(join(EXPORTS, `${slug}-handout.pdf`)))
      const forms = handout.getPages().flatMap(drawnForms)
      expect(forms, slug).toHaveLength(deck.getPageCount())
      expect(imageCount(handout), slug).toBe(0)
      forms.forEach((form, i) => {
        expect(form.bbox.width, `${slug} slide ${i + 1}`).toBeCloseTo(deck.getPage(i).getWidth(), 1)
        expect(form.content, `${slug} slide ${i + 1}`).toContain(pageContent(deck.getPage(i)).trim())
      })
    }
  })
})

declare global {
  interface Window { axe: typeof axe }
}
