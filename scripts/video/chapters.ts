// Chapters: one per lesson section, starting at the section's first click. Pure. A video site wants
// the first at 0:00 and each at least 10 s, so a shorter section merges into the next one (the last
// into the one before), and the merge is reported.
import type { Timeline } from './plan.ts'

export const MIN_CHAPTER_SECONDS = 10

export interface Chapter {
  title: string
  /** Seconds from the start of the video. */
  start: number
  end: number
}

export interface Chapters {
  chapters: Chapter[]
  /** What was merged, for the command to say: `"Cover" (4 s) merged into "The Hook"`. */
  merged: string[]
}

/** The sections in the order they play, each from its first step to the next section's; the first from the start. */
export function sectionChapters(timeline: Timeline): Chapter[] {
  const chapters: (Chapter & { index: number })[] = []
  for (const { step, startFrame, frames } of timeline.steps) {
    const last = chapters.at(-1)
    const end = (startFrame + frames) / timeline.fps
    if (last?.index === step.sectionIndex)
      last.end = end
    else
      chapters.push({ title: step.section, index: step.sectionIndex, start: startFrame / timeline.fps, end })
  }
  // The cover is no section of the lesson: the first section's chapter opens the video with it.
  if (chapters[0]?.index === -1 && chapters[1]) {
    chapters[1].start = chapters[0].start
    chapters.shift()
  }
  return chapters.map(({ title, start, end }) => ({ title, start, end }))
}

/** Chapters of at least MIN_CHAPTER_SECONDS each (but a video shorter than that has its one chapter). */
export function mergeShortChapters(sections: Chapter[]): Chapters {
  const merged: string[] = []
  const out: Chapter[] = []
  let carried: Chapter | undefined
  for (const section of sections) {
    const chapter = carried ? { title: section.title, start: carried.start, end: section.end } : { ...section }
    if (carried)
      merged.push(`"${carried.title}" (${formatSpan(carried)}) merged into "${section.title}"`)
    carried = undefined
    if (chapter.end - chapter.start < MIN_CHAPTER_SECONDS)
      carried = chapter
    else
      out.push(chapter)
  }
  if (carried) {
    const last = out.at(-1)
    if (last) {
      merged.push(`"${carried.title}" (${formatSpan(carried)}) merged into "${last.title}"`)
      last.end = carried.end
    }
    else {
      out.push(carried)
    }
  }
  if (out[0])
    out[0].start = 0
  return { chapters: out, merged }
}

function formatSpan(chapter: Chapter): string {
  return `${(chapter.end - chapter.start).toFixed(1)} s`
}

/** `75.4` → `1:15`; past an hour `1:02:05`. */
export function chapterTime(seconds: number): string {
  const s = Math.floor(seconds)
  const h = Math.floor(s / 3600)
  const mm = Math.floor(s / 60) % 60
  const ss = String(s % 60).padStart(2, '0')
  return h > 0 ? `${h}:${String(mm).padStart(2, '0')}:${ss}` : `${mm}:${ss}`
}

/** As a video site's description takes them: `0:00 The Hook`, one a line. */
export function chaptersText(chapters: Chapter[]): string {
  return `${chapters.map(chapter => `${chapterTime(chapter.start)} ${oneLine(chapter.title)}`).join('\n')}\n`
}

/** ffmpeg's metadata file (`-i chapters.txt -map_chapters 1`), times in milliseconds. */
export function ffmetadata(title: string, chapters: Chapter[]): string {
  const lines = [';FFMETADATA1', `title=${escapeMeta(title)}`]
  for (const chapter of chapters)
    lines.push('[CHAPTER]', 'TIMEBASE=1/1000', `START=${Math.round(chapter.start * 1000)}`, `END=${Math.round(chapter.end * 1000)}`, `title=${escapeMeta(chapter.title)}`)
  return `${lines.join('\n')}\n`
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/** ffmetadata escapes `=`, `;`, `#`, `\` and newlines with a backslash. */
function escapeMeta(text: string): string {
  return oneLine(text).replace(/[=;#\\]/g, '\\$&')
}
