// The timeline of clicks: whole frames, a draft's clicks when its speech ends, a take's at its times.
import type { VideoStep } from '../../scripts/video/steps.ts'
import { describe, expect, it } from 'vitest'
import { draftTimeline, FPS, MIN_STEP_SECONDS, pacedSeconds, PAUSE_SECONDS, takeTimeline } from '../../scripts/video/plan.ts'
import { spokenText } from '../../scripts/video/steps.ts'

function step(slideNo: number, clicks: number, words: number): VideoStep {
  return { slideNo, clicks, title: '', section: 'S', sectionIndex: 0, spoken: 'w '.repeat(words).trim(), words }
}

describe('timeline', () => {
  it('gives a draft step its speech and a pause, at least 1.5 s, on frame boundaries', () => {
    const timeline = draftTimeline([step(1, 0, 3), step(1, 1, 0), step(2, 0, 40)], [1.234, 0, 12])
    expect(timeline.steps.map(t => [t.startFrame, t.frames])).toEqual([
      [0, Math.ceil((1.234 + PAUSE_SECONDS) * FPS)],
      [53, MIN_STEP_SECONDS * FPS],
      [98, Math.ceil(12.5 * FPS)],
    ])
    expect(timeline.totalFrames).toBe(98 + 375)
    expect(timeline.steps[2]!.speechStart).toBeCloseTo(98 / 30, 6)
    expect(timeline.steps[2]!.speechEnd).toBeCloseTo(98 / 30 + 12, 6)
  })

  it('places a take\'s clicks at its times, rounding the running total so no error builds up', () => {
    const timeline = takeTimeline([step(1, 0, 1), step(1, 1, 1), step(1, 2, 1)], [1010, 1010, 1010])
    expect(timeline.steps.map(t => t.startFrame)).toEqual([0, 30, 61])
    expect(timeline.totalFrames).toBe(91)
  })

  it('gives a step the take skipped no frame', () => {
    const timeline = takeTimeline([step(1, 0, 1), step(1, 1, 1), step(2, 0, 1)], [1000, 0, 500])
    expect(timeline.steps.map(t => t.frames)).toEqual([30, 0, 15])
  })

  it('paces a silent cut at the deck\'s words a minute', () => {
    expect(pacedSeconds(step(1, 0, 150), 150)).toBe(60)
  })

  it('never speaks a drawing kept in the notes', () => {
    const chunk = [[{ text: 'PRODUCT ┌──┐\n│ A │', code: true }], [{ text: 'Narrate ' }, { text: 'it', strong: true }, { text: ': product builds.' }]]
    expect(spokenText(chunk)).toBe('Narrate it: product builds.')
  })
})
