// The step logic of the animated components: what each click shows, clamped, and in step with the generator.
import type { AnalogyProps } from '../../components/analogySteps.ts'
import type { BoxDiagram } from '../../components/splitDiagramSteps.ts'
import type { Drawing } from '../../scripts/lesson/types.ts'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { analogyReveal } from '../../components/analogySteps.ts'
import { iconReveal } from '../../components/iconSteps.ts'
import { splitLabel } from '../../components/pointLabel.ts'
import { diagramReveal } from '../../components/splitDiagramSteps.ts'
import { isRevealed, oneByOne, stepOf } from '../../components/steps.ts'
import { progressAt, timelineReveal } from '../../components/timelineSteps.ts'
import { drawingClicks } from '../../scripts/lesson/drawing/clicks.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planDeck } from '../../scripts/lesson/plan.ts'

describe('the step of a slide', () => {
  it('is the click count, clamped to the clicks the component reserves', () => {
    expect([-2, 0, 1, 2.7, 3, 9].map(clicks => stepOf(clicks, 3))).toEqual([0, 0, 1, 2, 3, 3])
  })

  it('is the whole picture for the huge or infinite click count of print and overview', () => {
    expect(stepOf(999_999, 4)).toBe(4)
    expect(stepOf(Number.POSITIVE_INFINITY, 4)).toBe(4)
    expect(stepOf(Number.NaN, 4)).toBe(0)
  })
})

describe('isRevealed, the one reveal rule', () => {
  it('shows a part from the click it appears at', () => {
    expect([0, 1, 2, 3].map(step => isRevealed(step, 2))).toEqual([false, false, true, true])
  })

  it('shows a part of the empty stage (at 0) before any click', () => {
    expect(isRevealed(0, 0)).toBe(true)
  })

  it('never shows a part the slide does not have', () => {
    expect(isRevealed(99, undefined)).toBe(false)
  })
})

describe('oneByOne', () => {
  it('gives each item its own click when none is on screen at the start', () => {
    expect(oneByOne(3)).toEqual({ at: [1, 2, 3], total: 3 })
  })

  it('opens on the first items and saves their clicks', () => {
    expect(oneByOne(3, 1)).toEqual({ at: [0, 1, 2], total: 2 })
    expect(oneByOne(3, 2)).toEqual({ at: [0, 0, 1], total: 1 })
  })

  it('clamps an opening larger than the list, or below zero', () => {
    expect(oneByOne(2, 5)).toEqual({ at: [0, 0], total: 0 })
    expect(oneByOne(2, -1)).toEqual({ at: [1, 2], total: 2 })
    expect(oneByOne(0)).toEqual({ at: [], total: 0 })
  })
})

describe('analogy scenes', () => {
  const all = { reaction: 'They applaud.', takeaway: { label: '', front: 'a', back: 'b' } }
  const partsAt = (step: number, props: Pick<AnalogyProps, 'reaction' | 'takeaway'>) => {
    const reveal = analogyReveal(props)
    return (['stage', 'front', 'back', 'reaction', 'takeaway'] as const).filter(part => isRevealed(step, reveal[part]))
  }

  it('open on the empty stage, then the seen side, the side behind it, the praise and the closing pair', () => {
    expect([0, 1, 2, 3, 4].map(step => partsAt(step, all))).toEqual([
      ['stage'],
      ['stage', 'front'],
      ['stage', 'front', 'back'],
      ['stage', 'front', 'back', 'reaction'],
      ['stage', 'front', 'back', 'reaction', 'takeaway'],
    ])
    expect(analogyReveal(all).total).toBe(4)
  })

  it('close on the pair one click earlier when there is no praise', () => {
    const props = { takeaway: all.takeaway }
    expect(analogyReveal(props)).toEqual({ stage: 0, front: 1, back: 2, reaction: undefined, takeaway: 3, total: 3 })
    expect(analogyReveal({})).toEqual({ stage: 0, front: 1, back: 2, reaction: undefined, takeaway: undefined, total: 2 })
    expect(partsAt(2, {})).toEqual(['stage', 'front', 'back'])
  })

  it('show the whole scene for the huge click count of print and overview, once clamped', () => {
    expect(partsAt(stepOf(999_999, analogyReveal(all).total), all)).toHaveLength(5)
    expect(partsAt(stepOf(-3, 4), all)).toEqual(['stage'])
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
    expect(timelineReveal(5)).toEqual({ at: [0, 1, 2, 3, 4], total: 4 })
    expect(timelineReveal(0).total).toBe(0)
  })

  it('fills the line through the dots shown, and no further', () => {
    expect([0, 1, 2, 3, 4, 9].map(step => progressAt(step, 4))).toEqual([0, 1 / 3, 2 / 3, 1, 1, 1])
    expect(progressAt(0, 1)).toBe(1)
  })
})

describe('the generator and the components agree on the clicks', () => {
  const expected: Record<string, (props: never) => number> = {
    CarFactory: (props: AnalogyProps) => analogyReveal(props).total,
    Restaurant: (props: AnalogyProps) => analogyReveal(props).total,
    Theater: (props: AnalogyProps) => analogyReveal(props).total,
    TwoSidedScene: (props: AnalogyProps) => analogyReveal(props).total,
    IconScene: (props: { items: { mention: number }[] }) => iconReveal(props.items.map(item => item.mention)).total,
    SplitDiagram: (props: { diagram: BoxDiagram }) => diagramReveal(props.diagram).total,
    DrawnDiagram: (props: { drawing: Drawing }) => drawingClicks(props.drawing),
    Timeline: (props: { phases: unknown[] }) => timelineReveal(props.phases.length).total,
    KeyPoints: (props: { points: string[], shownAtStart?: number }) => oneByOne(props.points.length, props.shownAtStart).total,
    Cards: (props: { cards: unknown[], shownAtStart?: number }) => oneByOne(props.cards.length, props.shownAtStart).total,
    TwoColumns: () => 2,
    ThinkPause: () => 1,
  }

  it.each([['lessons/platform-vs-product.md', 7], ['lessons/deprecation-and-migration.md', 7], ['tests/fixtures/drawings/lesson.md', 2]] as const)('%s', (file, kinds) => {
    const deck = planDeck(parseLesson(readFileSync(file, 'utf8'), file))
    const stepped = deck.slides.filter(slide => slide.component.name in expected)
    expect(new Set(stepped.map(slide => slide.component.name)).size).toBeGreaterThanOrEqual(kinds)
    for (const slide of stepped)
      expect(slide.clicks, `${slide.title} (${slide.component.name})`).toBe(expected[slide.component.name]!(slide.component.props as never))
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
