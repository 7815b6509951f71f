// `npm start -- --audience`, through real parts on loopback only: the audience server listens on all
// interfaces and is reached here through 127.0.0.2; the presenter's dev server stays on 127.0.0.1.
// Nothing of the notes leaks from the audience side; the audience follows the presenter in Chromium,
// may browse on its own and come back, and reconnects by itself after a dropped connection.
import type { Browser, Page, WebSocketRoute } from 'playwright-chromium'
import type { StartSession } from '../../scripts/bench/start-session.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from '../../scripts/bench/start-session.ts'
import { launchChromium } from '../../scripts/browser.ts'
import { ROOT, watchedPage } from './support.ts'

const LESSON = join(ROOT, 'lessons/platform-vs-product.md')
/** Sentences plain enough to appear verbatim inside a JavaScript bundle (no quotes or escapes). */
const RE_PLAIN_SENTENCE = /^[A-Z][A-Z0-9 ,]{20,}\.$/i
/** Paths in HTML, CSS and JS that may name another file of the build. */
const RE_REFERENCE = /["'`(]([\w@./-]+\.(?:js|mjs|css|json|svg|png|jpe?g|webp|woff2?|ico|txt|html))(?=[?#"'`)])/g

let session: StartSession
let browser: Browser
let base: URL
let noteSentences: string[]
let slideTitles: string[]

beforeAll(async () => {
  session = await startSession({ root: ROOT, lesson: LESSON, audience: true })
  base = new URL(session.audienceUrl!)
  const deck = await parse(await readFile(session.deck, 'utf8'), session.deck)
  noteSentences = deck.slides.flatMap(slide => (slide.note ?? '')
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .split(/(?<=\.)\s+/)
    .map(sentence => sentence.trim())
    // Words the slide itself shows are meant to be seen; only what is said alone counts as notes.
    .filter(sentence => RE_PLAIN_SENTENCE.test(sentence) && !slide.content.includes(sentence)))
  slideTitles = deck.slides.map(slide => String(slide.frontmatter.title ?? '')).filter(title => /^[A-Z][A-Z ]{8,}$/i.test(title))
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await session?.stop()
})

/** Every file reachable from the audience URL: the page, then every file any fetched file names. */
async function crawl(start: URL): Promise<Map<string, string>> {
  const seen = new Map<string, string>()
  const queue = [start.href]
  while (queue.length > 0) {
    const url = queue.shift()!
    if (seen.has(url))
      continue
    const response = await fetch(url)
    const text = response.ok ? await response.text() : ''
    seen.set(url, text)
    for (const [, reference = ''] of text.matchAll(RE_REFERENCE)) {
      // Vite names chunks relative to the importing file, and preloads relative to the base.
      for (const candidate of [new URL(reference, url), new URL(reference.replace(/^\.?\//, ''), start)]) {
        candidate.hash = ''
        if (candidate.origin === start.origin && candidate.pathname.startsWith(start.pathname) && !seen.has(candidate.href))
          queue.push(candidate.href)
      }
    }
  }
  return new Map([...seen].filter(([, text]) => text !== ''))
}

describe('the audience side', () => {
  it('serves nothing of the speaker notes: not in the page, not in any asset or JS chunk', async () => {
    const files = await crawl(base)
    const everything = [...files.values()].join('\n')
    const scripts = [...files.keys()].filter(url => url.endsWith('.js'))
    // The crawl reached the slides themselves, so looking for the notes in it means something.
    expect(scripts.length).toBeGreaterThan(10)
    expect(slideTitles.length).toBeGreaterThan(5)
    for (const title of slideTitles)
      expect(everything, title).toContain(title)
    expect(noteSentences.length).toBeGreaterThan(20)
    expect(noteSentences.filter(sentence => everything.includes(sentence))).toEqual([])
  })

  it('answers 403 without the token and 404 for every notes-bearing path', async () => {
    const origin = base.origin
    const token = base.pathname
    for (const path of ['/', '/slides.md?raw', '/@slidev/configs', '/1', '/presenter/1', '/assets/', `/${'x'.repeat(24)}/`, `${token.slice(0, -2)}/`])
      expect((await fetch(`${origin}${path}`)).status, path).toBe(403)
    const deckName = session.deck.split('/').pop()!
    for (const path of ['slides.md', `${deckName}?raw`, '@slidev/configs', '@slidev/slides', '__rehearsals', 'presenter/1', 'presenter', 'notes', 'notes-edit', 'print', 'presenter/print', 'overview', 'export', 'entry', '@fs/etc/hostname', '__slidev/slides/1.json', '__follow'])
      expect([403, 404], path).toContain((await fetch(`${origin}${token}${path}`)).status)
    expect((await fetch(`${origin}${token}__rehearsals`, { method: 'POST', body: '{}', headers: { 'content-type': 'application/json' } })).status).toBeGreaterThanOrEqual(403)
  })

  it('keeps the presenter\'s dev server off the network: it refuses connections on 127.0.0.2', async () => {
    const devPort = new URL(session.devUrl).port
    const refused = await fetch(`http://127.0.0.2:${devPort}/`).then(() => 'answered', (error: Error) => String((error.cause as { code?: string } | undefined)?.code))
    expect(refused).toBe('ECONNREFUSED')
    // …while the audience server, on all interfaces, answers there.
    expect((await fetch(base)).status).toBe(200)
  })
})

describe('following the presenter in Chromium', () => {
  let presenter: Page
  let audience: Page
  let problems: string[]
  /** Every message the audience page got on the follow channel. */
  const received: string[] = []

  /** `N?clicks=C` of a presenter or audience URL. */
  function positionOf(page: Page): string {
    const url = new URL(page.url())
    const no = url.pathname.split('/').filter(Boolean).pop()
    return `${/^\d+$/.test(no ?? '') ? no : '1'}?clicks=${url.searchParams.get('clicks') ?? '0'}`
  }

  async function audiencePage(): Promise<{ page: Page, problems: string[] }> {
    const context = await browser.newContext({ viewport: { width: 980, height: 552 } })
    const watched = await watchedPage({ newPage: () => context.newPage() } as unknown as Browser)
    return watched
  }

  beforeAll(async () => {
    ;({ page: presenter } = await watchedPage(browser, { viewport: { width: 1280, height: 720 } }))
    await presenter.goto(`${session.devUrl}/presenter/1`)
    await presenter.locator('.slidev-presenter').waitFor({ timeout: 60_000 })
    ;({ page: audience, problems } = await audiencePage())
    audience.on('websocket', ws => ws.on('framereceived', frame => received.push(String(frame.payload))))
    const response = await audience.goto(base.href)
    expect(response?.status()).toBe(200)
    await audience.locator('[data-audience-follow][data-connection="open"]').waitFor({ timeout: 30_000 })
  })

  it('refuses an audience without the token', async () => {
    const { page } = await audiencePage()
    const response = await page.goto(`${base.origin}/`)
    expect(response?.status()).toBe(403)
    await page.context().close()
  })

  it('moves the audience with every click and slide change of the presenter', async () => {
    for (let step = 0; step < 9; step++) {
      await presenter.keyboard.press('ArrowRight')
      const expected = positionOf(presenter)
      await expect.poll(() => positionOf(audience)).toBe(expected)
    }
    expect(positionOf(presenter)).not.toBe('1?clicks=0')
    await presenter.keyboard.press('ArrowLeft')
    await expect.poll(() => positionOf(audience)).toBe(positionOf(presenter))
    expect(await audience.locator('[data-audience-follow]').getAttribute('data-following')).toBe('true')
    await audience.screenshot({ path: join(ROOT, 'artifacts/screenshots/audience-following.png') })
  })

  it('lets a member browse back alone, and brings them back with "Follow the speaker"', async () => {
    const { page: other } = await audiencePage()
    await other.goto(base.href)
    await expect.poll(() => positionOf(other)).toBe(positionOf(presenter))
    const speakerAt = positionOf(presenter)

    await audience.keyboard.press('ArrowLeft')
    await audience.keyboard.press('ArrowLeft')
    const follow = audience.getByRole('button', { name: 'Follow the speaker' })
    await follow.waitFor()
    expect(positionOf(audience)).not.toBe(speakerAt)
    await audience.screenshot({ path: join(ROOT, 'artifacts/screenshots/audience-browsing.png') })
    // Nobody else moved.
    expect(positionOf(presenter)).toBe(speakerAt)
    expect(positionOf(other)).toBe(speakerAt)

    // The speaker goes on: the member browsing stays where they are, the others follow.
    const browsingAt = positionOf(audience)
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(other)).toBe(positionOf(presenter))
    expect(positionOf(audience)).toBe(browsingAt)

    await follow.click()
    await expect.poll(() => positionOf(audience)).toBe(positionOf(presenter))
    expect(await follow.count()).toBe(0)
    await other.context().close()
  })

  it('keeps one position for the audience when a second presenter window opens, or one reloads', async () => {
    for (let step = 0; step < 3; step++)
      await presenter.keyboard.press('ArrowRight')
    const speakerAt = positionOf(presenter)
    await expect.poll(() => positionOf(audience)).toBe(speakerAt)
    expect(speakerAt).not.toBe('1?clicks=0')
    const since = received.length
    // A second window opened on the first slide does not send the audience back there, nor does a
    // reload of the speaker's window…
    const { page: second } = await watchedPage(browser, { viewport: { width: 1280, height: 720 } })
    await second.goto(`${session.devUrl}/presenter/1`)
    await second.locator('.slidev-presenter').waitFor({ timeout: 30_000 })
    await presenter.reload()
    await presenter.locator('.slidev-presenter').waitFor({ timeout: 30_000 })
    // …so the next thing the audience hears is the speaker's next move (messages arrive in order).
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(audience)).toBe(positionOf(presenter))
    expect(received.slice(since).filter(message => message.includes('"position"'))).toHaveLength(1)

    // A move in either window is a move of the speaker.
    await second.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(audience)).toBe(positionOf(second))
    await second.close()
    await presenter.keyboard.press('ArrowRight')
    await expect.poll(() => positionOf(audience)).toBe(positionOf(presenter))
  })

  it('says so while disconnected, reconnects by itself and follows again', async () => {
    const { page, problems: dropped } = await audiencePage()
    const open: WebSocketRoute[] = []
    let refuse = false
    await page.routeWebSocket(/__follow$/, (ws) => {
      if (refuse)
        return void ws.close()
      ws.connectToServer()
      open.push(ws)
    })
    await page.goto(base.href)
    const follow = page.locator('[data-audience-follow]')
    await expect.poll(() => follow.getAttribute('data-connection')).toBe('open')

    refuse = true
    for (const ws of open.splice(0))
      await ws.close()
    const lost = page.getByRole('status').filter({ hasText: 'reconnecting' })
    await lost.waitFor()
    await page.screenshot({ path: join(ROOT, 'artifacts/screenshots/audience-reconnecting.png') })
    // The presenter never waits on the audience: it moves on while the member is away.
    await presenter.keyboard.press('ArrowRight')
    refuse = false
    await expect.poll(() => follow.getAttribute('data-connection')).toBe('open')
    expect(await lost.count()).toBe(0)
    await expect.poll(() => positionOf(page)).toBe(positionOf(presenter))
    expect(dropped.filter(problem => !/WebSocket/.test(problem))).toEqual([])
    await page.context().close()
  })

  it('shows no page or console error in the audience deck', () => {
    expect(problems).toEqual([])
  })
})
