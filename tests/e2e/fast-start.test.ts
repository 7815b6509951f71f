// A second `npm start` of a lesson answers from the deck's build (made in the background by the
// first start) while the dev server starts, then hands over at the speaker's next move: the page goes
// over to the dev server at the new click, with the rehearsal run and its timer started on the build,
// and the audience link keeps following; saving the lesson updates it in place. SIGTERM to the command
// alone stops it, the dev server and the front door.
import type { Browser, Page } from 'playwright-chromium'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from '../../scripts/bench/start-session.ts'
import { launchChromium } from '../../scripts/browser.ts'
import { deckFileFor } from '../../scripts/deck-location.ts'
import { HANDED_OVER_TIMER_KEY, HANDOVER_PATH } from '../../scripts/dev-server/handover-protocol.ts'
import { BUILD_CACHE, buildDirOf, currentBuild } from '../../scripts/export/build-cache.ts'
import { parseRun } from '../../scripts/rehearsal/run.ts'
import { groupAlive, HOOK_LAST_CLICK, HOOK_LESSON, HOOK_SENTENCE, ROOT, watchedPage } from './support.ts'

const SCREENSHOTS = join(ROOT, 'artifacts/screenshots')
const EDITED_HOOK = 'product teams build features users adore.'
/** How the hook's slide shows its sentence, before and after the edit (the slide capitalises it). */
const [SHOWN_BEFORE, SHOWN_AFTER] = [HOOK_SENTENCE, EDITED_HOOK].map(sentence => sentence.replace(/^product teams build /, ''))

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
  await mkdir(SCREENSHOTS, { recursive: true })
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

  it('shows the build at once and hands over at the next move, keeping the rehearsal run, its timer and the audience\'s position', async () => {
    const session = await startSession({ root: ROOT, lesson: HOOK_LESSON, copy, audience: true, audienceLater: true })
    const loads: string[] = []
    try {
      const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 720 } })
      const pacing = page.locator('[data-pacing]')
      const onDevServer = () => page.evaluate(() => performance.getEntriesByType('resource').some(entry => entry.name.includes('/@vite/client')))
      page.on('framenavigated', frame => frame === page.mainFrame() && loads.push(`${new Date().toISOString()} ${frame.url()}`))
      await page.goto(`${session.devUrl}/presenter/2`)
      await expect.poll(() => pacing.isVisible(), { timeout: 60_000 }).toBe(true)
      // The rehearsal starts on the build, before the dev server has the page.
      expect(await page.evaluate(() => (window as { lessonDecksFrontDoor?: boolean }).lessonDecksFrontDoor)).toBe(true)
      await page.hover('.slidev-presenter .grid-section.bottom .group')
      await page.click('.slidev-presenter .grid-section.bottom .i-carbon\\:play')
      await expect.poll(() => page.evaluate(key => JSON.parse(sessionStorage.getItem(key) ?? '{}').status, HANDED_OVER_TIMER_KEY)).toBe('running')
      const timer = await page.evaluate(key => JSON.parse(sessionStorage.getItem(key)!) as { startedAt: number }, HANDED_OVER_TIMER_KEY)
      expect(await onDevServer(), 'the timer started on the build').toBe(false)
      await pacing.getByRole('button', { name: 'Save run' }).waitFor()

      // The audience link, opened while the presenter view is still the build, shows where the speaker is.
      const audience = await browser.newPage({ viewport: { width: 980, height: 552 } })
      await audience.goto(await session.audienceLink())
      await audience.locator('[data-audience-follow][data-connection="open"]').waitFor({ timeout: 30_000 })
      await expect.poll(() => positionOf(audience)).toBe('2?clicks=0')

      // The dev server is warm: the page is told, and goes over only when the speaker moves.
      await readUntil(await fetch(`${session.devUrl}${HANDOVER_PATH}`), 'data: handover', 180_000)
      await page.waitForTimeout(1000)
      expect(await onDevServer(), 'no move, so still the build').toBe(false)
      await page.screenshot({ path: join(SCREENSHOTS, 'handover-before.png') })
      const before = await pacing.locator('[data-pacing-spent]').innerText()
      await page.keyboard.press('ArrowRight')
      await expect.poll(onDevServer, { timeout: 60_000 }).toBe(true)
      expect(positionOf(page)).toBe('2?clicks=1')
      await expect.poll(() => positionOf(audience)).toBe('2?clicks=1')
      // The same timer runs on, and the same run is recorded: the view offers to save it, not "Not recording".
      await pacing.getByRole('button', { name: 'Save run' }).waitFor({ timeout: 30_000 })
      await expect.poll(() => pacing.locator('[data-pacing-spent]').innerText()).not.toBe(before)
      expect(await pacing.innerText()).not.toMatch(/Not recording/)
      expect(clockSeconds(await pacing.locator('[data-pacing-spent]').innerText())).toBeGreaterThanOrEqual(clockSeconds(before))
      await page.locator('.slidev-presenter .slidev-page-2 .slidev-layout').first().waitFor()
      await page.screenshot({ path: join(SCREENSHOTS, 'handover-after.png') })
      await pacing.getByRole('button', { name: 'Save run' }).click()
      await expect.poll(() => pacing.locator('[data-pacing-saved]').innerText(), { timeout: 15_000 }).toMatch(/^Saved to /)
      const runs = await savedRuns(session.rehearsalsDir)
      expect(runs).toHaveLength(1)
      expect(runs[0]!.startedAt).toBe(new Date(timer.startedAt).toISOString())
      const hook = runs[0]!.slides.find(slide => slide.no === 2)!
      // The time on the slide before the hand-over is in the run, and so is the time after it.
      expect(hook.clicksMs[0]).toBeGreaterThan(1000)
      expect(hook.clicksMs[1]).toBeGreaterThan(0)

      // Saving the lesson updates the page in place. (The keys go to the deck, not to the button just clicked.)
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur())
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => `/${positionOf(page)}`).toBe(HOOK_LAST_CLICK)
      await page.evaluate(() => Object.assign(window, { sameDocument: true }))
      await writeFile(copy, (await readFile(copy, 'utf8')).replace(HOOK_SENTENCE, EDITED_HOOK))
      await expect.poll(() => page.locator('.slidev-page-2 .slidev-layout').first().innerText(), { timeout: 30_000 }).toContain(SHOWN_AFTER)
      expect(await page.evaluate(() => (window as { sameDocument?: boolean }).sameDocument)).toBe(true)
      expect(problems).toEqual([])

      process.kill(session.pid, 'SIGTERM')
      await expect.poll(() => groupAlive(session.pid), { timeout: 15_000 }).toBe(false)
      expect(await fetch(session.devUrl).then(() => 'answers', () => 'closed')).toBe('closed')
    }
    catch (error) {
      throw new Error(`${(error as Error).message}\npage loads:\n${loads.join('\n')}\nnpm start said:\n${session.stderr()}`)
    }
    finally {
      await session.stop()
    }
  }, 300_000)
})

describe('starting after an edit of the lesson', () => {
  it('shows the slides before the edited one from the last build at once, and the edited one only as it is now', async () => {
    // The build is of the lesson as the first start found it; the hook has been edited since.
    await writeFile(copy, (await readFile(HOOK_LESSON, 'utf8')).replace(HOOK_SENTENCE, EDITED_HOOK))
    const session = await startSession({ root: ROOT, lesson: HOOK_LESSON, copy })
    try {
      expect(await currentBuild(ROOT, deck, join(ROOT, BUILD_CACHE))).toBeUndefined()
      const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 720 } })
      // Every frame, in every document of the tab: was the hook's old sentence ever on screen (not under
      // the cover the page puts over itself while the slide comes), and was the page covered?
      await page.addInitScript(([old]) => {
        const look = () => {
          const covered = document.querySelector('[data-held-slide]') !== null
          const shown = !covered && [...document.querySelectorAll('.slidev-page')].some(slide => slide.getClientRects().length > 0 && (slide as HTMLElement).innerText.includes(old!))
          if (shown)
            sessionStorage.setItem('old-hook-shown', 'yes')
          if (covered)
            sessionStorage.setItem('held-cover-shown', 'yes')
          requestAnimationFrame(look)
        }
        requestAnimationFrame(look)
      }, [SHOWN_BEFORE])
      await page.goto(`${session.devUrl}/1`)
      await page.locator('.slidev-page-1 .slidev-layout').first().waitFor({ timeout: 30_000 })
      expect(await page.evaluate(() => (window as { lessonDecksFrontDoor?: boolean }).lessonDecksFrontDoor), 'slide 1 from the build').toBe(true)
      // The overview of the build draws the edited slide blank, and the unchanged ones as they are.
      await page.keyboard.press('o')
      await expect.poll(() => page.locator('.slidev-page-2').count()).toBeGreaterThan(0)
      const visibility = (no: number) => page.locator(`.slidev-page-${no}`).evaluateAll(slides => slides.map(slide => getComputedStyle(slide).visibility))
      expect(new Set(await visibility(2))).toEqual(new Set(['hidden']))
      expect(await visibility(1)).toContain('visible')
      await page.screenshot({ path: join(SCREENSHOTS, 'held-overview.png') })
      await page.keyboard.press('Escape')
      // The speaker moves on at once, long before the dev server is warm.
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => page.locator('.slidev-page-2 .slidev-layout').first().isVisible().catch(() => false), { timeout: 180_000 }).toBe(true)
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await expect.poll(() => page.locator('.slidev-page-2 .slidev-layout').first().innerText(), { timeout: 30_000 }).toContain(SHOWN_AFTER)
      expect(await page.evaluate(() => sessionStorage.getItem('held-cover-shown')), 'the page was covered while the slide came').toBe('yes')
      expect(await page.evaluate(() => sessionStorage.getItem('old-hook-shown')), 'the hook as it was never showed').toBeNull()
      expect(problems).toEqual([])
    }
    catch (error) {
      throw new Error(`${(error as Error).message}\nnpm start said:\n${session.stderr()}`)
    }
    finally {
      await session.stop()
    }
  }, 300_000)
})

/** `N?clicks=C` of a presenter or audience URL. */
function positionOf(page: Page): string {
  const url = new URL(page.url())
  const no = url.pathname.split('/').filter(Boolean).at(-1)
  return `${/^\d+$/.test(no ?? '') ? no : '1'}?clicks=${url.searchParams.get('clicks') ?? '0'}`
}

function clockSeconds(text: string): number {
  const [minutes, seconds] = text.split(':').map(Number)
  return minutes! * 60 + seconds!
}

/** Reads an event stream until `text` has come. */
async function readUntil(stream: Response, text: string, timeoutMs: number): Promise<void> {
  const reader = stream.body!.getReader()
  const deadline = setTimeout(() => void reader.cancel(), timeoutMs)
  let got = ''
  try {
    while (!got.includes(text)) {
      const { value, done } = await reader.read()
      if (done)
        throw new Error(`no "${text}" within ${timeoutMs / 1000} s: ${got}`)
      got += new TextDecoder().decode(value)
    }
  }
  finally {
    clearTimeout(deadline)
    await reader.cancel()
  }
}

async function savedRuns(dir: string): Promise<RehearsalRun[]> {
  const files = (await readdir(dir, { recursive: true })).filter(file => file.endsWith('.json'))
  return Promise.all(files.map(async file => parseRun(JSON.parse(await readFile(join(dir, file), 'utf8')))))
}
