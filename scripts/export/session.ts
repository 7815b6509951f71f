// The part both exports share: check the browser and tools, build the deck if it changed, serve
// it on 127.0.0.1, and open its print view in Chromium with every page drawn and the fonts checked.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { launchChromium, resolveChromium } from '../browser.ts'
import { ensureBuilt } from './build-cache.ts'
import { type DeckInfo, readDeckInfo } from './deck.ts'
import { CliError } from '../errors.ts'
import { type PrintPage, printPages } from './pages.ts'
import { preflightFonts, preflightTools } from './preflight.ts'
import { openPrintView, PRINT_CONTENT } from './print-view.ts'
import { type Served, serveStatic } from './serve.ts'
import type { DeckSource } from './source.ts'

/** Where deck builds are kept between exports (gitignored). */
export const BUILD_CACHE = '.cache/export'

export interface PrintSession {
  deck: DeckInfo
  pages: PrintPage[]
  /** The print view, every page drawn. */
  page: Page
  browser: Browser
  served: Served
  close: () => Promise<void>
}

export interface SessionOptions {
  root: string
  source: DeckSource
  withClicks: boolean
  /** Text shown outside the slides (the handout's notes), checked for emoji too. */
  extraText?: string
  log: (line: string) => void
}

export async function openPrintSession(options: SessionOptions): Promise<PrintSession> {
  const { root, source, withClicks, log } = options
  const deck = readDeckInfo(source.markdown, source.entry)
  if (deck.slides.length === 0)
    throw new CliError('USAGE', `${source.entry} has no slides`)
  const choice = resolveChromium()
  await preflightTools()
  log(`Chromium: ${choice.path} (${choice.source})`)
  // Chromium starts while the build is checked (or made): the two overlap on a second core.
  const launching = launchChromium({}, choice)
  launching.catch(() => undefined)
  let browser: Browser | undefined
  let served: Served | undefined
  const close = async () => {
    await (browser ?? await launching.catch(() => undefined))?.close()
    await served?.close()
  }
  try {
    const built = await ensureBuilt(root, source.entry, join(root, BUILD_CACHE), log).catch((error: Error) => {
      throw new CliError('BUILD', `slidev could not build ${source.entry}: ${error.message}`)
    })
    served = await serveStatic({
      mounts: { '/': built.dir, '/fonts/': join(root, 'node_modules/@fontsource') },
      fallback: join(built.dir, 'index.html'),
    })
    browser = await launching.catch((error: Error) => {
      throw new CliError('NO_BROWSER', `${choice.path} did not start as a headless Chromium: ${error.message.split('\n')[0]}`)
    })
    const pages = printPages(deck.slides, withClicks)
    const page = await openPrintView(browser, served.url, { deck, pages, withClicks, progress: log })
    await preflightFonts(page, PRINT_CONTENT, deck.fonts, options.extraText)
    return { deck, pages, page, browser, served, close }
  }
  catch (error) {
    await close()
    throw error
  }
}
