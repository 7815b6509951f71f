// A PDF re-export of an unchanged deck: its kept print view (snapshot.ts), drawn and checked when it
// was kept, is opened in the started Chromium's tab and printed over DevTools (cdp-tab.ts), without
// loading Playwright, which would cost more than the print itself. The pages are counted and the
// fonts checked again before printing, as in any print session; the PDF is verified as any other.
import type { CdpTab } from './cdp-tab.ts'
import type { PrintedDeck, SessionOptions } from './session.ts'
import { join, relative } from 'node:path'
import { resolveChromium } from '../browser.ts'
import { startChromium } from '../chromium-process.ts'
import { CliError } from '../errors.ts'
import { BUILD_CACHE, currentBuild } from './build-cache.ts'
import { attachToTab } from './cdp-tab.ts'
import { readDeckInfo } from './deck.ts'
import { printPages } from './pages.ts'
import { preflightFonts, preflightTools } from './preflight.ts'
import { finishPrintView, PRINT_CONTENT, slideDrawnLine } from './print-view.ts'
import { serveBuiltDeck } from './serve.ts'
import { readSnapshot, snapshotName } from './snapshot.ts'

/** The deck printed from its kept view; undefined when its build is not current or keeps no view of this kind. */
export async function printKeptView(options: SessionOptions): Promise<PrintedDeck | undefined> {
  const { root, source, withClicks, log } = options
  const deck = readDeckInfo(source.markdown, source.entry)
  const builtDir = deck.slides.length > 0 ? await currentBuild(root, source.entry, join(root, BUILD_CACHE)) : undefined
  const snapshot = builtDir && await readSnapshot(builtDir, withClicks)
  if (!builtDir || !snapshot)
    return undefined
  preflightTools()
  log(`${source.entry} is unchanged since its print view was drawn: printing the view kept in ${relative(root, builtDir)}`)
  const chromium = options.chromium ?? startChromium(resolveChromium())
  log(`Chromium: ${chromium.choice.path} (${chromium.choice.source})`)
  const served = await serveBuiltDeck(root, builtDir, '/', false)
  let tab: CdpTab | undefined
  let closing: Promise<void> | undefined
  const close = () => (closing ??= (async () => {
    tab?.close()
    await chromium.stop()
    await served.close()
  })())
  try {
    served.put(`/${snapshotName(withClicks)}`, snapshot)
    const endpoint = await chromium.endpoint
    tab = await attachToTab(endpoint, deck.width, deck.height).catch((error: Error) => {
      throw new CliError('NO_BROWSER', `could not drive Chromium's tab over DevTools: ${error.message}`)
    })
    await tab.goto(`${served.url}/${snapshotName(withClicks)}`).catch((error: Error) => {
      throw new CliError('PRINT', `Chromium could not open the kept print view of ${deck.entry}: ${error.message}`)
    })
    const pages = printPages(deck.slides, withClicks)
    await finishPrintView(tab.evaluate, deck, pages.length, withClicks)
    await preflightFonts(tab.evaluate, PRINT_CONTENT, deck.fonts, options.extraText)
    for (const slide of deck.slides)
      log(slideDrawnLine(deck, slide, pages.filter(page => page.slide === slide).length))
    let printing: Promise<Uint8Array> | undefined
    const printIn = tab
    const deckPdf = () => (printing ??= printIn.pdf(deck.width, deck.height).catch((error: Error) => {
      throw new CliError('PRINT', `Chromium could not print the kept print view of ${deck.entry}: ${error.message}`)
    }))
    return { deck, pages, deckPdf, close }
  }
  catch (error) {
    await close()
    throw error
  }
}
