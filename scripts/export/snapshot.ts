// The drawn print view, kept with the build: once Slidev's client has drawn every page, the page is
// saved as static HTML without its scripts. A re-export of an unchanged deck loads that (styles,
// fonts and pictures only) instead of booting the client and drawing every slide again.
import type { Page } from 'playwright-chromium'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { writeAtomically } from '../io.ts'

/** The snapshot's file in the built deck: one per print mode, replaced with the build. */
export function snapshotName(withClicks: boolean): string {
  return `print-${withClicks ? 'clicks' : 'final'}.html`
}

/** The build's snapshot, read once (a concurrent export may replace the file meanwhile); undefined when there is none. */
export async function readSnapshot(builtDir: string, withClicks: boolean): Promise<string | undefined> {
  return readFile(join(builtDir, snapshotName(withClicks)), 'utf8').catch(() => undefined)
}

/**
 * The page as it is drawn now, minus what would run or fetch code (scripts and module preloads), with
 * its links made root-relative: stylesheets the client added carry this run's origin, and the next
 * export serves the deck on another port.
 */
export async function saveSnapshot(page: Page, builtDir: string, withClicks: boolean): Promise<void> {
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement
    copy.querySelectorAll('script, link[rel="modulepreload"]').forEach(element => element.remove())
    return `<!DOCTYPE html>\n${copy.outerHTML}`.split(`${location.origin}/`).join('/')
  })
  await writeAtomically(join(builtDir, snapshotName(withClicks)), html)
}
