// `npm run video` end to end, the draft path, on a four-slide lesson written for the test: the real
// CLI builds the deck, espeak-ng speaks the notes, Chromium takes the pictures and ffmpeg encodes.
// The MP4 is read back with ffprobe and ffmpeg, played in Chromium's <video>, and its captions with
// a WebVTT parser.
import type { Browser } from 'playwright-chromium'
import type { VttCue, VttNode } from 'webvtt-parser'
import type { Probed } from '../../scripts/video/probe.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebVTTParser } from 'webvtt-parser'
import { launchChromium } from '../../scripts/browser.ts'
import { serveStatic } from '../../scripts/export/serve.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { probe } from '../../scripts/video/probe.ts'
import { spokenText } from '../../scripts/video/steps.ts'
import { difference, frameAt } from './frames.ts'
import { ROOT } from './support.ts'

const run = promisify(execFile)
const LESSON = 'tests/video-fixture/video-e2e.md'
const ENTITIES = JSON.parse(await readFile(createRequire(import.meta.url).resolve('webvtt-parser/html-entities.json'), 'utf8')) as Record<string, string>

interface Ran { code: number, stdout: string, stderr: string }

let dir: string
let ran: Ran
let probed: Probed
let cues: VttCue[]
const video = () => join(dir, 'video-e2e.mp4')

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []
}

function textOf(nodes: VttNode[]): string {
  return nodes.map(node => (node.type === 'text' ? node.value ?? '' : textOf(node.children ?? []))).join('')
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'video-e2e-'))
  try {
    const { stdout, stderr } = await run(process.execPath, ['scripts/video.ts', LESSON, '--out', dir], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
    ran = { code: 0, stdout, stderr }
  }
  catch (error) {
    const failed = error as { code?: number, stdout: string, stderr: string }
    ran = { code: typeof failed.code === 'number' ? failed.code : -1, stdout: failed.stdout, stderr: failed.stderr }
  }
  expect(ran.code, ran.stderr).toBe(0)
  probed = await probe(video())
  const parsed = new WebVTTParser(ENTITIES).parse(await readFile(join(dir, 'video-e2e.vtt'), 'utf8'))
  expect(parsed.errors).toEqual([])
  cues = parsed.cues
}, 600_000)

afterAll(() => rm(dir, { recursive: true, force: true }))

describe('npm run video (draft)', () => {
  it('prints the path written on stdout and its progress, frames out of the total, on stderr', () => {
    expect(resolve(ROOT, ran.stdout.trim())).toBe(video())
    expect(ran.stderr).toMatch(/^render {2}frames \d+\/\d+ \(\d+ %\)/m)
  })

  it('writes a 1920×1080, 30 fps H.264 (yuv420p) and AAC MP4 with its index at the front', async () => {
    expect(probed.video).toMatchObject({ codec: 'h264', width: 1920, height: 1080, pixFmt: 'yuv420p', fps: '30/1' })
    expect(probed.audio?.codec).toBe('aac')
    const bytes = await readFile(video())
    // +faststart: the moov box comes before the media data.
    expect(bytes.indexOf('moov')).toBeLessThan(bytes.indexOf('mdat'))
  })

  it('has one chapter per lesson section, at 0:00 first, in the MP4 and in the chapters file', async () => {
    const sections = ['The Hook', 'Let\'s Walk Through the Diagram', 'Quick Recap']
    expect(probed.chapters.map(c => c.title)).toEqual(sections)
    expect(probed.chapters[0]!.start).toBe(0)
    // The cover is no section: it opens the first section's chapter.
    expect(probed.chapters.map(c => c.title)).not.toContain('Video Test Lesson')
    const text = await readFile(join(dir, 'video-e2e.chapters.txt'), 'utf8')
    expect(text.trim().split('\n').map(line => line.replace(/^\d+:\d\d /, ''))).toEqual(sections)
    expect(text).toMatch(/^0:00 The Hook$/m)
  })

  it('captions every word of the narration, and never the drawing', async () => {
    const planned = generateDeck(await readFile(join(ROOT, LESSON), 'utf8'), LESSON).deck
    const narration = planned.slides.flatMap(slide => slide.notes.map(spokenText)).join(' ')
    const captioned = cues.map(cue => textOf(cue.tree.children)).join(' ')
    expect(words(captioned)).toEqual(words(narration))
    expect(captioned).not.toContain('Customer: Teams')
    for (const cue of cues)
      expect(cue.endTime).toBeLessThanOrEqual(probed.duration + 0.05)
  })

  it('moves during a scene\'s click: frames just after it differ from the stills before and after', async () => {
    // The diagram's first click (a drawn scene: its product column appears) starts the cue of its words.
    const click = cues.find(cue => cue.text.startsWith('Narrate it'))!.startTime
    const before = await frameAt(video(), click - 0.2)
    const moving = await frameAt(video(), click + 0.2)
    const after = await frameAt(video(), click + 1.2)
    // The column's heading, text and tags: a small part of the picture, but well clear of the encoder's noise (0 between two frames of one still).
    expect(difference(before, after)).toBeGreaterThan(0.002)
    expect(difference(moving, before)).toBeGreaterThan(0.0005)
    expect(difference(moving, after)).toBeGreaterThan(0.0005)
  })

  it('plays in Chromium\'s <video>: it loads, has its length and seeks', async () => {
    const served = await serveStatic({ mounts: { '/': dir } })
    let browser: Browser | undefined
    try {
      browser = await launchChromium()
      const page = await browser.newPage()
      served.put('/play.html', '<!doctype html><title>play</title><video preload="auto" muted></video>')
      await page.goto(`${served.url}/play.html`)
      const played = await page.evaluate(async () => {
        const element = document.querySelector('video')!
        // From memory: the test's static server answers no range requests, without which nothing seeks.
        element.src = URL.createObjectURL(await (await fetch('/video-e2e.mp4')).blob())
        if (element.readyState < 1) {
          await new Promise((done, fail) => {
            element.addEventListener('loadedmetadata', done, { once: true })
            element.addEventListener('error', () => fail(new Error(`video error ${element.error?.code}: ${element.error?.message}`)), { once: true })
          })
        }
        element.currentTime = element.duration / 2
        return { duration: element.duration, width: element.videoWidth, height: element.videoHeight }
      })
      // Seeked: the frame there is decoded and shown.
      await page.waitForFunction(() => {
        const element = document.querySelector('video')!
        return !element.seeking && element.currentTime > 0 && element.readyState >= 2
      })
      const at = await page.evaluate(() => document.querySelector('video')!.currentTime)
      expect(played.duration).toBeCloseTo(probed.duration, 1)
      expect(at).toBeCloseTo(probed.duration / 2, 0)
      expect([played.width, played.height]).toEqual([1920, 1080])
    }
    finally {
      await browser?.close()
      await served.close()
    }
  })
})
