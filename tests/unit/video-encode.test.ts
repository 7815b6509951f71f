// A step's pictures encoded by the real ffmpeg: every picture of a transition is one frame of the
// clip, in order, none lost or shown twice, and the still fills the rest.
import { execFile } from 'node:child_process'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { encodeStep } from '../../scripts/video/encode.ts'

const run = promisify(execFile)
const SIZE = { width: 64, height: 48 }
/** Grey levels of the pictures, far enough apart for the encoder's rounding. */
const LEVELS = [0, 24, 48, 72, 96, 120, 144, 168, 192, 216, 240]

let dir: string

/** A picture of one grey. */
async function picture(level: number): Promise<string> {
  const file = join(dir, `grey-${level}.png`)
  const hex = level.toString(16).padStart(2, '0').repeat(3)
  await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `color=c=0x${hex}:s=${SIZE.width}x${SIZE.height}`, '-frames:v', '1', file])
  return file
}

/** The mean grey of each frame of a video. */
async function frameLevels(video: string): Promise<number[]> {
  const { stdout } = await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', video, '-f', 'rawvideo', '-pix_fmt', 'gray', '-'], { encoding: 'buffer', maxBuffer: 64 * 1024 * 1024 })
  const pixels = SIZE.width * SIZE.height
  return Array.from({ length: stdout.length / pixels }, (_, i) => stdout.subarray(i * pixels, (i + 1) * pixels).reduce((sum, v) => sum + v, 0) / pixels)
}

/** The picture each frame shows, by its grey (full-range levels, as the decoder's gray gives them). */
function pictureOf(level: number): number {
  return LEVELS.reduce((best, l, i) => (Math.abs(l - level) < Math.abs(LEVELS[best]! - level) ? i : best), 0)
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'video-encode-'))
})

afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

describe('a step encoded', () => {
  it('shows each picture of its transition for one frame, in order, then its still', async () => {
    const files = await Promise.all(LEVELS.map(picture))
    const moving = files.slice(0, -1)
    const clips = await encodeStep({ moving, still: files.at(-1)!, stillFrames: 4 }, 30, join(dir, 'step'), () => {})
    expect(clips).toEqual([{ file: join(dir, 'step-head.mp4'), frames: moving.length + 4, repeat: 1 }])
    const shown = (await frameLevels(clips[0]!.file)).map(pictureOf)
    expect(shown).toEqual([...moving.map((_, i) => i), ...Array.from({ length: 4 }).fill(LEVELS.length - 1)])
  })
})
