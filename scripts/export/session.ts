// The part every export shares: check the browser and tools, build the deck if it changed, serve
// it on 127.0.0.1, and open its print view in Chromium with every page drawn and the fonts checked.
// The first export of a build draws the view with Slidev's client and keeps a snapshot of it; the
// next ones open the snapshot.
import { join } from 'node:path'
import type { Browser, Page } from 'playwright-chromium'
import { launchChromium, resolveChromium } from '../browser.ts'
import { ensureBuilt } from './build-cache.ts'
import { type DeckInfo, readDeckInfo } from './deck.ts'
import { CliError } from '../errors.ts'
import { type PrintPage, printPages } from './pages.ts'
import { preflightFonts, preflightTools } from './preflight.ts'
import { newPrintPage, openPrintView, PRINT_CONTENT } from './print-view.ts'
import { type Served, serveStatic } from './serve.ts'
import { readSnapshot, saveSnapshot, snapshotName } from './snapshot.ts'
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
  /** Closes Chromium and the server; safe to call more than once. */
  close: () => Promise<void>
}

export interface SessionOptions {
  root: string
  source: DeckSource
  withClicks: boolean
  /** Text shown outside the slides (the handout's notes), checked for emoji too. */
  extraText?: string
  /** Device pixels per CSS pixel of the print view, for sharper pictures (default 1). */
  deviceScaleFactor?: number
  log: (line: string) => void
}

export async function openPrintSession(options: SessionOptions): Promise<PrintSession> {
  const { root, source, withClicks, log } = options
  const deck = readDeckInfo(source.markdown, source.entry)
  if (deck.slides.length === 0)
    throw new CliError('USAGE', `${source.entry} has no slides`)
  const choice = resolveChromium()
  preflightTools()
  log(`Chromium: ${choice.path} (${choice.source})`)
  // Chromium starts while the build is checked (or made): the two overlap on a second core.
  const launching = launchChromium({}, choice)
  // So does its first page: a new renderer process takes as long again as the browser.
  const opening = launching.then(browser => newPrintPage(browser, deck, options.deviceScaleFactor))
  opening.catch(() => undefined)
  let browser: Browser | undefined
  let served: Served | undefined
  // Once only, however often it is called: an export closes Chromium as soon as it has printed.
  let closing: Promise<void> | undefined
  const close = () => (closing ??= (async () => {
    await (browser ?? await launching.catch(() => undefined))?.close()
    await served?.close()
  })())
  try {
    const built = await ensureBuilt(root, source.entry, join(root, BUILD_CACHE), log).catch((error: Error) => {
      throw new CliError('BUILD', `slidev could not build ${source.entry}: ${error.message}`)
    })
    served = await serveStatic({
      mounts: { '/': built.dir, '/fonts/': join(root, 'node_modules/@fontsource') },
      app: '/',
    })
    browser = await launching.catch((error: Error) => {
      throw new CliError('NO_BROWSER', `${choice.path} did not start as a headless Chromium: ${error.message.split('\n')[0]}`)
    })
    const blank = await opening
    const pages = printPages(deck.slides, withClicks)
    const snapshot = await readSnapshot(built.dir, withClicks)
    if (snapshot)
      served.put(`/${snapshotName(withClicks)}`, snapshot)
    const page = await openPrintView(blank, served.url, { deck, pages, withClicks, progress: log, snapshot: snapshot && `/${snapshotName(withClicks)}` })
    await preflightFonts(page, PRINT_CONTENT, deck.fonts, options.extraText)
    if (!snapshot)
      await saveSnapshot(page, built.dir, withClicks)
    return { deck, pages, page, browser, served, close }
  }
  catch (error) {
    await close()
    throw error
  }
}
