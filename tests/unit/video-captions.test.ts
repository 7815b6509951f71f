// Caption cues from notes written for the test, read back with a WebVTT parser: at most two lines of
// at most 42 characters, 1–7 s, plain text only, every word of the notes, each cue inside its click's
// span and timed in proportion to its words.
import type { VttCue, VttNode } from 'webvtt-parser'
import type { Timeline } from '../../scripts/video/plan.ts'
import type { VideoStep } from '../../scripts/video/steps.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { describe, expect, it } from 'vitest'
import { WebVTTParser } from 'webvtt-parser'
import { wordCount } from '../../scripts/lesson/text.ts'
import { captionCues, linesOf, tokensOf, webVtt } from '../../scripts/video/captions.ts'
import { draftTimeline, takeTimeline } from '../../scripts/video/plan.ts'

function step(slideNo: number, clicks: number, spoken: string, sectionIndex = slideNo - 1): VideoStep {
  return { slideNo, clicks, title: `Slide ${slideNo}`, section: `Section ${sectionIndex}`, sectionIndex, spoken, words: wordCount(spoken) }
}

const STEPS: VideoStep[] = [
  step(1, 0, 'Caption Rules.'),
  step(2, 0, 'Two teams in a car company. Product team: designs the new car model, the features customers see—seats, dashboard, engine, paint color, and everything the buyer touches on a long drive home.'),
  step(2, 1, 'Yes.\nA second paragraph, after a short one: <script>alert("x")</script> & {{ value }} stay text, as does --> in prose.'),
  step(2, 2, ''),
  step(3, 0, 'See https://example.com/a/very/long/path/that/does/not/fit/on/one/line/at/all for more. Done.'),
  step(3, 1, 'Platform teams build the infrastructure, tools, and services that product teams depend on, day after day, release after release, quarter after quarter, without anyone noticing until the day it breaks and every product team stops shipping at once.'),
]

/** Seconds each step's words take: roughly 2.6 words a second, as espeak-ng speaks. */
const SPEECH = STEPS.map(s => s.words / 2.6)

/** All of HTML's named references, as the spec's parser knows them (the parser's own short list decodes `&lt;` wrongly). */
const ENTITIES = JSON.parse(readFileSync(createRequire(import.meta.url).resolve('webvtt-parser/html-entities.json'), 'utf8')) as Record<string, string>

function parse(vtt: string): VttCue[] {
  const parsed = new WebVTTParser(ENTITIES).parse(vtt)
  expect(parsed.errors).toEqual([])
  return parsed.cues
}

function textOf(nodes: VttNode[]): string {
  return nodes.map(node => (node.type === 'text' ? node.value ?? '' : textOf(node.children ?? []))).join('')
}

function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu) ?? []
}

function checkRules(timeline: Timeline, cues: VttCue[]): void {
  for (const cue of cues) {
    const lines = cue.text.split('\n')
    expect(lines.length, cue.text).toBeLessThanOrEqual(2)
    for (const line of textOf(cue.tree.children).split('\n'))
      expect(line.length, line).toBeLessThanOrEqual(42)
    expect(cue.tree.children.every(node => node.type === 'text'), `markup in ${cue.text}`).toBe(true)
  }
  // Every spoken word, in order, and nothing else.
  expect(words(cues.map(cue => textOf(cue.tree.children)).join(' '))).toEqual(words(timeline.steps.map(t => t.step.spoken).join(' ')))
}

describe('captions of a draft', () => {
  const timeline = draftTimeline(STEPS, SPEECH)
  const vtt = webVtt(captionCues(timeline))
  const cues = parse(vtt)

  it('keep every cue to two lines of 42 characters, plain text, and every word of the notes', () => {
    checkRules(timeline, cues)
    expect(textOf(cues.find(cue => cue.text.includes('alert'))!.tree.children)).toContain('<script>alert("x")</script> &')
  })

  it('last 1 to 7 seconds each', () => {
    for (const cue of cues) {
      expect(cue.endTime - cue.startTime, cue.text).toBeGreaterThanOrEqual(1 - 0.001)
      expect(cue.endTime - cue.startTime, cue.text).toBeLessThanOrEqual(7 + 0.001)
    }
  })

  it('stay within the span of their click, in order', () => {
    let at = 0
    for (const timed of timeline.steps) {
      const start = timed.startFrame / timeline.fps
      const end = (timed.startFrame + timed.frames) / timeline.fps
      const mine = cues.filter(cue => cue.startTime >= start - 0.001 && cue.endTime <= end + 0.001)
      // Each cue's words are this step's words: the words of the cues inside the span are the step's.
      expect(words(mine.map(cue => textOf(cue.tree.children)).join(' ')), `slide ${timed.step.slideNo} click ${timed.step.clicks}`).toEqual(words(timed.step.spoken))
      for (const cue of mine) {
        expect(cue.startTime).toBeGreaterThanOrEqual(at - 0.001)
        at = cue.endTime
      }
    }
  })

  it('time sentences in proportion to their words', () => {
    const timed = timeline.steps[1]!
    const own = cues.filter(cue => cue.startTime >= timed.speechStart - 0.001 && cue.endTime <= timed.speechEnd + 0.001)
    const seconds = timed.speechEnd - timed.speechStart
    for (const cue of own) {
      const share = words(cue.text).length / timed.step.words
      expect(cue.endTime - cue.startTime).toBeCloseTo(share * seconds, 2)
    }
    // The step's cues follow one another without a gap, from its first word to its last.
    expect(own[0]!.startTime).toBeCloseTo(timed.speechStart, 3)
    expect(own.at(-1)!.endTime).toBeCloseTo(timed.speechEnd, 3)
  })
})

describe('captions of a take', () => {
  it('stay within 7 s however slowly the speaker talks, and within 1 s spans as far as they allow', () => {
    const timeline = takeTimeline(STEPS, [4000, 60_000, 800, 500, 3000, 40_000])
    const cues = parse(webVtt(captionCues(timeline)))
    checkRules(timeline, cues)
    for (const cue of cues)
      expect(cue.endTime - cue.startTime, cue.text).toBeLessThanOrEqual(7 + 0.001)
  })
})

describe('lines', () => {
  it('balance two lines and refuse what does not fit', () => {
    expect(linesOf(tokensOf('Product teams build the features users see every day.'))).toEqual(['Product teams build the', 'features users see every day.'])
    expect(linesOf(tokensOf('short'))).toEqual(['short'])
    expect(linesOf(tokensOf(`${'x'.repeat(30)} ${'y'.repeat(30)} ${'z'.repeat(30)}`))).toBeUndefined()
  })

  it('cut a word longer than a line', () => {
    expect(tokensOf('a'.repeat(50)).map(t => t.length)).toEqual([42, 8])
  })
})
