// A take's captions from the sentences heard in its recording: timed to the voice, none for what was not said.
import type { HeardSentence } from '../../scripts/listen/align.ts'
import { describe, expect, it } from 'vitest'
import { MAX_CUE_SECONDS, MAX_LINE_CHARS, MIN_CUE_SECONDS } from '../../scripts/video/captions.ts'
import { voiceCues } from '../../scripts/video/voice-captions.ts'

function sentence(text: string, start: number | null, end: number | null): HeardSentence {
  return { text, slide: 2, click: 0, section: 'The Hook', sectionIndex: 0, said: start !== null, start, end }
}

describe('voice captions', () => {
  it('start each said sentence when it was said and leave out the ones not said', () => {
    const cues = voiceCues([
      sentence('A light switch on the kitchen wall.', 1.2, 3.4),
      sentence('Nobody said this sentence at all.', null, null),
      sentence('You flip it.', 9.5, 10.1),
      sentence('The lamp turns on without any new wiring in the house, and the rest of the room stays exactly as it was before.', 14, 25),
    ], 30)
    const text = cues.map(cue => cue.lines.join(' '))
    expect(text.join(' ')).not.toContain('Nobody')
    expect(cues[0]).toMatchObject({ start: 1.2, lines: ['A light switch on the kitchen wall.'] })
    expect(cues[1]!.start).toBeCloseTo(9.5)
    // A short sentence keeps its start and lasts the shortest a cue may, taken from the silence after it.
    expect(cues[1]!.end - cues[1]!.start).toBeCloseTo(MIN_CUE_SECONDS)
    expect(cues[2]!.start).toBe(14)
    expect(cues.at(-1)!.end).toBe(25)
    for (const cue of cues) {
      expect(cue.end - cue.start).toBeLessThanOrEqual(MAX_CUE_SECONDS)
      expect(Math.max(...cue.lines.map(line => line.length))).toBeLessThanOrEqual(MAX_LINE_CHARS)
    }
  })
})
