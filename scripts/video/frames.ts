// The pictures of the video, taken from the deck in Chromium: one still per click step, held for as
// long as the step lasts, and the frames of each click's transition in between. The transitions are
// CSS transitions, so they are taken frame by frame without racing the clock: the page's animation
// clock stands still (a transition that started cannot run out while a loaded machine takes the
// screenshots), and right after the click every animation is stepped through its time (Web
// Animations' currentTime), one screenshot per video frame; then it is finished and the still is taken.
import type { CDPSession, Page } from 'playwright-chromium'
import type { Timeline } from './plan.ts'
import { Buffer } from 'node:buffer'
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from '../errors.ts'

/** A picture held for a number of frames (1 for a frame of a transition). */
export interface FrameSpan {
  file: string
  frames: number
}

/** The pictures of one click step: its transition frame by frame, then the still it ends on. */
export interface StepPictures {
  moving: string[]
  still: string
  /** Frames the still is held. */
  stillFrames: number
}

/** Animations that never end (none in our decks) are stepped through this much of their time. */
const MAX_TRANSITION_MS = 2000
const LOAD_TIMEOUT_MS = 30_000

export interface CaptureOptions {
  page: Page
  url: string
  timeline: Timeline
  dir: string
  /** Called with each step's pictures as soon as they are taken, so they can be encoded while the next are taken. */
  stepDone: (pictures: StepPictures) => void
}

export async function captureFrames(options: CaptureOptions): Promise<void> {
  const { page, url, timeline, dir } = options
  const cdp = await page.context().newCDPSession(page)
  // The document timeline's rate, not the animations': each can still be stepped and finished.
  await cdp.send('Animation.enable')
  await cdp.send('Animation.setPlaybackRate', { playbackRate: 0 })
  let shots = 0
  const shoot = async () => {
    const file = join(dir, `frame-${String(shots++).padStart(6, '0')}.png`)
    await writeFile(file, await screenshot(cdp))
    return file
  }
  const problems: string[] = []
  page.on('pageerror', error => problems.push(error.message))

  for (const [i, timed] of timeline.steps.entries()) {
    const { slideNo, clicks } = timed.step
    let transitionMs = 0
    if (i === 0) {
      await page.goto(`${url}/${slideNo}?clicks=${clicks}`, { waitUntil: 'load', timeout: LOAD_TIMEOUT_MS })
      await page.evaluate(() => document.fonts.ready)
      await fillLetterbox(page)
    }
    else {
      await watchChanges(page)
      await page.keyboard.press('ArrowRight')
    }
    await waitForStep(page, slideNo, clicks, timed.step.title)
    if (i > 0)
      transitionMs = await pauseAnimations(page)
    // Frame k of the step shows the transition (k + 1) frames in, so the click's own frame already moves.
    const moving = Math.min(Math.ceil(transitionMs * timeline.fps / 1000) - 1, timed.frames - 1)
    const frames: string[] = []
    for (let k = 0; k < moving; k++) {
      await seekAnimations(page, (k + 1) * 1000 / timeline.fps)
      frames.push(await shoot())
    }
    await finishAnimations(page)
    const still = await shoot()
    if (problems.length > 0)
      throw new CliError('PRINT', `the deck raised errors while playing: ${problems.join('; ')}`)
    options.stepDone({ moving: frames, still, stillFrames: timed.frames - frames.length })
  }
  await cdp.detach()
}

/**
 * Slidev fits the slide to the window in whole pixels of its height, which can leave a pixel or two
 * of its dark surround at the sides; the surround takes the slide's own background instead.
 */
function fillLetterbox(page: Page): Promise<void> {
  return page.evaluate(() => {
    const content = document.querySelector('#slide-content')
    const layout = document.querySelector('.slidev-layout')
    const colour = [content, layout, document.body]
      .map(element => (element ? getComputedStyle(element).backgroundColor : ''))
      .find(c => c !== '' && c !== 'transparent' && c !== 'rgba(0, 0, 0, 0)') ?? 'white'
    const style = document.createElement('style')
    style.textContent = `#slide-container, #page-root, body { background: ${colour} !important; }`
    document.head.append(style)
  })
}

async function screenshot(cdp: CDPSession): Promise<Buffer> {
  // Straight from the compositor: PNG (text stays crisp) made for speed, about twice as fast as page.screenshot.
  const { data } = await cdp.send('Page.captureScreenshot', { format: 'png', optimizeForSpeed: true })
  return Buffer.from(data, 'base64')
}

/** Waits until the deck shows the slide at the click (Slidev writes both into the URL), and its page is drawn. */
async function waitForStep(page: Page, no: number, clicks: number, title: string): Promise<void> {
  try {
    await page.waitForFunction(({ no, clicks }) => {
      const path = /\/(\d+)\/?$/.exec(location.pathname)
      const shown = Number(new URLSearchParams(location.search).get('clicks') ?? '0')
      return path !== null && Number(path[1]) === no && shown === clicks && document.querySelector(`.slidev-page-${no} .slidev-layout`) !== null
    }, { no, clicks }, { timeout: LOAD_TIMEOUT_MS, polling: 'raf' })
  }
  catch {
    throw new CliError('PRINT', `the deck did not reach slide ${no} "${title}" at click ${clicks} (it shows ${new URL(page.url()).pathname}${new URL(page.url()).search}); does the slide reveal more steps than its frontmatter \`clicks\` reserves?`)
  }
}

/** How long a click may take to change the page before it is taken to change nothing. */
const CHANGE_TIMEOUT_MS = 1000

/** Starts noting changes to the page, so the click's own can be waited for (Slidev applies it a few frames after the key). */
function watchChanges(page: Page): Promise<void> {
  return page.evaluate(() => {
    const state = window as unknown as { __videoChanged?: boolean, __videoObserver?: MutationObserver }
    state.__videoObserver?.disconnect()
    state.__videoChanged = false
    state.__videoObserver = new MutationObserver(() => {
      state.__videoChanged = true
    })
    state.__videoObserver.observe(document.body, { subtree: true, childList: true, attributes: true, characterData: true })
  })
}

/**
 * Waits for the click to change the page, lets its transitions start, pauses them at their
 * beginning, and says how long the longest lasts.
 */
function pauseAnimations(page: Page): Promise<number> {
  return page.evaluate(async ({ maxMs, waitMs }) => {
    const state = window as unknown as { __videoChanged?: boolean, __videoObserver?: MutationObserver }
    const started = performance.now()
    while (!state.__videoChanged && performance.now() - started < waitMs)
      await new Promise(done => requestAnimationFrame(done))
    state.__videoObserver?.disconnect()
    // Styles are recomputed, and transitions start, on the frames after the change.
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
    let longest = 0
    for (const animation of document.getAnimations()) {
      const end = Number(animation.effect?.getComputedTiming().endTime ?? 0)
      animation.pause()
      animation.currentTime = 0
      longest = Math.max(longest, Number.isFinite(end) ? end : maxMs)
    }
    return Math.min(longest, maxMs)
  }, { maxMs: MAX_TRANSITION_MS, waitMs: CHANGE_TIMEOUT_MS })
}

function seekAnimations(page: Page, ms: number): Promise<void> {
  return page.evaluate((ms) => {
    for (const animation of document.getAnimations())
      animation.currentTime = Math.min(ms, Number(animation.effect?.getComputedTiming().endTime ?? ms))
  }, ms)
}

/** Ends every transition (their end events fire, as after real time) and waits for the page to settle. */
function finishAnimations(page: Page): Promise<void> {
  return page.evaluate(async () => {
    for (const animation of document.getAnimations()) {
      if (Number.isFinite(Number(animation.effect?.getComputedTiming().endTime)))
        animation.finish()
    }
    await new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))
  })
}
