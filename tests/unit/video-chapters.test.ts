// Chapters from the sections of a timeline: one per section at its first click, the first at 0:00,
// none shorter than 10 s (a shorter one merges into the next, the last into the one before).
import type { VideoStep } from '../../scripts/video/steps.ts'
import { describe, expect, it } from 'vitest'
import { chaptersText, chapterTime, ffmetadata, mergeShortChapters, sectionChapters } from '../../scripts/video/chapters.ts'
import { draftTimeline } from '../../scripts/video/plan.ts'

function step(slideNo: number, clicks: number, section: string, sectionIndex: number): VideoStep {
  return { slideNo, clicks, title: section, section, sectionIndex, spoken: 'words', words: 1 }
}

describe('chapters', () => {
  it('start at each section\'s first click, the first with the cover at 0:00, two sections of one name staying two', () => {
    const steps = [step(1, 0, 'Cover', -1), step(2, 0, 'Hook', 0), step(2, 1, 'Hook', 0), step(3, 0, 'Recap', 1), step(4, 0, 'Recap', 2)]
    const timeline = draftTimeline(steps, [3, 20, 20, 15, 15])
    expect(sectionChapters(timeline).map(c => [c.title, c.start])).toEqual([['Hook', 0], ['Recap', 44.5], ['Recap', 60]])
  })

  it('merge a section shorter than 10 s into the next, and the first starts at 0:00', () => {
    const { chapters, merged } = mergeShortChapters([
      { title: 'Cover', start: 0, end: 4 },
      { title: 'Hook', start: 4, end: 30 },
      { title: 'Fact', start: 30, end: 36 },
      { title: 'Tiny', start: 36, end: 39 },
      { title: 'Recap', start: 39, end: 60 },
      { title: 'Next', start: 60, end: 65 },
    ])
    expect(chapters).toEqual([
      { title: 'Hook', start: 0, end: 30 },
      { title: 'Recap', start: 30, end: 65 },
    ])
    expect(merged).toEqual([
      '"Cover" (4.0 s) merged into "Hook"',
      '"Fact" (6.0 s) merged into "Tiny"',
      '"Tiny" (9.0 s) merged into "Recap"',
      '"Next" (5.0 s) merged into "Recap"',
    ])
    for (const chapter of chapters)
      expect(chapter.end - chapter.start).toBeGreaterThanOrEqual(10)
  })

  it('keep a video shorter than 10 s as one chapter', () => {
    expect(mergeShortChapters([{ title: 'Only', start: 0, end: 6 }]).chapters).toEqual([{ title: 'Only', start: 0, end: 6 }])
  })

  it('write them as a video site\'s description takes them, and as ffmpeg metadata', () => {
    expect(chapterTime(0)).toBe('0:00')
    expect(chapterTime(75.9)).toBe('1:15')
    expect(chapterTime(3725)).toBe('1:02:05')
    expect(chaptersText([{ title: 'The Hook', start: 0, end: 30 }, { title: 'Recap\nnow', start: 30, end: 65 }])).toBe('0:00 The Hook\n0:30 Recap now\n')
    expect(ffmetadata('A = B; #1', [{ title: 'Hook', start: 0, end: 30.5 }])).toBe(';FFMETADATA1\ntitle=A \\= B\\; \\#1\n[CHAPTER]\nTIMEBASE=1/1000\nSTART=0\nEND=30500\ntitle=Hook\n')
  })
})
