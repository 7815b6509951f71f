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
 *
 * The snapshot opens in one round trip: its stylesheets are copied into the page (their url()s made
 * absolute, as they no longer resolve against the stylesheet's own path), and the fonts the pages
 * drew with are preloaded, since a font is otherwise only asked for once the styles are laid out.
 */
export async function saveSnapshot(page: Page, builtDir: string, withClicks: boolean): Promise<void> {
  const html = await page.evaluate(async () => {
    const copy = document.documentElement.cloneNode(true) as HTMLElement
    copy.querySelectorAll('script, link[rel="modulepreload"], link[rel="icon"]').forEach(element => element.remove())
    for (const link of copy.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')) {
      const response = await fetch(link.href)
      // A stylesheet that can't be read again stays a link: the snapshot then opens as the page did.
      if (!response.ok)
        continue
      const css = await response.text()
      const style = document.createElement('style')
      style.textContent = css.replace(/url\(\s*(['"]?)([^'")\s]+)\1\s*\)/g, (whole, _quote: string, url: string) =>
        url.startsWith('data:') ? whole : `url("${new URL(url, link.href).href}")`)
      link.replaceWith(style)
    }
    const fonts = performance.getEntriesByType('resource').map(entry => entry.name).filter(name => /\.woff2(?:$|\?)/.test(name))
    for (const href of new Set(fonts)) {
      const preload = Object.assign(document.createElement('link'), { rel: 'preload', as: 'font', type: 'font/woff2', crossOrigin: 'anonymous', href })
      copy.querySelector('head')!.prepend(preload)
    }
    return `<!DOCTYPE html>\n${copy.outerHTML}`.split(`${location.origin}/`).join('/')
  })
  await writeAtomically(join(builtDir, snapshotName(withClicks)), html)
}
