// The timing model: stated budgets kept, the rest of the total shared by narration length, and the
// plan written into every slide's frontmatter as Slidev reads it.
import { parse } from '@slidev/parser'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planTiming, shareByWeight } from '../../scripts/lesson/timing.ts'

/** `n` words of narration. */
function words(n: number): string {
  return Array.from({ length: n }, (_, i) => `word${i}`).join(' ')
}

function lesson(length: string | undefined, sections: [heading: string, wordCount: number][]): string {
  return [
    '# Timing Lesson',
    '',
    ...(length ? [`## Video Length: ${length} | Level: Staff`, ''] : []),
    ...sections.flatMap(([heading, n]) => [`## ${heading}`, '', `${words(n)}.`, '']),
  ].join('\n')
}

async function frontmatterBudgets(text: string): Promise<{ section: unknown, budgetSeconds: unknown }[]> {
  const deck = await parse(text, 'slides.md')
  return deck.slides.map(slide => ({ section: slide.frontmatter.section, budgetSeconds: slide.frontmatter.budgetSeconds }))
}

const sum = (values: number[]) => values.reduce((a, b) => a + b, 0)

describe('section budgets', () => {
  it('keeps stated budgets and shares the rest of the total by narration length', async () => {
    const { deck, text } = generateDeck(lesson('~4-5 minutes', [
      ['The Hook (20-30 seconds)', 60],
      ['The Story', 300],
      ['Another Way to See It', 100],
      ['Quick Recap (1 minute)', 40],
    ]), 'timing.md')
    const { planSeconds, totalSeconds } = deck.timing
    expect(planSeconds[0]).toBe(25)
    expect(planSeconds[3]).toBe(60)
    // 270 s in all; 185 s left for two sections whose narration is 300 and 100 words long: 3 to 1.
    expect(totalSeconds).toBe(270)
    expect(sum(planSeconds)).toBe(270)
    expect(planSeconds[1]! / planSeconds[2]!).toBeCloseTo(3, 1)
    expect(deck.warnings).toEqual([])

    const budgets = await frontmatterBudgets(text)
    expect(budgets[0]).toEqual({ section: 'Timing Lesson', budgetSeconds: undefined })
    const bySection = new Map(budgets.slice(1).map(b => [b.section, b.budgetSeconds]))
    expect([...bySection.values()]).toEqual(planSeconds)
  })

  it('adds up to the total for any mix of stated budgets and narration that fits', () => {
    fc.assert(fc.property(
      fc.array(fc.record({
        budget: fc.option(fc.integer({ min: 5, max: 60 }), { nil: undefined }),
        words: fc.integer({ min: 0, max: 400 }),
      }), { minLength: 1, maxLength: 12 }),
      fc.integer({ min: 0, max: 600 }),
      (sections, spare) => {
        const stated = sum(sections.map(s => s.budget ?? 0))
        const total = stated + spare
        const markdown = lesson(`${total} seconds`, sections.map((s, i) => [`Part ${i + 1}${s.budget === undefined ? '' : ` (${s.budget} seconds)`}`, s.words]))
        const { timing, warnings } = planTiming(parseLesson(markdown, 'p.md'), sections.map(s => s.words))
        sections.forEach((s, i) => {
          if (s.budget !== undefined)
            expect(timing.planSeconds[i]).toBe(s.budget)
        })
        if (sections.some(s => s.budget === undefined))
          expect(sum(timing.planSeconds)).toBe(total)
        expect(warnings.filter(w => w.message.includes('add up to'))).toEqual([])
      },
    ), { numRuns: Number(process.env.FUZZ_RUNS ?? 60) })
  }, 30_000)

  it('gives each section its speaking time when the lesson states no budget and no length', () => {
    const { deck } = generateDeck(lesson(undefined, [['The Story', 150], ['Quick Recap', 75]]), 'free.md', 'free.md', { wordsPerMinute: 150 })
    expect(deck.timing.speakSeconds).toEqual([60, 30])
    expect(deck.timing.planSeconds).toEqual([60, 30])
    expect(deck.timing.totalSeconds).toBe(90)
    expect(deck.warnings).toEqual([])
  })

  it('shares the whole length by narration when only the length is given', () => {
    const { deck } = generateDeck(lesson('3 minutes', [['The Story', 200], ['Another Way to See It', 100], ['Quick Recap', 100]]), 'length.md')
    expect(deck.timing.planSeconds).toEqual([90, 45, 45])
  })

  it('warns, and still plans, when stated budgets add up to more than the lesson length', async () => {
    const { deck, text } = generateDeck(lesson('1 minute', [
      ['The Hook (45 seconds)', 20],
      ['The Story (40 seconds)', 20],
      ['Quick Recap', 75],
    ]), 'over.md')
    expect(deck.timing.planSeconds.slice(0, 2)).toEqual([45, 40])
    // The section without a budget gets its speaking time (75 words at 150 a minute) instead of a negative share.
    expect(deck.timing.planSeconds[2]).toBe(30)
    expect(deck.warnings.map(w => w.message)).toContainEqual(expect.stringMatching(/add up to 1:25, more than the 1:00/))
    expect(deck.warnings[0]!.at.line).toBeGreaterThan(0)
    expect((await frontmatterBudgets(text)).map(b => b.budgetSeconds)).toEqual([undefined, 45, 40, 30])
  })

  it('does not starve a short section when stated budgets already fill the talk', () => {
    const { deck } = generateDeck(lesson('~2 minutes', [
      ['The Hook (45s)', 20],
      ['The Story (1 minute)', 20],
      ['Other (20-30 seconds)', 10],
      ['Quick Recap', 6],
      ['One-Liner to Remember', 4],
    ]), 'formats.md')
    expect(deck.warnings.map(w => w.message)).toContainEqual(expect.stringMatching(/add up to 2:10, more than the 2:00/))
    // 6 and 4 words need 2 s each: they get 10 s each, as the warning says.
    expect(deck.timing.planSeconds).toEqual([45, 60, 25, 10, 10])
  })

  it('warns where a section\'s narration cannot fit its budget', () => {
    const { deck } = generateDeck(lesson('5 minutes', [['The Hook (20-30 seconds)', 150], ['The Story', 100]]), 'long.md')
    expect(deck.warnings.map(w => w.message)).toContainEqual(expect.stringMatching(/"The Hook" needs 1:00 at 150 words a minute but has 0:20-0:30/))
  })
})

describe('shareByWeight', () => {
  it('splits whole seconds that add up exactly', () => {
    expect(shareByWeight(10, [1, 1, 1])).toEqual([4, 3, 3])
    expect(shareByWeight(0, [1, 2])).toEqual([0, 0])
    expect(shareByWeight(5, [0, 0])).toEqual([0, 0])
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 10_000 }),
      fc.array(fc.integer({ min: 1, max: 1000 }), { minLength: 1, maxLength: 20 }),
      (total, weights) => {
        expect(sum(shareByWeight(total, weights))).toBe(total)
      },
    ))
  })
})

describe('the speaking rate', () => {
  const markdown = lesson(undefined, [['The Hook', 300], ['The Story', 50]])

  it('turns narration into seconds at the rate given, not at a fixed 150 words a minute', () => {
    const at = (wordsPerMinute: number) => generateDeck(markdown, 'rate.md', 'rate.md', { wordsPerMinute }).deck.timing
    // 300 words (and the heading's own words, which are not narration) at 100 and at 200 words a minute.
    expect(at(100).speakSeconds).toEqual([180, 30])
    expect(at(200).speakSeconds).toEqual([90, 15])
    expect(at(100).wordsPerMinute).toBe(100)
    expect(at(150).speakSeconds).toEqual([120, 20])
  })

  it('defaults to 150 words a minute and writes the rate into the headmatter', async () => {
    const { deck, text } = generateDeck(markdown, 'rate.md')
    expect(deck.timing.wordsPerMinute).toBe(150)
    expect((await parse(text, 'slides.md')).slides[0]!.frontmatter.wordsPerMinute).toBe(150)
    expect((await parse(generateDeck(markdown, 'rate.md', 'rate.md', { wordsPerMinute: 90 }).text, 'slides.md')).slides[0]!.frontmatter.wordsPerMinute).toBe(90)
  })

  it('times a section at its own rate where it has one (a rehearsed pace), the others at the rate given', () => {
    const parsed = parseLesson(markdown, 'rate.md')
    const { timing } = planTiming(parsed, [300, 50], 150, [100, undefined])
    expect(timing.speakSeconds).toEqual([180, 20])
    expect(timing.sectionWordsPerMinute).toEqual([100, 150])
    expect(planTiming(parsed, [300, 50], 150).timing).not.toHaveProperty('sectionWordsPerMinute')
  })

  it('warns at the rate given', () => {
    const parsed = parseLesson(lesson('1 minute', [['The Hook (30s)', 100]]), 'rate.md')
    expect(planTiming(parsed, [100], 300).warnings).toEqual([])
    expect(planTiming(parsed, [100], 100).warnings.map(w => w.message)).toContainEqual(expect.stringMatching(/needs 1:00 at 100 words a minute/))
  })
})

describe('the notes estimate of a diagram section', () => {
  it('counts the narration only, not the ASCII drawing the notes keep', () => {
    const drawing = ['```', '┌──────────────────────────┐', `│ ${words(40)} │`, '└──────────────────────────┘', '```'].join('\n')
    const text = ['# Timing Lesson', '', '## Let\'s Walk Through the Diagram', '', drawing, '', `${words(30)}.`, ''].join('\n')
    const { deck } = generateDeck(text, 'lessons/timing.md')
    // 30 words at 150 a minute.
    expect(deck.timing.speakSeconds).toEqual([12])
  })
})
