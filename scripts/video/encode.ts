// The MP4, made by ffmpeg from the frames and the sound track: H.264 (yuv420p) and AAC, 30 fps, the
// chapters in its metadata, the index at the front (+faststart) so a browser plays it while it loads.
import type { FrameSpan, StepPictures } from './frames.ts'
import { writeFile } from 'node:fs/promises'
import { CliError } from '../errors.ts'
import { isStopping, runProgram } from './children.ts'

/**
 * x264's speed against size. A render may take at most half the video's length on two cores, and
 * every frame of a still is encoded again: ultrafast takes about half the CPU time of veryfast per
 * 1080p frame, and stills pack small whatever the preset (a lesson is a few megabytes a minute).
 */
export const X264_PRESET = 'veryfast'
const CRF = 20
const AUDIO_BITRATE = '128k'

/**
 * ffmpeg's concat list: each file with how long it lasts. A list of pictures names the last one
 * twice (the demuxer's rule for the last picture's duration to count), and reads each picture at the
 * video's rate: at the image reader's default of 25 a second, the times of 1/30 s pictures fall on a
 * 1/25 s grid, so one picture in six of a transition is lost and its neighbour shown twice. A list of
 * videos has neither.
 */
export function concatList(spans: FrameSpan[], fps: number, pictures = true): string {
  const quote = (file: string) => `'${file.replace(/'/g, '\'\\\'\'')}'`
  const rate = pictures ? [`option framerate ${fps}`] : []
  const lines = spans.flatMap(span => [`file ${quote(span.file)}`, ...rate, `duration ${(span.frames / fps).toFixed(6)}`])
  const last = spans.at(-1)
  return `ffconcat version 1.0\n${lines.join('\n')}\n${last && pictures ? [`file ${quote(last.file)}`, ...rate, ''].join('\n') : ''}`
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
    throw new CliError('VERIFY', isStopping() ? 'interrupted: ffmpeg was stopped, and nothing was written' : `ffmpeg failed (exit ${ran.code}): ${ran.stderr.trim().slice(-1500)}`)
}

/** An encoded piece of the video, played `repeat` times in a row. */
export interface Clip {
  file: string
  frames: number
  repeat: number
}

/**
 * Frames of the clip a still is repeated from. Every frame of a still would otherwise be encoded again
 * (the bulk of a render): instead a still is encoded once as a clip of this many frames, which the
 * final video plays as many times as the still lasts. Each clip opens with a keyframe, so the video
 * also has one every 2 s to seek to.
 */
export const STILL_CLIP_FRAMES = 60

/** How a step's frames are cut: its transition and the odd frames of its still, then whole still clips. */
export function stepClipFrames(moving: number, stillFrames: number, unit = STILL_CLIP_FRAMES): { head: number, units: number } {
  const units = Math.floor(stillFrames / unit)
  return { head: moving + stillFrames - units * unit, units }
}

/** One step as clips: its transition and the odd frames of its still, then the still clip as often as it fits. */
export async function encodeStep(pictures: StepPictures, fps: number, stem: string, progress: (frames: number) => void): Promise<Clip[]> {
  const { head, units } = stepClipFrames(pictures.moving.length, pictures.stillFrames)
  const clips: Clip[] = []
  if (head > 0) {
    const spans = [
      ...pictures.moving.map(file => ({ file, frames: 1 })),
      { file: pictures.still, frames: head - pictures.moving.length },
    ].filter(span => span.frames > 0)
    await encodeClip(spans, fps, head, `${stem}-head`, progress)
    clips.push({ file: `${stem}-head.mp4`, frames: head, repeat: 1 })
  }
  if (units > 0) {
    await encodeClip([{ file: pictures.still, frames: STILL_CLIP_FRAMES }], fps, STILL_CLIP_FRAMES, `${stem}-still`, done => progress(head + done * units))
    clips.push({ file: `${stem}-still.mp4`, frames: STILL_CLIP_FRAMES, repeat: units })
  }
  return clips
}

/**
 * Pictures as H.264 (an MP4 without sound) of exactly `frames` frames. Each picture is decoded and
 * converted once and repeated by the fps filter.
 */
async function encodeClip(spans: FrameSpan[], fps: number, frames: number, stem: string, progress: (frames: number) => void): Promise<void> {
  await writeFile(`${stem}.ffconcat`, concatList(spans, fps))
  await ffmpeg([
    ...concatInput(`${stem}.ffconcat`),
    '-vf',
    `format=yuv420p,fps=${fps}:round=near`,
    '-frames:v',
    String(frames),
    '-c:v',
    'libx264',
    '-preset',
    X264_PRESET,
    '-tune',
    'stillimage',
    '-crf',
    String(CRF),
    '-pix_fmt',
    'yuv420p',
    '-r',
    String(fps),
    // No B-frames: a clip's frames then start at 0 with no reordering delay, so clips join end to end.
    '-bf',
    '0',
    '-an',
    '-f',
    'mp4',
    `${stem}.mp4`,
  ], progress)
}

/** ffmpeg's input read from a concat list, whose paths may be absolute. */
function concatInput(list: string): string[] {
  return ['-f', 'concat', '-safe', '0', '-i', list]
}

export interface MuxInput {
  clips: Clip[]
  fps: number
  /** A sound file (WAV of the draft, WebM of a take); none: silence. */
  audio?: string
  /** ffmpeg's metadata file with the title and chapters. */
  metadata: string
  list: string
  out: string
}

/** The clips joined as they are (no encoding again), the sound encoded to AAC and cut or padded to the video's length, the chapters added. */
export async function muxVideo(input: MuxInput): Promise<void> {
  const played = input.clips.flatMap(clip => Array.from({ length: clip.repeat }, () => ({ file: clip.file, frames: clip.frames })))
  await writeFile(input.list, concatList(played, input.fps, false))
  const frames = played.reduce((sum, clip) => sum + clip.frames, 0)
  const audioIn = input.audio ? ['-i', input.audio] : ['-f', 'lavfi', '-i', 'anullsrc=channel_layout=mono:sample_rate=48000']
  await ffmpeg([
    ...concatInput(input.list),
    ...audioIn,
    '-i',
    input.metadata,
    '-map',
    '0:v:0',
    '-map',
    '1:a:0',
    '-map_metadata',
    '2',
    '-map_chapters',
    '2',
    '-c:v',
    'copy',
    '-c:a',
    'aac',
    '-b:a',
    AUDIO_BITRATE,
    '-ar',
    '48000',
    '-af',
    'apad',
    '-t',
    (frames / input.fps).toFixed(6),
    '-movflags',
    '+faststart',
    '-f',
    'mp4',
    input.out,
  ])
}
