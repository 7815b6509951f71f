// A Chromium started as a plain process and attached to later: the export's way to start it while
// Playwright loads. Its blank tab is there to print in, and it stops leaving nothing behind.
import { Buffer } from 'node:buffer'
import { existsSync } from 'node:fs'
import { readdir } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { describe, expect, it } from 'vitest'
import { connectChromium, resolveChromium } from '../../scripts/browser.ts'
import { startChromium } from '../../scripts/chromium-process.ts'

const profiles = async () => (await readdir(tmpdir())).filter(name => name.startsWith('lesson-chromium-'))

describe('startChromium', () => {
  it('listens, offers its blank tab to print in, and stops with its profile removed', async () => {
    const before = await profiles()
    const chromium = startChromium(resolveChromium())
    const browser = await connectChromium(chromium.endpoint)
    const page = browser.contexts()[0]!.pages()[0]!
    await page.setViewportSize({ width: 640, height: 360 })
    await page.setContent('<h1 style="margin:0">Printed</h1>')
    const pdf = Buffer.from(await page.pdf({ width: '640px', height: '360px' }))
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-')
    const started = (await profiles()).filter(name => !before.includes(name))
    expect(started).toHaveLength(1)
    await browser.close()
    await chromium.stop()
    await chromium.stop()
    expect(existsSync(`${tmpdir()}/${started[0]}`)).toBe(false)
  })

  it('says which browser did not start, and why', async () => {
    const chromium = startChromium({ path: '/bin/false', source: 'CHROMIUM_PATH' })
    await expect(chromium.endpoint).rejects.toThrow(/\/bin\/false did not start as a headless Chromium: it stopped \(exit 1\) before listening/)
    await chromium.stop()
  })
})
