// Pictures of a rendered video, read back with ffmpeg, small and grey: enough to tell pictures apart
// and to see where they change, without holding the whole video in memory.
import type { Buffer } from 'node:buffer'
import { execFile, spawn } from 'node:child_process'
import { promisify } from 'node:util'

const run = promisify(execFile)
export const FRAME_WIDTH = 480
export const FRAME_HEIGHT = 270
const FRAME_BYTES = FRAME_WIDTH * FRAME_HEIGHT
/**
 * A pixel changed when its grey moves by more than this: x264 keeps refining a still from frame to
 * frame, by a few levels on a few pixels, so two frames of one picture are never byte for byte equal.
 */
const NOISE_LEVELS = 8

const grey = ['-vf', `scale=${FRAME_WIDTH}:${FRAME_HEIGHT},format=gray`, '-f', 'rawvideo', '-']

/** The frame at `seconds`. */
export async function frameAt(video: string, seconds: number): Promise<Uint8Array> {
  const { stdout } = await run('ffmpeg', ['-v', 'error', '-ss', seconds.toFixed(3), '-i', video, '-frames:v', '1', ...grey], { encoding: 'buffer', maxBuffer: 1 << 20 })
  return new Uint8Array(stdout)
}

/** Frames by their number (0 is the first): the whole video decoded in order, those asked for kept (none past its end). */
export async function framesByNumber(video: string, numbers: number[]): Promise<Map<number, Uint8Array>> {
  const wanted = new Set(numbers)
  const kept = new Map<number, Uint8Array>()
  const ffmpeg = spawn('ffmpeg', ['-v', 'error', '-i', video, ...grey], { stdio: ['ignore', 'pipe', 'pipe'] })
  let errors = ''
  ffmpeg.stderr.on('data', (chunk: Buffer) => errors += chunk.toString())
  let frame = new Uint8Array(FRAME_BYTES)
  let filled = 0
  let n = 0
  for await (const chunk of ffmpeg.stdout as AsyncIterable<Buffer>) {
    for (let at = 0; at < chunk.length;) {
      const take = Math.min(FRAME_BYTES - filled, chunk.length - at)
      frame.set(chunk.subarray(at, at + take), filled)
      filled += take
      at += take
      if (filled === FRAME_BYTES) {
        if (wanted.has(n)) {
          kept.set(n, frame)
          frame = new Uint8Array(FRAME_BYTES)
        }
        n++
        filled = 0
      }
    }
  }
  const code = await new Promise<number | null>(done => ffmpeg.exitCode !== null ? done(ffmpeg.exitCode) : ffmpeg.on('close', done))
  if (code !== 0)
    throw new Error(`ffmpeg could not decode ${video} (exit ${code}): ${errors.slice(-500)}`)
  return kept
}

/** Pixels that differ by more than the encoder's noise between two grey frames. */
export function changedPixels(a: Uint8Array, b: Uint8Array): number {
  if (a.length !== FRAME_BYTES || b.length !== FRAME_BYTES)
    throw new Error(`frames of ${a.length} and ${b.length} bytes, not ${FRAME_BYTES}`)
  let changed = 0
  for (let i = 0; i < a.length; i++)
    changed += Math.abs(a[i]! - b[i]!) > NOISE_LEVELS ? 1 : 0
  return changed
}

/** The share of pixels that differ by more than the encoder's noise. */
export function difference(a: Uint8Array, b: Uint8Array): number {
  return changedPixels(a, b) / FRAME_BYTES
}
