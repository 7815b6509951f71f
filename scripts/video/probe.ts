// Reads an MP4 back with ffprobe and says what is wrong with it: the file replaces the old video only
// when its streams, size, length and chapters are what was planned.
import { stat } from 'node:fs/promises'
import { CliError } from '../errors.ts'
import { runProgram } from './children.ts'

export interface Probed {
  duration: number
  video?: { codec: string, width: number, height: number, pixFmt: string, fps: string, frames: number }
  audio?: { codec: string }
  chapters: { title: string, start: number, end: number }[]
}

export async function probe(file: string): Promise<Probed> {
  const ran = await runProgram('ffprobe', ['-v', 'error', '-print_format', 'json', '-show_format', '-show_streams', '-show_chapters', file])
  if (ran.code !== 0)
    throw new CliError('VERIFY', `ffprobe could not read ${file}: ${ran.stderr.trim().slice(-500)}`)
  const json = JSON.parse(ran.stdout) as {
    format?: { duration?: string }
    streams?: { codec_type: string, codec_name: string, width?: number, height?: number, pix_fmt?: string, avg_frame_rate?: string, nb_frames?: string }[]
    chapters?: { start_time: string, end_time: string, tags?: { title?: string } }[]
  }
  const video = json.streams?.find(s => s.codec_type === 'video')
  const audio = json.streams?.find(s => s.codec_type === 'audio')
  return {
    duration: Number(json.format?.duration ?? 0),
    video: video && { codec: video.codec_name, width: video.width ?? 0, height: video.height ?? 0, pixFmt: video.pix_fmt ?? '', fps: video.avg_frame_rate ?? '', frames: Number(video.nb_frames ?? 0) },
    audio: audio && { codec: audio.codec_name },
    chapters: (json.chapters ?? []).map(c => ({ title: c.tags?.title ?? '', start: Number(c.start_time), end: Number(c.end_time) })),
  }
}

export interface Expected {
  seconds: number
  width: number
  height: number
  fps: number
  chapters: string[]
}

/** The problems of a written video, none when it is what was planned. */
export async function videoProblems(file: string, expected: Expected): Promise<string[]> {
  const size = (await stat(file).catch(() => undefined))?.size ?? 0
  if (size === 0)
    return ['the file is empty']
  const found = await probe(file)
  const problems: string[] = []
  if (Math.abs(found.duration - expected.seconds) > 0.1)
    problems.push(`it lasts ${found.duration.toFixed(2)} s, not the ${expected.seconds.toFixed(2)} s planned`)
  const v = found.video
  if (!v)
    problems.push('it has no video stream')
  else if (v.codec !== 'h264' || v.width !== expected.width || v.height !== expected.height || v.pixFmt !== 'yuv420p' || v.fps !== `${expected.fps}/1`)
    problems.push(`its video is ${v.codec} ${v.width}×${v.height} ${v.pixFmt} at ${v.fps} fps, not h264 ${expected.width}×${expected.height} yuv420p at ${expected.fps} fps`)
  if (found.audio?.codec !== 'aac')
    problems.push(`its sound is ${found.audio?.codec ?? 'missing'}, not AAC`)
  const titles = found.chapters.map(c => c.title)
  if (titles.join('\n') !== expected.chapters.join('\n'))
    problems.push(`its chapters are ${JSON.stringify(titles)}, not ${JSON.stringify(expected.chapters)}`)
  return problems
}
