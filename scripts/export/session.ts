// The one way a deck is printed: a built deck served on 127.0.0.1 under the base path it was built
// for, its print view opened in Chromium with every page drawn and the fonts checked. The PDF, the
// handout and the PowerPoint file are all written from such a session; so are the course's exports.
// The deck's PDF is printed at most once per session: the handout draws its pages, not new pictures.
// An export of one deck also checks the browser and tools, builds the deck if it changed, and keeps
// a snapshot of the drawn view for its next export (snapshot.ts), which a PDF re-export of the
// unchanged deck prints without a session (kept-print.ts).
import type { Browser, Page } from 'playwright-chromium'
import type { StartedChromium } from '../chromium-process.ts'
import type { DeckInfo } from './deck.ts'
import type { PrintPage } from './pages.ts'
import type { Served } from './serve.ts'
import type { DeckSource } from './source.ts'
import { join } from 'node:path'
import { connectChromium, resolveChromium } from '../browser.ts'
import { startChromium } from '../chromium-process.ts'
import { CliError } from '../errors.ts'
import { BUILD_CACHE, ensureBuilt } from './build-cache.ts'
import { readDeckInfo } from './deck.ts'
import { printPages } from './pages.ts'
import { preflightFonts, preflightTools } from './preflight.ts'
import { evaluateIn, newPrintPage, openPrintView, PRINT_CONTENT } from './print-view.ts'
import { serveBuiltDeck } from './serve.ts'
import { readSnapshot, saveSnapshot, snapshotName } from './snapshot.ts'

/** Where deck builds are kept between exports (gitignored). */
export { BUILD_CACHE }

/** A deck ready to print: all a format written from the PDF alone needs (kept-print.ts prints one without Playwright). */
export interface PrintedDeck {
  deck: DeckInfo
  pages: PrintPage[]
  /** The print view printed at the slide size, one page per print page: printed on first call, then the same bytes. */
  deckPdf: () => Promise<Uint8Array>
  /** Closes what the session opened; safe to call more than once. */
  close: () => Promise<void>
}

export interface PrintSession extends PrintedDeck {
  /** The print view, every page drawn. */
  page: Page
  browser: Browser
  served: Served
}

/** A built deck to print, and what differs from one use to another. */
export interface PrintTarget {
  root: string
  deck: DeckInfo
  /** The built deck, and the URL path it was built for: `/` for an export, `/<slug>/` in a course. */
  builtDir: string
  base: string
  /** One page per click step (the PowerPoint file, --with-clicks) instead of one per slide. */
  withClicks: boolean
  /** Text shown outside the slides (the handout's notes), checked for emoji too. */
  extraText?: string
  /** Keep the drawn view in the build and open it next time: for builds only exports read, not a course's published ones. */
  snapshots: boolean
  log: (line: string) => void
}

/** Prints `target` in `browser` (in `blank`, a page made beforehand, when given). close() closes the page and the server, not the browser. */
export async function printBuiltDeck(browser: Browser, target: PrintTarget, blank?: Page): Promise<PrintSession> {
  const { deck, builtDir, base, withClicks, log } = target
  const served = await serveBuiltDeck(target.root, builtDir, base)
  let page: Page | undefined = blank
  try {
    page ??= await newPrintPage(browser, deck)
    const pages = printPages(deck.slides, withClicks)
    const snapshot = target.snapshots ? await readSnapshot(builtDir, withClicks) : undefined
    if (snapshot)
      served.put(`${base}${snapshotName(withClicks)}`, snapshot)
    await openPrintView(page, `${served.url}${base.slice(0, -1)}`, { deck, pages, withClicks, progress: log, snapshot: snapshot && `/${snapshotName(withClicks)}` })
    await preflightFonts(evaluateIn(page), PRINT_CONTENT, deck.fonts, target.extraText)
    if (target.snapshots && !snapshot)
      await saveSnapshot(page, builtDir, withClicks)
    const opened = page
    let printing: Promise<Uint8Array> | undefined
    const deckPdf = () => (printing ??= printDeckPdf(opened, deck))
    let closing: Promise<void> | undefined
    const close = () => (closing ??= (async () => {
      await opened.close().catch(() => undefined)
      await served.close()
    })())
    return { deck, pages, page, deckPdf, browser, served, close }
  }
  catch (error) {
    await page?.close().catch(() => undefined)
    await served.close()
    throw error
  }
}

/** Chromium's PDF of the drawn print view, a page the size of a slide per print page. */
async function printDeckPdf(page: Page, deck: DeckInfo): Promise<Uint8Array> {
  return page.pdf({
    width: `${deck.width}px`,
    height: `${deck.height}px`,
    margin: { top: 0, right: 0, bottom: 0, left: 0 },
    printBackground: true,
    preferCSSPageSize: true,
  })
}

export interface SessionOptions {
  root: string
  source: DeckSource
  withClicks: boolean
  /** Text shown outside the slides (the handout's notes), checked for emoji too. */
  extraText?: string
  /** Device pixels per CSS pixel of the print view, for sharper pictures (default 1). */
  deviceScaleFactor?: number
  /** A Chromium the command started before loading the rest (stopped with the session); else one is started here. */
  chromium?: StartedChromium
  log: (line: string) => void
}

/** An export of one deck: its own Chromium, the deck built into BUILD_CACHE when it changed, printed under `/`. close() closes Chromium too. */
export async function openPrintSession(options: SessionOptions): Promise<PrintSession> {
  const { root, source, withClicks, log } = options
  // Chromium starts first, as a process of its own: it comes up while Playwright loads and the build
  // is checked (or made), on the other core. Its blank tab is the print page unless the pictures need
  // more pixels than a CSS pixel (a page of its own then).
  const chromium = options.chromium ?? startChromium(resolveChromium())
  const connecting = connectChromium(chromium.endpoint)
  connecting.catch(() => undefined)
  let session: PrintSession | undefined
  // Once only, however often it is called: an export closes Chromium as soon as it has printed.
  let closing: Promise<void> | undefined
  const close = () => (closing ??= (async () => {
    // Playwright lets go of the browser first, so the browser's end is no error to it.
    await (await connecting.catch(() => undefined))?.close()
    await chromium.stop()
    await session?.close()
  })())
  try {
    const deck = readDeckInfo(source.markdown, source.entry)
    if (deck.slides.length === 0)
      throw new CliError('USAGE', `${source.entry} has no slides`)
    preflightTools()
    log(`Chromium: ${chromium.choice.path} (${chromium.choice.source})`)
    const opening = connecting.then(browser => printPageOf(browser, deck, options.deviceScaleFactor))
    opening.catch(() => undefined)
    const built = await ensureBuilt(root, source.entry, join(root, BUILD_CACHE), log).catch((error: Error) => {
      throw new CliError('BUILD', `slidev could not build ${source.entry}: ${error.message}`)
    })
    const browser = await connecting.catch((error: Error) => {
      throw error instanceof CliError ? error : new CliError('NO_BROWSER', `${chromium.choice.path} did not start as a headless Chromium: ${error.message.split('\n')[0]}`)
    })
    session = await printBuiltDeck(browser, { root, deck, builtDir: built.dir, base: '/', withClicks, extraText: options.extraText, snapshots: true, log }, await opening)
    return { ...session, close }
  }
  catch (error) {
    await close()
    throw error
  }
}

/** The started browser's blank tab, sized to a slide; a new page when the pictures need a finer scale. */
async function printPageOf(browser: Browser, deck: DeckInfo, deviceScaleFactor = 1): Promise<Page> {
  const blank = deviceScaleFactor === 1 ? browser.contexts()[0]?.pages()[0] : undefined
  if (!blank)
    return newPrintPage(browser, deck, deviceScaleFactor)
  await blank.setViewportSize({ width: deck.width, height: deck.height })
  return blank
}
