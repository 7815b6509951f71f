// The floor an export can't beat: Chromium starting, loading pages that are already drawn (a snapshot
// of the deck's print view, no framework left in it) and printing them. Run as its own process, like
// an export: node scripts/bench/raw-print.ts BUILT_DIR SNAPSHOT_HTML OUT_PDF WIDTH HEIGHT
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { launchChromium } from '../browser.ts'
import { isMain } from '../cli.ts'
import { serveBuiltDeck } from '../export/serve.ts'

export async function rawPrint(builtDir: string, snapshot: string, out: string, width: number, height: number): Promise<void> {
  const served = await serveBuiltDeck(join(import.meta.dirname, '../..'), builtDir, '/', false)
  served.put('/raw-print.html', await readFile(snapshot))
  const browser = await launchChromium()
  try {
    const page = await browser.newPage({ viewport: { width, height } })
    await page.goto(`${served.url}/raw-print.html`, { waitUntil: 'load' })
    await page.evaluate(() => document.fonts.ready)
    await writeFile(out, await page.pdf({ width: `${width}px`, height: `${height}px`, printBackground: true, preferCSSPageSize: true }))
  }
  finally {
    await browser.close()
    await served.close()
  }
}

if (isMain(import.meta.url)) {
  const [builtDir, snapshot, out, width, height] = process.argv.slice(2)
  await rawPrint(builtDir!, snapshot!, out!, Number(width), Number(height))
}
