// The built deck in headless Chromium, as the audience sees it, at video resolution: the export's
// cached build (rebuilt only when the deck or its components changed), served on 127.0.0.1 the way
// the export serves it. Slidev scales the slide to the 1920×1080 viewport, so text is drawn at full
// resolution rather than enlarged from a small picture.
import type { Browser, Page } from 'playwright-chromium'
import type { Served } from '../export/serve.ts'
import { join } from 'node:path'
import { launchChromium, resolveChromium } from '../browser.ts'
import { CliError } from '../errors.ts'
import { ensureBuilt } from '../export/build-cache.ts'
import { serveBuiltDeck } from '../export/serve.ts'
import { BUILD_CACHE } from '../export/session.ts'

export const VIDEO_WIDTH = 1920
export const VIDEO_HEIGHT = 1080

export interface Player {
  page: Page
  /** The served deck, e.g. http://127.0.0.1:41234 */
  url: string
  /** Closes Chromium and the server; safe to call more than once. */
  close: () => Promise<void>
}

export async function openPlayer(root: string, entry: string, log: (line: string) => void): Promise<Player> {
  const choice = resolveChromium()
  log(`Chromium: ${choice.path} (${choice.source})`)
  // Chromium starts while the build is checked (or made): the two overlap on a second core.
  const launching = launchChromium({}, choice)
  launching.catch(() => undefined)
  let served: Served | undefined
  let browser: Browser | undefined
  let closing: Promise<void> | undefined
  const close = () => (closing ??= (async () => {
    await (browser ?? await launching.catch(() => undefined))?.close().catch(() => undefined)
    await served?.close()
  })())
  try {
    const built = await ensureBuilt(root, entry, join(root, BUILD_CACHE), log).catch((error: Error) => {
      throw new CliError('BUILD', `slidev could not build ${entry}: ${error.message}`)
    })
    served = await serveBuiltDeck(root, built.dir)
    browser = await launching.catch((error: Error) => {
      throw new CliError('NO_BROWSER', `${choice.path} did not start as a headless Chromium: ${error.message.split('\n')[0]}`)
    })
    const page = await browser.newPage({ viewport: { width: VIDEO_WIDTH, height: VIDEO_HEIGHT }, deviceScaleFactor: 1 })
    return { page, url: served.url, close }
  }
  catch (error) {
    await close()
    throw error
  }
}
