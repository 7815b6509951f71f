// Listen, in the presenter view, end to end: Chromium takes a spoken take as its microphone (a WAV of
// the test lesson's notes, said by espeak-ng with pauses between sentences), `npm start` listens on
// 127.0.0.1, and the notes panel marks each sentence within 1.5 s of the moment the take says it,
// following the voice from click to click and slide to slide ("advance" on).
import type { Browser, Page } from 'playwright-chromium'
import type { StartSession } from '../../scripts/bench/start-session.ts'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSession } from '../../scripts/bench/start-session.ts'
import { launchChromium } from '../../scripts/browser.ts'
import { listenForLesson } from '../../scripts/listen/sentences.ts'
import { speakTake } from '../../scripts/listen/spoken-take.ts'
import { ROOT, watchedPage } from './support.ts'

const LESSON = resolve(ROOT, 'tests/fixtures/live-listen/lesson.md')
/** The bound: a sentence is marked at most this long after the take starts saying it. */
const WITHIN_SECONDS = 1.5
/** The audio clock starts when the page's capture does, a moment after the fake microphone opens. */
const CLOCK_SLACK_SECONDS = 0.3

interface Mark { sentence: number, at: number, wall: number, text: string, visible: boolean, scrolled: number }

let session: StartSession
let browser: Browser
let scratch: string
let wav: string
let seconds: number
let said: { index: number, text: string, start: number }[]

beforeAll(async () => {
  const all = listenForLesson(await readFile(LESSON, 'utf8'), LESSON)
  scratch = await mkdtemp(join(tmpdir(), 'listen-live-'))
  // The speaker starts at the Hook: the cover's title and details are not said.
  const take = await speakTake(all, { skip: i => all[i]!.slide === 1, pause: () => 0.7 }, scratch)
  wav = take.path
  seconds = take.seconds
  said = all.flatMap((sentence, index) => take.sentences[index]!.said ? [{ index, text: sentence.text, start: take.sentences[index]!.start! }] : [])
  session = await startSession({ root: ROOT, lesson: LESSON })
  browser = await launchChromium({
    args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${wav}%noloop`],
  })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  await session?.stop()
  await rm(scratch, { recursive: true, force: true })
})

/** Records each sentence the notes panel marks, with the audio's seconds then and the text under the mark. */
function recordMarks(page: Page): Promise<void> {
  return page.evaluate(() => {
    const marks: Mark[] = []
    Object.assign(window, { listenMarks: marks })
    const strip = document.querySelector('[data-listen]')!
    new MutationObserver(() => {
      const sentence = Number(strip.getAttribute('data-listen-marked'))
      if (sentence < 0 || marks.at(-1)?.sentence === sentence)
        return
      const range = [...(CSS.highlights.get('listen-said') ?? [])][0] as Range | undefined
      const panel = document.querySelector('.slidev-presenter .grid-section.note')!
      const notes = panel.getBoundingClientRect()
      let scrolled = 0
      for (let at = panel.querySelector('.slidev-note'); at && at !== panel.parentElement; at = at.parentElement)
        scrolled = Math.max(scrolled, at.scrollTop)
      const box = range?.getBoundingClientRect()
      marks.push({
        sentence,
        at: Number(strip.getAttribute('data-listen-marked-at')),
        wall: (performance.now() - Number(strip.getAttribute('data-listen-since'))) / 1000,
        text: range?.toString() ?? '',
        visible: !!box && box.top >= notes.top && box.bottom <= notes.bottom,
        scrolled,
      })
    }).observe(strip, { attributes: true })
  })
}

describe('listen', () => {
  // A loaded machine can drop captured audio or starve the recogniser for a moment: the timing is tried again, up to twice.
  it('marks each sentence of the notes within 1.5 s of its being said, and follows the voice through the deck', { retry: 2, timeout: 300_000 }, async () => {
    // A low window: the notes of a slide do not all fit in their panel, so following the voice scrolls it.
    const { page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 600 } })
    await page.goto(`${session.devUrl}/presenter/2`)
    await page.locator('[data-listen-toggle]').waitFor({ timeout: 90_000 })
    await page.locator('[data-listen-advance]').check()
    await recordMarks(page)
    await page.locator('[data-listen-toggle]').click()
    if (process.env.SCREENSHOTS) {
      // A sentence in the middle of a slide's notes, for a look at the mark.
      await expect.poll(async () => Number(await page.getAttribute('[data-listen]', 'data-listen-marked')), { timeout: seconds * 1000 }).toBeGreaterThanOrEqual(said[5]!.index)
      await page.screenshot({ path: join(process.env.SCREENSHOTS, 'listen-live.png') })
    }
    const last = said.at(-1)!.index
    await expect.poll(() => page.evaluate(() => (window as unknown as { listenMarks: Mark[] }).listenMarks.at(-1)?.sentence), {
      timeout: (seconds + 20) * 1000,
      interval: 500,
    }).toBe(last)
    const marks = await page.evaluate(() => (window as unknown as { listenMarks: Mark[] }).listenMarks)
    const report = said.map(({ index, text, start }) => {
      const mark = marks.find(m => m.sentence === index)
      // On the page's clock from the moment the microphone opened: what the speaker sees. (The captured
      // audio's own clock runs behind it when a loaded machine drops audio.)
      return { text, delay: mark ? mark.wall - start : null, audio: mark ? mark.at - start : null, mark }
    })
    console.warn(report.map(r => `${r.delay?.toFixed(2) ?? 'never'} s (audio clock ${r.audio?.toFixed(2)} s)  ${r.text}`).join('\n'))
    for (const { text, delay, mark } of report) {
      expect(delay, text).not.toBeNull()
      expect(delay!, text).toBeLessThanOrEqual(WITHIN_SECONDS)
      expect(delay!, `${text}: marked before it was said`).toBeGreaterThanOrEqual(-CLOCK_SLACK_SECONDS)
      expect(mark!.text.replace(/\s+/g, ' ').trim(), 'the mark is on the sentence').toBe(text)
      expect(mark!.visible, `${text}: scrolled into the notes panel`).toBe(true)
    }
    expect(Math.max(...marks.map(m => m.scrolled)), 'the notes panel scrolled with the voice').toBeGreaterThan(0)
    // In order, each once: the mark never went back.
    expect(marks.map(m => m.sentence)).toEqual(said.map(s => s.index))
    // Advance took the deck to the last slide with the voice.
    expect(new URL(page.url()).pathname).toBe('/presenter/5')
    await page.locator('[data-listen-toggle]').click()
    expect(problems).toEqual([])
  })
})
