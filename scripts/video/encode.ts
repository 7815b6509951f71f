// The MP4, made by ffmpeg from the frames and the sound track: H.264 (yuv420p) and AAC, 30 fps, the
// chapters in its metadata, the index at the front (+faststart) so a browser plays it while it loads.
// Each picture is decoded and converted once and repeated by the fps filter, so a still costs only
// the encoder's time.
import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { CliError } from '../errors.ts'
import { runProgram } from './children.ts'
import type { FrameSpan } from './frames.ts'

/** x264's speed against size: most of a lesson is stills, which any preset packs small. */
export const X264_PRESET = 'veryfast'
const CRF = 20
const AUDIO_BITRATE = '128k'

export interface EncodeInput {
  spans: FrameSpan[]
  fps: number
  /** Total frames: the video's length. */
  frames: number
  /** A sound file (WAV of the draft, WebM of a take); none: silence. */
  audio?: string
  /** ffmpeg's metadata file with the title and chapters. */
  metadata: string
  /** Scratch folder for the list of pictures. */
  dir: string
  out: string
  /** Frames encoded so far. */
  progress: (frames: number) => void
}

/** ffmpeg's concat list: each picture with how long it is held; the last is named twice (the demuxer's rule for a last duration). */
export function concatList(spans: FrameSpan[], fps: number): string {
  const quote = (file: string) => `'${file.replace(/'/g, '\'\\\'\'')}'`
  const lines = spans.flatMap(span => [`file ${quote(span.file)}`, `duration ${(span.frames / fps).toFixed(6)}`])
  const last = spans.at(-1)
  return `ffconcat version 1.0\n${lines.join('\n')}\n${last ? `file ${quote(last.file)}\n` : ''}`
}

export async function encodeVideo(input: EncodeInput): Promise<void> {
  const list = join(input.dir, 'frames.ffconcat')
  await writeFile(list, concatList(input.spans, input.fps))
  const seconds = (input.frames / input.fps).toFixed(6)
  const audioIn = input.audio ? ['-i', input.audio] : ['-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=48000']
  const args = [
    '-hide_banner', '-nostdin', '-y', '-loglevel', 'error', '-progress', 'pipe:1', '-nostats',
    '-f', 'concat', '-safe', '0', '-i', list,
    ...audioIn,
    '-i', input.metadata,
    '-map', '0:v:0', '-map', '1:a:0', '-map_metadata', '2', '-map_chapters', '2',
    // Convert once per picture, then repeat it on the 30 fps grid.
    '-vf', `format=yuv420p,fps=${input.fps}:round=near`,
    '-c:v', 'libx264', '-preset', X264_PRESET, '-tune', 'stillimage', '-crf', String(CRF), '-pix_fmt', 'yuv420p', '-r', String(input.fps),
    '-c:a', 'aac', '-b:a', AUDIO_BITRATE, '-ar', '48000', '-af', 'apad',
    '-t', seconds,
    '-movflags', '+faststart',
    '-f', 'mp4', input.out,
  ]
  let pending = ''
  const ran = await runProgram('ffmpeg', args, {
    onStdout: (text) => {
      pending += text
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      for (const line of lines) {
        const frame = /^frame=(\d+)/.exec(line)
        if (frame)
          input.progress(Number(frame[1]))
      }
    },
  }).catch((error: NodeJS.ErrnoException) => {
    throw new CliError('NO_TOOLS', `ffmpeg could not be started (${error.code ?? error.message}); install it: apt-get install ffmpeg`)
  })
  if (ran.code !== 0)
    throw new CliError('VERIFY', `ffmpeg failed (exit ${ran.code}): ${ran.stderr.trim().slice(-1500)}`)
}
