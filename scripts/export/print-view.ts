// Opens a built deck's print view (Slidev's `/print` route) and waits until every page is drawn:
// `?print=true` draws each slide at its last click, `?print=clicks` one page per click step. With a
// snapshot of that view already drawn, the snapshot is opened instead and checked the same way.
import type { Browser, Page } from 'playwright-chromium'
import type { DeckInfo, DeckSlide } from './deck.ts'
import type { PrintPage } from './pages.ts'
import { CliError } from '../errors.ts'

/** Where Slidev puts the printed slides. */
export const PRINT_CONTENT = '#print-content'
const PAGE_SELECTOR = '.print-slide-container'
const LOAD_TIMEOUT_MS = 30_000

export interface PrintViewOptions {
  deck: DeckInfo
  pages: PrintPage[]
  withClicks: boolean
  /** Called once per slide when all of its pages are drawn. */
  progress: (line: string) => void
  /** URL path of a snapshot of this view (see snapshot.ts), to open instead of drawing it. */
  snapshot?: string
}

/** A page the size of one slide, to open the print view in (made while the deck is being readied). */
export function newPrintPage(browser: Browser, deck: DeckInfo, deviceScaleFactor = 1): Promise<Page> {
  return browser.newPage({ viewport: { width: deck.width, height: deck.height }, deviceScaleFactor })
}

export async function openPrintView(page: Page, baseUrl: string, options: PrintViewOptions): Promise<Page> {
  const { deck, pages, withClicks, progress, snapshot } = options
  const problems: string[] = []
  page.on('pageerror', error => problems.push(error.message))
  await page.goto(`${baseUrl}${snapshot ?? `/print?print=${withClicks ? 'clicks' : 'true'}`}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })

  // Slides are awaited in runs: each wait returns how many slides, from the first not yet drawn, are
  // drawn now. A kept snapshot is drawn at once and costs one wait; a live draw reports as it goes.
  const slides = deck.slides.map(slide => ({ prefix: `${String(slide.no).padStart(3, '0')}-`, expected: pages.filter(p => p.slide === slide).length }))
  let ready = 0
  while (ready < slides.length) {
    let upto: number
    try {
      // A slide is drawn when its pages are there with their layouts, and no loading placeholder is left.
      const handle = await page.waitForFunction(
        ({ slides, from }) => {
          if (document.querySelector('.slidev-slide-loading'))
            return false
          let next = from
          for (; next < slides.length; next++) {
            const drawn = document.querySelectorAll(`.print-slide-container[id^="${slides[next]!.prefix}"]`)
            if (drawn.length < slides[next]!.expected || ![...drawn].every(element => element.querySelector('.slidev-layout')))
              break
          }
          return next > from ? next : false
        },
        { slides, from: ready },
        { timeout: LOAD_TIMEOUT_MS, polling: 20 },
      )
      upto = await handle.jsonValue() as number
    }
    catch {
      const slide = deck.slides[ready]!
      const drawn = await page.locator(`${PAGE_SELECTOR}[id^="${slides[ready]!.prefix}"]`).count()
      throw new CliError('PRINT', `the print view did not draw slide ${slide.no} "${slide.title}": ${drawn} of its ${slides[ready]!.expected} pages appeared${problems.length ? `; page errors: ${problems.join('; ')}` : ''}`)
    }
    for (; ready < upto; ready++) {
      const slide = deck.slides[ready]!
      const expected = slides[ready]!.expected
      progress(slideDrawnLine(deck, slide, expected))
    }
  }

  await finishPrintView(evaluateIn(page), deck, pages.length, withClicks)
  if (problems.length > 0)
    throw new CliError('PRINT', `the deck raised errors while drawing: ${problems.join('; ')}`)
  return page
}

/** Runs a function in the page (Playwright's page.evaluate, or a tab driven over DevTools): it must not use anything outside itself. */
export type PageEvaluate = <A, R>(fn: (arg: A) => R | Promise<R>, arg: A) => Promise<R>

/** The progress line of a slide whose `pageCount` pages are drawn. */
export function slideDrawnLine(deck: DeckInfo, slide: DeckSlide, pageCount: number): string {
  return `slide ${String(slide.no).padStart(String(deck.slides.length).length)}/${deck.slides.length}  ${slide.title || '(untitled)'}${pageCount > 1 ? `  (${pageCount} pages)` : ''}`
}

/** Playwright's page.evaluate as a PageEvaluate: its own type unwraps element handles, which no argument here is. */
export function evaluateIn(page: Page): PageEvaluate {
  return (fn, arg) => page.evaluate(fn as Parameters<Page['evaluate']>[0], arg) as Promise<Awaited<ReturnType<typeof fn>>>
}

/** The last step before printing a drawn view: its pages counted, its fonts and pictures ready. */
export async function finishPrintView(evaluate: PageEvaluate, deck: DeckInfo, pageCount: number, withClicks: boolean): Promise<void> {
  // One round trip for the rest. Each page ends with a forced page break, and after the last one
  // Chromium would start an empty page; pictures last, as a page printed before its images decode
  // would show holes.
  const found = await evaluate(async ({ selector, lastPageRule }) => {
    const style = document.createElement('style')
    style.textContent = lastPageRule
    document.head.append(style)
    await document.fonts.ready
    await Promise.all([...document.images].map(image => image.decode().catch(() => undefined)))
    return document.querySelectorAll(selector).length
  }, { selector: PAGE_SELECTOR, lastPageRule: `${PRINT_CONTENT} > ${PAGE_SELECTOR}:last-child { break-after: auto !important; }` })
  if (found !== pageCount) {
    throw new CliError('PRINT', `the print view shows ${found} pages but ${deck.entry} has ${pageCount}${withClicks ? ' click steps' : ' slides'}; `
      + 'a slide that reveals more steps than its frontmatter `clicks` reserves would do this')
  }
}
