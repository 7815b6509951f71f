// The DevTools tab a PDF re-export prints with (scripts/export/cdp-tab.ts), against a real Chromium:
// a load is waited for to its end, page code runs and throws as it would in Playwright, and the PDF
// has the pages and the size asked for.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { StartedChromium } from '../../scripts/chromium-process.ts'
import type { CdpTab } from '../../scripts/export/cdp-tab.ts'
import { createServer } from 'node:http'
import { PDFDocument } from 'pdf-lib'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveChromium } from '../../scripts/browser.ts'
import { startChromium } from '../../scripts/chromium-process.ts'
import { attachToTab } from '../../scripts/export/cdp-tab.ts'

/** Two pages of 400 × 300 px, each ending in a page break; the picture arrives late. */
const PAGES = '<style>@page { margin: 0 } body { margin: 0 } section { width: 400px; height: 300px; break-after: page; background: #cde }</style>'
  + '<section>one</section><section>two<img src="/slow.svg"></section>'
const SVG = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="10" height="10"/></svg>'

let server: Server
let url: string
let chromium: StartedChromium
let tab: CdpTab

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/slow.svg')
      setTimeout(() => res.writeHead(200, { 'content-type': 'image/svg+xml' }).end(SVG), 700)
    else res.writeHead(200, { 'content-type': 'text/html' }).end(PAGES)
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  chromium = startChromium(resolveChromium())
  tab = await attachToTab(await chromium.endpoint, 400, 300)
})

afterAll(async () => {
  tab?.close()
  await chromium?.stop()
  await new Promise(resolve => server?.close(resolve))
})

describe('a Chromium tab driven over DevTools', () => {
  it('opens a page and resolves once its load event fired, late pictures included', async () => {
    await tab.goto(`${url}/pages.html`)
    expect(await tab.evaluate(() => ({ state: document.readyState, picture: document.images[0]!.complete && document.images[0]!.naturalWidth }), undefined))
      .toEqual({ state: 'complete', picture: 10 })
  })

  it('runs a function with its argument in the page and returns its value, awaited', async () => {
    expect(await tab.evaluate(async ({ selector }) => document.querySelectorAll(selector).length, { selector: 'section' })).toBe(2)
    expect(await tab.evaluate(size => window.innerWidth === size.width && window.innerHeight === size.height, { width: 400, height: 300 })).toBe(true)
  })

  it('passes on what the page code throws', async () => {
    await expect(tab.evaluate(() => {
      throw new Error('nothing to print')
    }, undefined)).rejects.toThrow(/nothing to print/)
  })

  it('prints a page of the size asked per page of the view', async () => {
    const pdf = await PDFDocument.load(await tab.pdf(400, 300))
    expect(pdf.getPageCount()).toBe(2)
    // 400 × 300 CSS pixels are 300 × 225 points.
    const { width, height } = pdf.getPage(0).getSize()
    expect([width, height].map(Math.round)).toEqual([300, 225])
  })

  it('opens a tab of its own when Chromium has none open yet', async () => {
    const other = startChromium(resolveChromium())
    try {
      const endpoint = await other.endpoint
      await closeEveryTab(endpoint)
      const own = await attachToTab(endpoint, 400, 300)
      await own.goto(`${url}/pages.html`)
      expect(await own.evaluate(() => document.querySelectorAll('section').length, undefined)).toBe(2)
      own.close()
    }
    finally {
      await other.stop()
    }
  })

  it('says which address could not be opened', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    await expect(tab.goto(`http://127.0.0.1:${port}/`)).rejects.toThrow(new RegExp(`127\\.0\\.0\\.1:${port}/ could not be opened: net::ERR_CONNECTION_REFUSED`))
  })
})

/** Closes the tabs of the Chromium at `endpoint`, as a browser still opening its first one has none. */
async function closeEveryTab(endpoint: string): Promise<void> {
  const socket = new WebSocket(endpoint)
  await new Promise(resolve => socket.addEventListener('open', resolve, { once: true }))
  let id = 0
  const send = (method: string, params = {}) => new Promise<Record<string, unknown>>((resolve) => {
    const mine = ++id
    const onMessage = (event: MessageEvent) => {
      const message = JSON.parse(String(event.data)) as { id?: number, result?: Record<string, unknown> }
      if (message.id === mine) {
        socket.removeEventListener('message', onMessage)
        resolve(message.result ?? {})
      }
    }
    socket.addEventListener('message', onMessage)
    socket.send(JSON.stringify({ id: mine, method, params }))
  })
  const { targetInfos } = await send('Target.getTargets') as { targetInfos: { targetId: string, type: string }[] }
  for (const target of targetInfos.filter(info => info.type === 'page'))
    await send('Target.closeTarget', { targetId: target.targetId })
  // A tab closes a moment after Chromium answered.
  await expect.poll(async () => (await send('Target.getTargets') as { targetInfos: { type: string }[] }).targetInfos.filter(info => info.type === 'page'), { timeout: 5000 }).toEqual([])
  socket.close()
}
