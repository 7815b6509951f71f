// The step logic of the animated components: what each click shows, clamped, and in step with the generator.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analogyClicks, type AnalogyProps, analogyShown } from '../../components/analogySteps.ts'
import { asciiFontSize } from '../../components/asciiFit.ts'
import { splitLabel } from '../../components/pointLabel.ts'
import { type BoxDiagram, diagramReveal } from '../../components/splitDiagramSteps.ts'
import { stepOf } from '../../components/steps.ts'
import { phaseAt, progressAt, timelineClicks } from '../../components/timelineSteps.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planDeck } from '../../scripts/lesson/plan.ts'

describe('analogy scenes', () => {
  const all = { reaction: 'They applaud.', takeaway: { label: '', front: 'a', back: 'b' } }

  it('reveal the seen side, the side behind it, the praise, then the closing pair', () => {
    expect([0, 1, 2, 3, 4].map(step => analogyShown(step, all))).toEqual([
      { front: false, back: false, reaction: false, takeaway: false },
      { front: true, back: false, reaction: false, takeaway: false },
      { front: true, back: true, reaction: false, takeaway: false },
      { front: true, back: true, reaction: true, takeaway: false },
      { front: true, back: true, reaction: true, takeaway: true },
    ])
    expect(analogyClicks(all)).toBe(4)
  })

  it('close on the pair one click earlier when there is no praise', () => {
    const props = { takeaway: all.takeaway }
    expect(analogyClicks(props)).toBe(3)
    expect(analogyShown(3, props)).toEqual({ front: true, back: true, reaction: false, takeaway: true })
    expect(analogyClicks({})).toBe(2)
    expect(analogyShown(2, {})).toEqual({ front: true, back: true, reaction: false, takeaway: false })
  })

  it('show the whole scene for the huge click count of print and overview, once clamped', () => {
    expect(analogyShown(stepOf(999_999, analogyClicks(all)), all)).toEqual({ front: true, back: true, reaction: true, takeaway: true })
    expect(analogyShown(stepOf(Number.POSITIVE_INFINITY, 4), all).takeaway).toBe(true)
    expect(analogyShown(stepOf(-3, 4), all).front).toBe(false)
  })
})

describe('split diagram', () => {
  const diagram: Pick<BoxDiagram, 'headings' | 'bands' | 'callout'> = {
    headings: ['LEFT', 'RIGHT'],
    bands: [
      { kind: 'list', label: 'Builds', cells: [{ lead: 'x', items: [] }, { lead: 'y', items: [] }] },
      { kind: 'row', label: 'Customer', cells: ['a', 'b'] },
      { kind: 'row', label: 'Metric', cells: ['c', 'd'] },
    ],
    callout: { heading: 'TENSION', lines: [] },
  }

  it('goes column by column, then row by row, and ends on the callout', () => {
    expect(diagramReveal(diagram)).toEqual({ columnAt: [1, 2], rowAt: [undefined, 3, 4], calloutAt: 5, total: 5 })
  })

  it('counts one column and no callout', () => {
    expect(diagramReveal({ headings: ['ONLY'], bands: [{ kind: 'row', label: 'Owner', cells: ['me'] }] })).toEqual({ columnAt: [1], rowAt: [2], total: 2 })
  })
})

describe('timeline', () => {
  it('opens on the first phase and adds one per click', () => {
    expect(timelineClicks(5)).toBe(4)
    expect(timelineClicks(0)).toBe(0)
    expect([0, 1, 2].map(phaseAt)).toEqual([0, 1, 2])
  })

  it('fills the line through the dots shown, and no further', () => {
    expect([0, 1, 2, 3, 4, 9].map(step => progressAt(step, 4))).toEqual([0, 1 / 3, 2 / 3, 1, 1, 1])
    expect(progressAt(0, 1)).toBe(1)
  })
})

describe('the generator and the components agree on the clicks', () => {
  it.each(['lessons/platform-vs-product.md', 'lessons/deprecation-and-migration.md'])('%s', (file) => {
    const deck = planDeck(parseLesson(readFileSync(file, 'utf8'), file))
    const expected: Record<string, (props: never) => number> = {
      CarFactory: (props: AnalogyProps) => analogyClicks(props),
      Restaurant: (props: AnalogyProps) => analogyClicks(props),
      Theater: (props: AnalogyProps) => analogyClicks(props),
      TwoSidedScene: (props: AnalogyProps) => analogyClicks(props),
      SplitDiagram: (props: { diagram: BoxDiagram }) => diagramReveal(props.diagram).total,
      Timeline: (props: { phases: unknown[] }) => timelineClicks(props.phases.length),
    }
    const scenes = deck.slides.filter(slide => slide.component.name in expected)
    expect(scenes.length).toBeGreaterThanOrEqual(5)
    for (const slide of scenes)
      expect(slide.clicks, slide.component.name).toBe(expected[slide.component.name]!(slide.component.props as never))
  })
})

describe('splitLabel', () => {
  it.each([
    ['Balance: Explicit allocation. 20-30% for platform.', { label: 'Balance', text: 'Explicit allocation. 20-30% for platform.' }],
    ['Staff role: Mediate.', { label: 'Staff role', text: 'Mediate.' }],
    ['Both are essential.', { label: '', text: 'Both are essential.' }],
    ['"We need this: now."', { label: '', text: '"We need this: now."' }],
    ['A lead-in far too long to be a label: here', { label: '', text: 'A lead-in far too long to be a label: here' }],
  ])('%s', (point, expected) => {
    expect(splitLabel(point)).toEqual(expected)
  })
})

describe('asciiFontSize', () => {
  const box = { width: 840, height: 400 }

  it('reads large when the drawing is small', () => {
    expect(asciiFontSize('┌──┐\n└──┘', box)).toBe(20)
  })

  it('shrinks a tall or wide drawing to fit the box', () => {
    const tall = Array.from({ length: 23 }, () => '│'.padEnd(67, ' ')).join('\n')
    const size = asciiFontSize(tall, box)
    expect(size * 1.2 * 23).toBeLessThanOrEqual(400)
    expect(size).toBeGreaterThan(14)
    expect(asciiFontSize('x'.repeat(200), box)).toBe(10)
  })
})
