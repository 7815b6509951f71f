// Video figures for npm run bench: the draft of the first lesson rendered once by the real command
// (video_draft_s), that time over the video's length (video_realtime_ratio, target ≤ 0.5 on two
// cores), and the peak memory of the command's whole process tree (npm, Node, Chromium, ffmpeg,
// espeak-ng: video_peak_mb). One run: a render takes minutes, and the same lesson always renders the
// same way. Written under .cache/bench/, so videos/ is left alone. Run alone: node scripts/bench/video.ts
import { join } from 'node:path'
import { isMain } from '../cli.ts'
import { videoPaths } from '../video/paths.ts'
import { probe } from '../video/probe.ts'
import { runMeasured } from './process-tree.ts'

export interface VideoFigure { name: string, value: number, unit: string }

export const VIDEO_TARGETS = { video_realtime_ratio: 0.5 }

/** Memory is sampled every half second: often enough for a render of minutes, cheap on a loaded machine. */
const SAMPLE_MS = 500

export async function videoFigures(root: string, benchDir: string, lessonSlug = 'platform-vs-product'): Promise<VideoFigure[]> {
  const out = join(benchDir, 'video')
  const ran = await runMeasured('npm', ['run', '-s', 'video', '--', `lessons/${lessonSlug}.md`, '--out', out], root, true, SAMPLE_MS)
  const { duration } = await probe(videoPaths(out, lessonSlug).video)
  return [
    { name: 'video_draft_s', value: ran.seconds, unit: 's' },
    { name: 'video_length_s', value: duration, unit: 's' },
    { name: 'video_realtime_ratio', value: ran.seconds / duration, unit: '×' },
    { name: 'video_peak_mb', value: ran.peakMb, unit: 'MiB' },
  ]
}

if (isMain(import.meta.url))
  console.log(await videoFigures(join(import.meta.dirname, '../..'), join(import.meta.dirname, '../../.cache/bench')))
