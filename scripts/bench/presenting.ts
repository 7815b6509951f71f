// Bench figures of presenting live, measured on one `npm start -- --audience` of a copy of the
// project's lesson, in Chromium:
// - live_update_ms: the lesson saved → the new sentence on screen (watcher, generator, deck written,
//   Slidev's hot update);
// - slidev_hmr_ms: the same kind of change saved straight into the deck → on screen (Slidev alone);
// - follow_ms: p95, over a walk through every slide and click, from the presenter's key press to the
//   audience's page moving there.
import type { Browser, Page } from 'playwright-chromium'
import type { StartSession } from './start-session.ts'
import { readFile, writeFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'
import { launchChromium } from '../browser.ts'
import { DEFAULT_LESSON } from '../deck-location.ts'
import { generateDeck } from '../lesson/index.ts'
import { medianOf } from './measure.ts'
import { startSession } from './start-session.ts'

export interface PresentingFigure { name: string, value: number, unit: string }

/** Targets: follow_ms absolute; the live update within 100 ms of Slidev's own hot update. */
export const PRESENTING_TARGETS = { follow_ms: 150, live_update_over_hmr_ms: 100 }

/** The Hook's slide at its last click shows this sentence; the bench swaps its last word. */
const SLIDE = '/2?clicks=3'
const RE_SENTENCE = /product teams build features users (\w+)\./

export async function presentingFigures(root: string, repetitions: number): Promise<PresentingFigure[]> {
  const browser = await launchChromium()
  try {
    // Live authoring as a speaker edits: `npm start`, no audience (whose rebuilds would share the cores).
    const live = await withSession(root, false, session => liveFigures(browser, session, repetitions))
    const follow = await withSession(root, true, session => followP95(browser, session))
    return [...live, { name: 'follow_ms', value: follow, unit: 'ms' }]
  }
  finally {
    await browser.close()
  }
}

async function withSession<T>(root: string, audience: boolean, measure: (session: StartSession) => Promise<T>): Promise<T> {
  const session = await startSession({ root, lesson: join(root, DEFAULT_LESSON), audience })
  try {
    return await measure(session)
  }
  finally {
    await session.stop()
  }
}

async function liveFigures(browser: Browser, session: StartSession, repetitions: number): Promise<PresentingFigure[]> {
  const page = await browser.newPage({ viewport: { width: 980, height: 552 } })
  await page.goto(`${session.devUrl}${SLIDE}`)
  await page.locator('.slidev-page-2 .slidev-layout').getByText(/features users \w+\./).first().waitFor({ timeout: 120_000 })
  let round = 0
  const word = () => `word${(round++).toString(36)}`

  /** Saves the lesson with a new last word; ms until the slide shows it. */
  async function saveLesson(): Promise<number> {
    const next = word()
    const text = (await readFile(session.lesson, 'utf8')).replace(RE_SENTENCE, `product teams build features users ${next}.`)
    const saved = Date.now()
    await writeFile(session.lesson, text)
    return (await shownAt(page, next)) - saved
  }

  /** Saves into the deck itself the text the lesson would generate with a new last word; ms until shown. */
  async function saveDeck(): Promise<number> {
    const next = word()
    const lesson = (await readFile(session.lesson, 'utf8')).replace(RE_SENTENCE, `product teams build features users ${next}.`)
    // The text deck-file.ts would write for this lesson, so the next lesson save may overwrite it.
    const source = relative(dirname(session.deck), session.lesson).split('\\').join('/')
    const { text } = generateDeck(lesson, session.lesson, source)
    const saved = Date.now()
    await writeFile(session.deck, text)
    return (await shownAt(page, next)) - saved
  }

  // Alternating, so both see the same machine load.
  const lessonTimes: number[] = []
  const deckTimes: number[] = []
  await medianOf(repetitions, async () => {
    lessonTimes.push(await saveLesson())
    deckTimes.push(await saveDeck())
    return 0
  })
  await page.close()
  const live = medianAfterWarmUp(lessonTimes)
  const hmr = medianAfterWarmUp(deckTimes)
  return [
    { name: 'live_update_ms', value: live, unit: 'ms' },
    { name: 'slidev_hmr_ms', value: hmr, unit: 'ms' },
    { name: 'live_update_over_hmr_ms', value: live - hmr, unit: 'ms' },
  ]
}

function medianAfterWarmUp(times: number[]): number {
  const sorted = times.slice(1).sort((a, b) => a - b)
  const mid = sorted.length >> 1
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

/** The page's clock when the current slide first showed `word` (checked on every frame). */
function shownAt(page: Page, word: string): Promise<number> {
  return page.waitForFunction(
    w => document.querySelector('.slidev-page-2 .slidev-layout')?.textContent?.includes(w) ? Date.now() : false,
    word,
    { polling: 'raf', timeout: 30_000 },
  ).then(handle => handle.jsonValue() as Promise<number>)
}

/** `N?clicks=C` of a presenter or audience URL. */
function positionOf(href: string): string {
  const url = new URL(href)
  const no = url.pathname.split('/').filter(Boolean).pop() ?? ''
  return `${/^\d+$/.test(no) ? no : '1'}?clicks=${url.searchParams.get('clicks') ?? '0'}`
}

async function followP95(browser: Browser, session: StartSession): Promise<number> {
  const presenter = await browser.newPage({ viewport: { width: 1280, height: 720 } })
  const audience = await (await browser.newContext({ viewport: { width: 980, height: 552 } })).newPage()
  // Every route change of the audience's page, timed at the frame after it.
  await audience.addInitScript(() => {
    const moves: Array<{ at: number, href: string }> = []
    Object.assign(window, { followMoves: moves })
    for (const method of ['pushState', 'replaceState'] as const) {
      const original = history[method].bind(history)
      history[method] = (...args: Parameters<History['pushState']>) => {
        original(...args)
        const href = location.href
        requestAnimationFrame(() => moves.push({ at: Date.now(), href }))
      }
    }
  })
  await presenter.goto(`${session.devUrl}/presenter/1`)
  await presenter.locator('.slidev-presenter').waitFor({ timeout: 120_000 })
  await audience.goto(session.audienceUrl!)
  await audience.locator('[data-audience-follow][data-connection="open"]').waitFor({ timeout: 60_000 })

  // A warm-up walk (the dev server compiles each slide the first time the presenter view shows it),
  // then the measured one from a fresh presenter window.
  await walk(presenter, audience)
  await presenter.goto(`${session.devUrl}/presenter/1`)
  await presenter.locator('.slidev-presenter').waitFor({ timeout: 60_000 })
  const latencies = await walk(presenter, audience)
  await presenter.close()
  await audience.context().close()
  const sorted = latencies.sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)]!
}

/** Walks the presenter through every click to the end; per step, ms from the key press to the audience's page moving there. */
async function walk(presenter: Page, audience: Page): Promise<number[]> {
  const latencies: number[] = []
  await audience.evaluate(() => ((window as unknown as { followMoves: unknown[] }).followMoves.length = 0))
  for (let step = 0; step < 500; step++) {
    const before = positionOf(presenter.url())
    const pressed = Date.now()
    await presenter.keyboard.press('ArrowRight')
    const moved = await presenter.waitForURL(url => positionOf(url.href) !== before, { timeout: 2000 }).then(() => true, () => false)
    if (!moved)
      break // the last click of the last slide
    const target = positionOf(presenter.url())
    const arrived = await audience.waitForFunction((t) => {
      const moves = (window as unknown as { followMoves: Array<{ at: number, href: string }> }).followMoves
      const move = moves.find((m) => {
        const url = new URL(m.href)
        return `${url.pathname.split('/').filter(Boolean).pop()}?clicks=${url.searchParams.get('clicks') ?? '0'}` === t
      })
      if (move)
        moves.length = 0
      return move ? move.at : false
    }, target, { polling: 'raf', timeout: 10_000 }).then(h => h.jsonValue() as Promise<number>)
    latencies.push(arrived - pressed)
  }
  return latencies
}

if (import.meta.main) {
  const figures = await presentingFigures(join(import.meta.dirname, '../..'), Number(process.env.BENCH_REPETITIONS ?? 5))
  console.log(JSON.stringify(Object.fromEntries(figures.map(f => [f.name, Number(f.value.toFixed(1))]))))
}
