// Figures of the built deck in Chromium: how soon the first slide shows, the longest main-thread task
// while stepping through every click, and the JavaScript it ships.
import type { Browser } from 'playwright-chromium'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { serveStatic } from '../export/serve.ts'

/** Gzipped size of every .js file the built deck ships, in KiB. */
export async function jsGzipKb(distDir: string): Promise<number> {
  const files = (await readdir(distDir, { recursive: true })).filter(name => name.endsWith('.js'))
  let bytes = 0
  for (const file of files)
    bytes += gzipSync(await readFile(join(distDir, file))).length
  return bytes / 1024
}

async function withServedDeck<T>(distDir: string, task: (url: string) => Promise<T>): Promise<T> {
  const served = await serveStatic({ mounts: { '/': distDir }, app: '/' })
  try {
    return await task(served.url)
  }
  finally {
    await served.close()
  }
}

/** From navigation start to the first slide's heading being visible, as the page's own clock says. */
export function firstSlideMs(browser: Browser, distDir: string): Promise<number> {
  return withServedDeck(distDir, async (url) => {
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    const page = await context.newPage()
    await page.goto(`${url}/1`, { waitUntil: 'commit' })
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible' })
    const ms = await page.evaluate(() => performance.now())
    await context.close()
    return ms
  })
}

/** The longest main-thread task (PerformanceObserver `longtask`, 50 ms and up) over every click of the deck. */
export function longestTaskMs(browser: Browser, distDir: string, steps: number): Promise<number> {
  return withServedDeck(distDir, async (url) => {
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    // Tasks are counted from the first click on: the app's boot is what first_slide_ms measures.
    await context.addInitScript(() => {
      const w = window as unknown as { longestTask: number, steppingFrom: number }
      w.longestTask = 0
      w.steppingFrom = Number.POSITIVE_INFINITY
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) {
          if (entry.startTime >= w.steppingFrom)
            w.longestTask = Math.max(w.longestTask, entry.duration)
        }
      }).observe({ type: 'longtask', buffered: true })
    })
    const page = await context.newPage()
    await page.goto(`${url}/1`)
    await page.locator('.slidev-page-1 h1').first().waitFor({ state: 'visible' })
    await page.evaluate(() => ((window as unknown as { steppingFrom: number }).steppingFrom = performance.now()))
    for (let step = 1; step < steps; step++) {
      await page.keyboard.press('ArrowRight')
      // Let each click's work finish before the next, as a speaker's pace would.
      await page.evaluate(() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done))))
    }
    const ms = await page.evaluate(() => (window as unknown as { longestTask: number }).longestTask)
    await context.close()
    return ms
  })
}
