// Recording a take end to end: the presenter view on the dev server records a fake microphone (a WAV
// spoken by espeak-ng, fed to Chromium as its capture device) for the length of a run walked through
// every click, the endpoint saves the recording beside the run, and `npm run video -- --take latest`
// renders it: an MP4 as long as the take, with its sound, whose picture changes at the take's clicks.
import type { Browser, Page } from 'playwright-chromium'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { parseRun } from '../../scripts/rehearsal/run.ts'
import { probe } from '../../scripts/video/probe.ts'
import { changedPixels, framesByNumber } from './frames.ts'
import { ROOT, startDevServer } from './support.ts'

const run = promisify(execFile)
/** Each step of the take: long enough for a click's transition (the deck's last at most about 0.55 s) to end well before the next. */
const STEP_MS = 1000
const FPS = 30
/** Frames before each click over which the picture must hold still: 0.2 s. */
const STILL_FRAMES = 6
/**
 * Pixels (of a 480×270 grey frame) a changed picture has at least: the first frame of a click's
 * transition changes 20 or more, the encoder's refining of a still 1 or 2.
 */
const CHANGED_PIXELS = 10

let browser: Browser
let server: { url: string, stop: () => void }
let work: string
let rehearsals: string
let slug: string
let steps: number
/** The deck's sections, in order: the chapters a video of it has. */
let sections: string[]

async function timerButton(page: Page, icon: 'play' | 'renew') {
  // Slidev shows its play / pause / reset buttons when the pointer is over the timer.
  await page.hover('.slidev-presenter .grid-section.bottom .group')
  await page.click(`.slidev-presenter .grid-section.bottom .i-carbon\\:${icon}`)
}

interface Click {
  /** Seconds from the start of the take. */
  at: number
  /** Whether it opens a slide (the deck has no slide transitions: a cut) or reveals on one (a transition). */
  opensSlide: boolean
}

/** The take's clicks, at the time each step of it began, the first step (the cover, at 0) aside. */
function clicksOf(take: RehearsalRun): Click[] {
  let ms = 0
  const steps = take.slides.flatMap(slide => slide.clicksMs.map((spent, clicks) => ({ spent, opensSlide: clicks === 0 })))
  return steps.map(({ spent, opensSlide }) => {
    const click = { at: ms / 1000, opensSlide }
    ms += spent
    return click
  }).slice(1)
}

/**
 * Each click measured in the video by comparing frames, and described where it is wrong. Before the
 * click the picture holds still for STILL_FRAMES frames (the previous click's transition is over);
 * the first frame that differs from that still is the click's own, to within one frame; a click on a
 * slide moves, its next frame differing both from the still before and from where the step settles.
 */
async function clicksOffTheirTime(video: string, take: RehearsalRun): Promise<string[]> {
  const clicks = clicksOf(take)
  const frameOf = (seconds: number) => Math.round(seconds * FPS)
  const totalFrames = frameOf(take.slides.flatMap(slide => slide.clicksMs).reduce((a, b) => a + b, 0) / 1000)
  /** The frame each click's step settles on: the last before the next click. */
  const settled = clicks.map((_, i) => (i + 1 < clicks.length ? frameOf(clicks[i + 1]!.at) : totalFrames) - 1)
  const windows = clicks.map(click => Array.from({ length: STILL_FRAMES + 3 }, (_, k) => frameOf(click.at) - STILL_FRAMES + k))
  const frames = await framesByNumber(video, [...windows.flat(), ...settled])
  const wrong: string[] = []
  for (const [i, click] of clicks.entries()) {
    const at = `click ${i + 1} at ${click.at.toFixed(3)} s (frame ${(click.at * FPS).toFixed(2)})`
    const window = windows[i]!
    const [still, next, end] = [frames.get(window[0]!), frames.get(frameOf(click.at) + 1), frames.get(settled[i]!)]
    if (!still || !next || !end) {
      wrong.push(`${at}: the video ends before frame ${settled[i]}`)
      continue
    }
    const first = window.find(n => changedPixels(frames.get(n)!, still) > CHANGED_PIXELS)
    if (first === undefined || Math.abs(first - click.at * FPS) > 1)
      wrong.push(`${at}: the picture ${first === undefined ? `does not change by frame ${window.at(-1)}` : `first changes at frame ${first}`}`)
    if (!click.opensSlide && (changedPixels(next, still) <= CHANGED_PIXELS || changedPixels(next, end) <= CHANGED_PIXELS))
      wrong.push(`${at}: a cut, not a transition (frame ${frameOf(click.at) + 1} is the still before or after it)`)
  }
  return wrong
}

beforeAll(async () => {
  const deck = await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
  slug = String(deck.slides[0]!.frontmatter.lessonSlug)
  steps = deck.slides.reduce((sum, slide) => sum + Number(slide.frontmatter.clicks ?? 0) + 1, 0)
  sections = deck.slides.slice(1).map(slide => String(slide.frontmatter.section)).filter((section, i, all) => section !== all[i - 1])
  work = await mkdtemp(join(tmpdir(), 'video-take-'))
  rehearsals = join(work, 'rehearsals')
  await run('espeak-ng', ['-w', join(work, 'voice.wav'), 'Two teams in a car company. The product team designs the car; the platform team builds the factory.'])
  server = await startDevServer(rehearsals)
  browser = await launchChromium({ args: ['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-audio-capture=${join(work, 'voice.wav')}`] })
}, 240_000)

afterAll(async () => {
  await browser?.close()
  server?.stop()
  await rm(work, { recursive: true, force: true })
})

describe('a take recorded in the presenter view', () => {
  it('is saved beside its run and rendered with --take latest, as long as the take', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } })
    // The dev server compiles the deck on this first load: slow on a loaded machine.
    await page.goto(`${server.url}/presenter/1`, { timeout: 240_000 })
    await expect.poll(() => page.locator('[data-record-toggle]').isVisible(), { timeout: 90_000 }).toBe(true)
    await page.click('[data-record-toggle]')
    await expect.poll(() => page.locator('[data-record-state]').innerText(), { timeout: 60_000 }).toMatch(/next run/)
    await timerButton(page, 'play')
    await expect.poll(() => page.locator('[data-record-state]').innerText(), { timeout: 30_000 }).toMatch(/Recording/)
    // Every click of the deck, so the take fits it.
    for (let i = 1; i < steps; i++) {
      await page.waitForTimeout(STEP_MS)
      await page.keyboard.press('ArrowRight')
    }
    await page.waitForTimeout(1500)
    await timerButton(page, 'renew')

    const dir = join(rehearsals, slug)
    await expect.poll(async () => (await readdir(dir).catch(() => [] as string[])).filter(name => name.endsWith('.json')).length, { timeout: 20_000 }).toBe(1)
    const [name] = (await readdir(dir)).filter(file => file.endsWith('.json'))
    const take: RehearsalRun = parseRun(JSON.parse(await readFile(join(dir, name!), 'utf8')))
    const audio = join(dir, `${take.runId}.webm`)
    // The last piece arrives when the recorder stops.
    let size = -1
    await expect.poll(async () => {
      const now = (await stat(audio).catch(() => undefined))?.size ?? 0
      const settled = now > 0 && now === size
      size = now
      return settled
    }, { timeout: 20_000, interval: 1000 }).toBe(true)
    const recorded = await probe(audio)
    expect(recorded.audio?.codec).toBe('opus')

    const out = join(work, 'videos')
    const { stdout, stderr } = await run(process.execPath, ['scripts/video.ts', '--take', 'latest', '--out', out], { cwd: ROOT, env: { ...process.env, REHEARSALS_DIR: rehearsals }, maxBuffer: 16 * 1024 * 1024 })
    expect(stderr).not.toMatch(/has no recording/)
    const video = resolve(ROOT, stdout.trim())
    const probed = await probe(video)
    const takeSeconds = take.slides.flatMap(slide => slide.clicksMs).reduce((a, b) => a + b, 0) / 1000
    expect(Math.abs(probed.duration - takeSeconds)).toBeLessThanOrEqual(0.2)
    expect(probed.audio?.codec).toBe('aac')
    expect(probed.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080 })
    // The take's sound is in it: not silence.
    const { stderr: volume } = await run('ffmpeg', ['-hide_banner', '-i', video, '-map', '0:a', '-af', 'volumedetect', '-f', 'null', '-'])
    expect(Number(/max_volume: (-?[\d.]+) dB/.exec(volume)?.[1] ?? '-91')).toBeGreaterThan(-40)
    // One chapter per section, in the deck's order (the cover opens the first).
    expect(probed.chapters.map(chapter => chapter.title)).toEqual(sections)
    await page.close()

    const wrong = await clicksOffTheirTime(video, take)
    expect(wrong).toEqual([])
  }, 900_000)
})
