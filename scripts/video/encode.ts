// The MP4, made by ffmpeg from the frames and the sound track: H.264 (yuv420p) and AAC, 30 fps, the
// chapters in its metadata, the index at the front (+faststart) so a browser plays it while it loads.
import { writeFile } from 'node:fs/promises'
import { CliError } from '../errors.ts'
import { runProgram } from './children.ts'
import type { FrameSpan } from './frames.ts'

/**
 * x264's speed against size. A render may take at most half the video's length on two cores, and
 * every frame of a still is encoded again: ultrafast takes about half the CPU time of veryfast per
 * 1080p frame, and stills pack small whatever the preset (a lesson is a few megabytes a minute).
 */
export const X264_PRESET = 'ultrafast'
const CRF = 20
const AUDIO_BITRATE = '128k'

/**
 * ffmpeg's concat list: each file with how long it lasts. A list of pictures names the last one
 * twice (the demuxer's rule for the last picture's duration to count); a list of videos doesn't.
 */
export function concatList(spans: FrameSpan[], fps: number, repeatLast = true): string {
  const quote = (file: string) => `'${file.replace(/'/g, '\'\\\'\'')}'`
  const lines = spans.flatMap(span => [`file ${quote(span.file)}`, `duration ${(span.frames / fps).toFixed(6)}`])
  const last = spans.at(-1)
  return `ffconcat version 1.0\n${lines.join('\n')}\n${last && repeatLast ? `file ${quote(last.file)}\n` : ''}`
}

async function ffmpeg(args: string[], progress?: (frames: number) => void): Promise<void> {
  let pending = ''
  const ran = await runProgram('ffmpeg', ['-hide_banner', '-nostdin', '-y', '-loglevel', 'error', ...(progress ? ['-progress', 'pipe:1', '-nostats'] : []), ...args], {
    onStdout: (text) => {
      pending += text
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const frame = /^frame=(\d+)/.exec(line)
        if (frame)
          progress?.(Number(frame[1]))
      }
    },
  }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError('NO_TOOLS', `ffmpeg could not be started (${error.code ?? error.message}); install it: apt-get install ffmpeg`)
  })
  if (ran.code !== 0)
    throw new CliError('VERIFY', `ffmpeg failed (exit ${ran.code}): ${ran.stderr.trim().slice(-1500)}`)
}

export interface SegmentInput {
  spans: FrameSpan[]
  fps: number
  /** Frames the segment lasts. */
  frames: number
  /** Scratch path of the list of pictures. */
  list: string
  out: string
  progress: (frames: number) => void
}

/**
 * One slide's pictures as H.264 (an MP4 without sound): encoded while the next slide is captured,
 * then joined to the others without encoding again. Each picture is decoded and converted once and
 * repeated by the fps filter, so a still costs only the encoder's time.
 */
export async function encodeSegment(input: SegmentInput): Promise<void> {
  await writeFile(input.list, concatList(input.spans, input.fps))
  await ffmpeg([
    '-f', 'concat', '-safe', '0', '-i', input.list,
    '-vf', `format=yuv420p,fps=${input.fps}:round=near`,
    '-frames:v', String(input.frames),
    '-c:v', 'libx264', '-preset', X264_PRESET, '-tune', 'stillimage', '-crf', String(CRF), '-pix_fmt', 'yuv420p', '-r', String(input.fps),
    '-an', '-f', 'mp4', input.out,
  ], input.progress)
}

export interface MuxInput {
  segments: { file: string, frames: number }[]
  fps: number
  /** A sound file (WAV of the draft, WebM of a take); none: silence. */
  audio?: string
  /** ffmpeg's metadata file with the title and chapters. */
  metadata: string
  list: string
  out: string
}

/** The segments joined as they are, the sound encoded to AAC and cut or padded to the video's length, the chapters added. */
export async function muxVideo(input: MuxInput): Promise<void> {
  await writeFile(input.list, concatList(input.segments, input.fps, false))
  const frames = input.segments.reduce((sum, s) => sum + s.frames, 0)
  const audioIn = input.audio ? ['-i', input.audio] : ['-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=48000']
  await ffmpeg([
    '-f', 'concat', '-safe', '0', '-i', input.list,
    ...audioIn,
    '-i', input.metadata,
    '-map', '0:v:0', '-map', '1:a:0', '-map_metadata', '2', '-map_chapters', '2',
    '-c:v', 'copy',
    '-c:a', 'aac', '-b:a', AUDIO_BITRATE, '-ar', '48000', '-af', 'apad',
    '-t', (frames / input.fps).toFixed(6),
    '-movflags', '+faststart',
    '-f', 'mp4', input.out,
  ])
}
