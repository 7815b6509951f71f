// How much text fits: the measured type model, the components' boxes, and the planner cutting a slide that
// holds too much into slides that fit, with their clicks and notes, on a lesson of long sections.
import type { ComponentProps, Slide } from '../../../scripts/lesson/types.ts'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { cardsSize, FLOOR_PX, keyPointsSize, thinkSizes, timelineSizes, twoColumnsSize } from '../../../scripts/lesson/fit/layouts.ts'
import { linesAt, textWidth } from '../../../scripts/lesson/fit/measure.ts'
import { evenRuns, fitSlide } from '../../../scripts/lesson/fit/slides.ts'
import { parseLesson } from '../../../scripts/lesson/parse.ts'
import { planDeck } from '../../../scripts/lesson/plan.ts'
import { plain } from '../../../scripts/lesson/text.ts'

const LESSON = 'tests/fixtures/long-sections/lesson.md'
const deck = planDeck(parseLesson(readFileSync(join(import.meta.dirname, '../../..', LESSON), 'utf8'), LESSON))
const LONG = 'Every flag gets a named owner, a ticket that explains why it exists, and a removal date written down on the day it is made.'

describe('the type model', () => {
  it('knows the font\'s own widths: a capital M is wider than an i, bold wider than regular', () => {
    expect(textWidth('M', 20)).toBeGreaterThan(2 * textWidth('i', 20))
    expect(textWidth('Platform team', 20, 800)).toBeGreaterThan(textWidth('Platform team', 20, 400))
    expect(textWidth('Platform team', 40)).toBeCloseTo(2 * textWidth('Platform team', 20))
  })

  it('wraps at spaces, as a browser does', () => {
    const word = 'deployment'
    const width = textWidth(`${word} ${word}`, 20) + 1
    expect(linesAt(`${word} ${word}`, 20, width)).toBe(1)
    expect(linesAt(`${word} ${word} ${word}`, 20, width)).toBe(2)
    expect(linesAt(`${word} ${word} ${word} ${word} ${word}`, 20, width)).toBe(3)
    expect(linesAt('', 20, width)).toBe(1)
    // A word longer than the line takes the lines it would broken.
    expect(linesAt('x'.repeat(60), 20, textWidth('x'.repeat(20), 20) + 1)).toBe(3)
  })
})

describe('the components\' boxes', () => {
  it('set a few short points large and long ones smaller, and refuse what can\'t fit at the floor', () => {
    const few = keyPointsSize({ heading: 'Next Video', points: ['Next: the strangler fig pattern.'] })
    const four = keyPointsSize({ heading: 'Quick Recap', points: Array.from<string>({ length: 4 }).fill(LONG) })
    expect(few).toBe(34)
    expect(four).toBeLessThan(few!)
    expect(four).toBeGreaterThanOrEqual(FLOOR_PX)
    expect(keyPointsSize({ heading: 'Quick Recap', points: Array.from<string>({ length: 7 }).fill(LONG) })).toBeUndefined()
    // The Next Video link takes room of its own.
    const nearlyFull = Array.from<string>({ length: 4 }).fill(LONG)
    expect(keyPointsSize({ heading: 'Next Video', points: nearlyFull }, true)!).toBeLessThanOrEqual(four!)
  })

  it('refuse cards, timelines, questions and columns that hold too much', () => {
    expect(cardsSize({ heading: 'Examples', cards: [{ title: 'A bank', text: 'Two people approve every change.' }] })).toBe(28)
    expect(cardsSize({ heading: 'Examples', cards: Array.from({ length: 6 }, () => ({ title: 'A streaming service', text: `${LONG} ${LONG}` })) })).toBeUndefined()
    const phases = Array.from({ length: 5 }, () => ({ label: 'Then', points: [LONG, LONG] }))
    expect(timelineSizes({ heading: 'What Could Go Wrong?', phases, moral: false })).toBeUndefined()
    expect(timelineSizes({ heading: 'What Could Go Wrong?', phases: phases.slice(0, 3).map(phase => ({ ...phase, points: ['It broke.'] })), moral: false })!.point).toBe(19)
    expect(thinkSizes({ heading: 'Think', question: LONG, answer: Array.from<string>({ length: 9 }).fill(LONG) })).toBeUndefined()
    expect(thinkSizes({ heading: 'Think', question: 'Who is right?', answer: ['Both.'] })).toEqual({ question: 30, answer: 28 })
    const column = { title: 'Release flags', points: Array.from<string>({ length: 6 }).fill(LONG) }
    expect(twoColumnsSize({ kicker: '', heading: 'A vs B', left: column, right: column })).toBeUndefined()
  })
})

/** Whether a planned text slide fits its component's box. */
function fits(slide: Slide): boolean {
  const { name, props } = slide.component
  const reserveNext = slide.section.kind === 'next'
  const sizeOf: Partial<Record<string, () => unknown>> = {
    KeyPoints: () => keyPointsSize(props as ComponentProps['KeyPoints'], reserveNext),
    Cards: () => cardsSize(props as ComponentProps['Cards']),
    Timeline: () => timelineSizes(props as ComponentProps['Timeline']),
    ThinkPause: () => thinkSizes(props as ComponentProps['ThinkPause']),
    TwoColumns: () => twoColumnsSize(props as ComponentProps['TwoColumns']),
  }
  return (sizeOf[name] ?? (() => true))() !== undefined
}

describe('a lesson of long sections, planned', () => {
  it('fits every text slide at its size, with one chunk of notes per click', () => {
    for (const slide of deck.slides) {
      expect(fits(slide), `${slide.title} (${slide.component.name})`).toBe(true)
      expect(slide.notes, slide.title).toHaveLength(slide.clicks + 1)
    }
  })

  it('goes on with a seven-point recap on a second slide, numbered on, with its share of the clicks and notes', () => {
    const recap = deck.slides.filter(slide => slide.section.kind === 'recap')
    expect(recap).toHaveLength(2)
    const [first, second] = recap.map(slide => slide.component.props as ComponentProps['KeyPoints'])
    expect([...first!.points, ...second!.points]).toHaveLength(7)
    expect(second!.first).toBe(first!.points.length + 1)
    expect(second!.kicker).toMatch(/continued$/)
    const items = deck.lesson.sections.find(section => section.kind === 'recap')!.blocks.flatMap(block => (block.kind === 'list' ? block.items.map(plain) : []))
    expect([...first!.points, ...second!.points]).toEqual(items)
    // Each point is said at the click that shows it: the second slide opens on its first point and its words.
    expect(plain(recap[1]!.notes[0]![0]!)).toBe(second!.points[0])
    expect(recap.reduce((sum, slide) => sum + slide.clicks + 1, 0)).toBe(first!.points.length + 1 + second!.points.length)
  })

  it('keeps every word of a cut slide\'s notes, in order, across its parts', () => {
    const recap = deck.slides.filter(slide => slide.section.kind === 'recap')
    const whole: Slide = { ...recap[0]!, component: { name: 'KeyPoints', props: { ...(recap[0]!.component.props as ComponentProps['KeyPoints']), points: recap.flatMap(slide => (slide.component.props as ComponentProps['KeyPoints']).points) } }, clicks: 7, notes: recap.flatMap((slide, i) => (i === 0 ? slide.notes : slide.notes)) }
    const parts = fitSlide(whole)!
    expect(parts.flatMap(part => part.notes)).toEqual(whole.notes)
    expect(parts.map(part => part.clicks)).toEqual(recap.map(slide => slide.clicks))
  })

  it('cuts a grid of five long cards into a row of three and a row of two', () => {
    const cards = deck.slides.filter(slide => slide.component.name === 'Cards')
    expect(cards.map(slide => (slide.component.props as ComponentProps['Cards']).cards.length)).toEqual([3, 2])
    expect(cards.map(slide => slide.clicks)).toEqual([2, 1])
  })
})

/** A slide of `component` in a section of `kind`, with one chunk of notes per click. */
function slideOf(component: Slide['component'], clicks: number, kind: Slide['section']['kind'] = 'other'): Slide {
  return { section: { index: 1, kind, title: 'Section' }, title: 'Section', layout: 'default', component, clicks, notes: Array.from({ length: clicks + 1 }, () => []) }
}

describe('a slide that holds too much', () => {
  const SHORT = 'The pager went off at night.'

  it('is a timeline of one line per phase, or no timeline at all', () => {
    const phases = Array.from({ length: 4 }, (_, i) => ({ label: i === 0 ? '' : 'Then', points: [SHORT, `${LONG} ${LONG}`] }))
    const [fitted] = fitSlide(slideOf({ name: 'Timeline', props: { heading: 'What Could Go Wrong?', kicker: '', phases, moral: false } }, 3, 'disaster'))!
    expect((fitted!.component.props as ComponentProps['Timeline']).phases.map(phase => phase.points)).toEqual(phases.map(phase => phase.points.slice(0, 1)))
    const long = phases.map(phase => ({ ...phase, points: [`${LONG} ${LONG} ${LONG}`] }))
    expect(fitSlide(slideOf({ name: 'Timeline', props: { heading: 'What Could Go Wrong?', kicker: '', phases: long, moral: false } }, 3, 'disaster'))).toBeUndefined()
  })

  it('keeps the first lines of a think pause\'s answer, and the first points of two columns', () => {
    const answer = ['Both.', ...Array.from<string>({ length: 6 }).fill(LONG)]
    const [think] = fitSlide(slideOf({ name: 'ThinkPause', props: { heading: 'Think', question: 'Who is right?', answer } }, 1, 'think'))!
    const kept = (think!.component.props as ComponentProps['ThinkPause']).answer
    expect(kept.length).toBeLessThan(answer.length)
    expect(kept).toEqual(answer.slice(0, kept.length))
    const column = { title: 'Release flags', points: Array.from<string>({ length: 6 }).fill(LONG) }
    const [columns] = fitSlide(slideOf({ name: 'TwoColumns', props: { kicker: '', heading: 'A vs B', left: column, right: column } }, 2, 'software'))!
    const { left, right } = columns!.component.props as ComponentProps['TwoColumns']
    expect(left.points.length).toBeLessThan(6)
    expect(left.points.length).toBeGreaterThan(0)
    expect(right.points).toEqual(left.points)
  })
})

describe('an icon scene', () => {
  it('keeps the first line of its lead when the things need the room of the others', () => {
    const item = (word: string, i: number) => ({ word, caption: word, icon: { body: '', viewBox: '0 0 32 32' }, mention: i, group: 0 as const })
    const props: ComponentProps['IconScene'] = { heading: 'The Story', kicker: '', lead: ['Picture a kitchen.', LONG, LONG, LONG, LONG], shape: 'row', items: ['pan', 'pot', 'knife', 'spoon', 'oven', 'plate'].map(item) }
    const slide: Slide = { section: { index: 1, kind: 'story', title: 'The Story' }, title: 'The Story', layout: 'default', component: { name: 'IconScene', props }, clicks: 6, notes: [[], [], [], [], [], [], []] }
    const [fitted] = fitSlide(slide)!
    expect((fitted!.component.props as ComponentProps['IconScene']).lead).toEqual(['Picture a kitchen.'])
    const short = { ...slide, component: { name: 'IconScene' as const, props: { ...props, lead: ['Picture a kitchen.', 'Six things on a shelf.'] } } }
    expect(fitSlide(short)).toEqual([short])
  })
})

describe('evenRuns', () => {
  it('cuts items into even runs, the longer first', () => {
    expect(evenRuns(7, 1)).toEqual([[0, 7]])
    expect(evenRuns(7, 2)).toEqual([[0, 4], [4, 7]])
    expect(evenRuns(5, 3)).toEqual([[0, 2], [2, 4], [4, 5]])
    expect(evenRuns(3, 3)).toEqual([[0, 1], [1, 2], [2, 3]])
  })
})
