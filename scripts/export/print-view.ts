// Opens a built deck's print view (Slidev's `/print` route) and waits until every page is drawn:
// `?print=true` draws each slide at its last click, `?print=clicks` one page per click step. With a
// snapshot of that view already drawn, the snapshot is opened instead and checked the same way.
import type { Browser, Page } from 'playwright-chromium'
import type { DeckInfo } from './deck.ts'
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

  for (const slide of deck.slides) {
    const expected = pages.filter(p => p.slide === slide).length
    const prefix = `${String(slide.no).padStart(3, '0')}-`
    try {
      // A slide is drawn when its pages are there with their layouts, and no loading placeholder is left.
      await page.waitForFunction(
        ({ prefix, expected }) => {
          const drawn = document.querySelectorAll(`.print-slide-container[id^="${prefix}"]`)
          return drawn.length >= expected
            && [...drawn].every(element => element.querySelector('.slidev-layout'))
            && !document.querySelector('.slidev-slide-loading')
        },
        { prefix, expected },
        { timeout: LOAD_TIMEOUT_MS, polling: 20 },
      )
    }
    catch {
      const drawn = await page.locator(`${PAGE_SELECTOR}[id^="${prefix}"]`).count()
      throw new CliError('PRINT', `the print view did not draw slide ${slide.no} "${slide.title}": ${drawn} of its ${expected} pages appeared${problems.length ? `; page errors: ${problems.join('; ')}` : ''}`)
    }
    progress(`slide ${String(slide.no).padStart(String(deck.slides.length).length)}/${deck.slides.length}  ${slide.title || '(untitled)'}${expected > 1 ? `  (${expected} pages)` : ''}`)
  }

  const found = await page.locator(PAGE_SELECTOR).count()
  if (found !== pages.length) {
    throw new CliError('PRINT', `the print view shows ${found} pages but ${deck.entry} has ${pages.length}${withClicks ? ' click steps' : ' slides'}; `
      + 'a slide that reveals more steps than its frontmatter `clicks` reserves would do this')
  }
  // Each page ends with a forced page break; after the last one Chromium starts an empty page.
  await page.addStyleTag({ content: `${PRINT_CONTENT} > ${PAGE_SELECTOR}:last-child { break-after: auto !important; }` })
  // Pictures last: a page printed before its images decode would show holes.
  await page.evaluate(async () => {
    await document.fonts.ready
    await Promise.all([...document.images].map(image => image.decode().catch(() => undefined)))
  })
  if (problems.length > 0)
    throw new CliError('PRINT', `the deck raised errors while drawing: ${problems.join('; ')}`)
  return page
}
