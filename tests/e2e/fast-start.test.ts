// A second `npm start` of a lesson answers from the deck's build (made in the background by the
// first start) while the dev server starts, then hands over: the page reloads onto the dev server at
// the same slide, and saving the lesson updates it in place. SIGTERM to the command alone stops it,
// the dev server and the front door.
import type { Browser } from 'playwright-chromium'
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from '../../scripts/bench/start-session.ts'
import { launchChromium } from '../../scripts/browser.ts'
import { deckFileFor } from '../../scripts/deck-location.ts'
import { HANDOVER_PATH } from '../../scripts/dev-server/front-door.ts'
import { BUILD_CACHE, buildDirOf, currentBuild } from '../../scripts/export/build-cache.ts'
import { groupAlive, HOOK_LAST_CLICK, HOOK_LESSON, HOOK_SENTENCE, ROOT, watchedPage } from './support.ts'

let dir: string
let copy: string
let deck: string
let browser: Browser

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lesson-decks-fast-start-'))
  copy = join(dir, `fast-${process.pid}.md`)
  await copyFile(HOOK_LESSON, copy)
  deck = deckFileFor(copy)
  browser = await launchChromium()
})

afterAll(async () => {
  await browser?.close()
  await rm(dir, { recursive: true, force: true })
  await rm(join(ROOT, deck), { force: true })
  await rm(buildDirOf(join(ROOT, BUILD_CACHE), deck), { recursive: true, force: true })
})

describe('starting twice', () => {
  it('builds the deck in the background at the first start, once its dev server is warm', async () => {
    const first = await startSession({ root: ROOT, lesson: HOOK_LESSON, copy })
    try {
      await expect.poll(() => currentBuild(ROOT, deck, join(ROOT, BUILD_CACHE)), { timeout: 200_000, interval: 1000 }).toBeDefined()
    }
    finally {
      await first.stop()
    }
  }, 240_000)

  it('shows the build at once, hands over to the dev server, then updates live; SIGTERM stops it all', async () => {
    const session = await startSession({ root: ROOT, lesson: HOOK_LESSON, copy })
    try {
      const { page, problems } = await watchedPage(browser)
      await page.goto(`${session.devUrl}${HOOK_LAST_CLICK}`)
      await page.locator('.slidev-page-2 .slidev-layout').getByText('Product teams build features users see.').first().waitFor()
      // The dev server took over: the page reloaded onto it (Vite's client), at the same slide and click.
      await expect.poll(() => page.evaluate(() => performance.getEntriesByType('resource').some(entry => entry.name.includes('/@vite/client'))), { timeout: 120_000 }).toBe(true)
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(HOOK_LAST_CLICK)
      await page.locator('.slidev-page-2 .slidev-layout').getByText('Product teams build features users see.').first().waitFor()
      await page.evaluate(() => Object.assign(window, { sameDocument: true }))

      await writeFile(copy, (await readFile(copy, 'utf8')).replace(HOOK_SENTENCE, 'product teams build features users adore.'))
      await expect.poll(() => page.locator('.slidev-page-2 .slidev-layout').first().innerText(), { timeout: 30_000 }).toContain('features users adore.')
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
      // The handover's own event stream is the front door's, not a page's.
      expect((await fetch(`${session.devUrl}${HANDOVER_PATH}`)).status).toBe(200)
      expect(problems).toEqual([])

      process.kill(session.pid, 'SIGTERM')
      await expect.poll(() => groupAlive(session.pid), { timeout: 15_000 }).toBe(false)
      expect(await fetch(session.devUrl).then(() => 'answers', () => 'closed')).toBe('closed')
    }
    catch (error) {
      throw new Error(`${(error as Error).message}\nnpm start said:\n${session.stderr()}`)
    }
    finally {
      await session.stop()
    }
  }, 240_000)
})
