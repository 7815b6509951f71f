// Where a lesson's video is written: videos/<slug>.mp4 with its captions and chapters beside it.
import { join } from 'node:path'

export { VIDEOS_DIR } from '../deck-location.ts'

/** The files a lesson's video is written to. */
export function videoPaths(outDir: string, slug: string): { video: string, captions: string, chapters: string } {
  return { video: join(outDir, `${slug}.mp4`), captions: join(outDir, `${slug}.vtt`), chapters: join(outDir, `${slug}.chapters.txt`) }
}
