// The measured pace: words of the notes shown over the time spent on them, per section and overall,
// on hand-made runs whose answers are worked out by hand; then the rates `--wpm rehearsed` plans with.
import type { SlideWords } from '../../scripts/rehearsal/pace.ts'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { deckWordsOf, measureRun, paceOf, rateOf, rehearsedRates } from '../../scripts/rehearsal/pace.ts'

/** A cover, a Hook of 30 + 30 words, and Software over two slides: 60 words, then 30 + 10. */
const DECK: SlideWords[] = [
  { no: 1, section: 'Cover', sectionIndex: -1, words: [10] },
  { no: 2, section: 'The Hook', sectionIndex: 0, words: [30, 30] },
  { no: 3, section: 'Software', sectionIndex: 1, words: [60] },
  { no: 4, section: 'Software', sectionIndex: 1, words: [30, 10] },
]

/** seconds: [hook click 0, hook click 1, software slide 3, software slide 4 click 0, slide 4 click 1]. */
function run(startedAt: string, seconds: number[], extra: Partial<RehearsalRun> = {}): RehearsalRun {
  const ms = seconds.map(s => s * 1000)
  const clicks = (...values: (number | undefined)[]) => values.filter(v => v !== undefined) as number[]
  return {
    version: 1,
    lessonSlug: 'lesson',
    runId: `run-${startedAt.replace(/\D/g, '')}`,
    startedAt,
    elapsedMs: 5000 + ms.reduce((a, b) => a + b, 0),
    slides: [
      { no: 1, section: 'Cover', sectionIndex: -1, budgetSeconds: null, clicksMs: [5000] },
      { no: 2, section: 'The Hook', sectionIndex: 0, budgetSeconds: 20, clicksMs: clicks(ms[0], ms[1]) },
      { no: 3, section: 'Software', sectionIndex: 1, budgetSeconds: 40, clicksMs: clicks(ms[2]) },
      { no: 4, section: 'Software', sectionIndex: 1, budgetSeconds: 40, clicksMs: clicks(ms[3], ms[4]) },
    ],
    ...extra,
  }
}

// Hook 60 words in 20 s = 180 wpm; Software 100 words in 50 s = 120; the talk 160 words in 70 s ≈ 137.14.
const A = run('2025-03-01T09:00:00.000Z', [10, 10, 30, 10, 10])
// Hook 60 in 30 s = 120; Software 100 in 40 s = 150; the talk 160 in 70 s ≈ 137.14.
const B = run('2025-03-02T09:00:00.000Z', [15, 15, 24, 12, 4])
// The newest: Hook 60 in 24 s = 150; Software only slide 3, 60 in 30 s = 120 (slide 4 never shown);
// the talk 120 in 54 s ≈ 133.33.
const C = run('2025-03-03T09:00:00.000Z', [12, 12, 30])

describe('the pace of one run', () => {
  it('adds up the words of the clicks shown and the time on them, per section and for the talk, leaving the cover out', () => {
    const { sections, talk } = measureRun(A, DECK)
    expect(sections.get('The Hook')).toEqual({ words: 60, ms: 20_000 })
    expect(sections.get('Software')).toEqual({ words: 100, ms: 50_000 })
    expect(sections.has('Cover')).toBe(false)
    expect(talk).toEqual({ words: 160, ms: 70_000 })
    expect(rateOf(sections.get('The Hook'))).toBe(180)
    expect(rateOf(sections.get('Software'))).toBe(120)
  })

  it('counts no words for a click never shown', () => {
    // Slide 4's second click was skipped (0 ms): its 10 words are not in the rate.
    const skipped = run('2025-03-04T09:00:00.000Z', [10, 10, 30, 16, 0])
    expect(measureRun(skipped, DECK).sections.get('Software')).toEqual({ words: 100 - 10, ms: 46_000 })
  })

  it('tells no rate from too few words or too short a time', () => {
    expect(rateOf({ words: 29, ms: 60_000 })).toBeUndefined()
    expect(rateOf({ words: 300, ms: 9_999 })).toBeUndefined()
    expect(rateOf({ words: 30, ms: 10_000 })).toBe(180)
  })

  it('leaves out slides the deck no longer has as they were (a section renamed, clicks removed)', () => {
    const renamed = DECK.map(slide => (slide.no === 2 ? { ...slide, section: 'The New Hook' } : slide))
    expect(measureRun(A, renamed).sections.has('The Hook')).toBe(false)
    const fewerClicks = DECK.map(slide => (slide.no === 4 ? { ...slide, words: [60] } : slide))
    expect(measureRun(A, fewerClicks).sections.get('Software')).toEqual({ words: 60, ms: 30_000 })
  })
})

describe('the pace over runs', () => {
  it('is the median over runs, plus the newest run, per section and for the talk', () => {
    const pace = paceOf([C, A, B], DECK)
    expect(pace.sections).toEqual([
      { index: 0, title: 'The Hook', medianWpm: 150, lastWpm: 150, runs: 3 },
      { index: 1, title: 'Software', medianWpm: 120, lastWpm: 120, runs: 3 },
    ])
    expect(pace.talk.medianWpm).toBeCloseTo(160 / 70 * 60, 6)
    expect(pace.talk.lastWpm).toBeCloseTo(120 / 54 * 60, 6)
    expect(pace.leftOut).toBe(0)
  })

  it('leaves an unfinished run out of the medians unless it covers the whole deck', () => {
    const partial = { ...run('2025-03-04T09:00:00.000Z', [5, 5]), unfinished: true as const }
    // 60 words in 10 s = 360 wpm: in the medians it would move the Hook's to 165.
    expect(paceOf([A, B, C, partial], DECK).sections[0]).toMatchObject({ medianWpm: 150, lastWpm: 360, runs: 3 })
    expect(paceOf([A, B, C, partial], DECK).leftOut).toBe(1)
    const whole = { ...run('2025-03-04T09:00:00.000Z', [5, 5, 20, 10, 5]), unfinished: true as const }
    expect(paceOf([A, B, C, whole], DECK).sections[0]).toMatchObject({ medianWpm: 165, runs: 4 })
    expect(paceOf([A, B, C, whole], DECK).leftOut).toBe(0)
  })
})

describe('the rates --wpm rehearsed plans with', () => {
  it('falls back to the default with no run, and says so', () => {
    const rates = rehearsedRates(paceOf([], DECK), 0, 150)
    expect(rates).toEqual({ wordsPerMinute: 150, sectionWordsPerMinute: [], summary: 'Pace: 150 words a minute (the default: no rehearsal saved yet).' })
  })

  it('falls back to the default when no run timed enough words', () => {
    const short = run('2025-03-01T09:00:00.000Z', [1, 1])
    expect(rehearsedRates(paceOf([short], DECK), 1, 150).summary).toBe('Pace: 150 words a minute (the default: no run of 1 measured 30 words over 10 s).')
  })

  it('takes each section\'s own rate where measured and the talk\'s elsewhere, rounded', () => {
    const rates = rehearsedRates(paceOf([A, B, C], DECK), 3, 150)
    expect(rates.wordsPerMinute).toBe(137)
    expect(rates.sectionWordsPerMinute).toEqual([150, 120])
    expect(rates.summary).toBe('Pace: rehearsed, 137 words a minute overall (median of 3 runs); 2 of 2 sections at their own measured rate, none at the overall rate.')
    // Only the Hook timed long enough: Software plans at the talk's rate.
    const hookOnly = run('2025-03-01T09:00:00.000Z', [10, 10, 3])
    const partly = rehearsedRates(paceOf([hookOnly], DECK), 1, 150)
    expect(partly.sectionWordsPerMinute).toEqual([180, undefined])
    expect(partly.summary).toBe(`Pace: rehearsed, ${Math.round(120 / 23 * 60)} words a minute overall (median of 1 run); 1 of 2 sections at their own measured rate, the other 1 at the overall ${Math.round(120 / 23 * 60)}.`)
  })
})

/** A lesson of one diagram section: the drawing in its fence, then its narration. */
function diagramLesson(drawing: string[], narration: string): string {
  return ['# Words', '', '## Video Length: 1 minute', '', '## Let\'s Walk Through the Diagram', '', '```', ...drawing, '```', '', narration, ''].join('\n')
}

describe('the words of a deck', () => {
  it('counts each click\'s notes, not the ASCII drawing kept in the diagram\'s notes', () => {
    const lesson = diagramLesson(['+-------+      +-------+', '| ALPHA |      | BETA  |', '+-------+      +-------+'], 'Alpha feeds beta every single day.')
    const words = deckWordsOf(generateDeck(lesson, 'lessons/words.md').deck)
    const diagram = words.find(slide => slide.sectionIndex === 0)!
    expect(diagram.words.reduce((a, b) => a + b, 0)).toBe(6)
  })

  it('measures a diagram section on its narration, the words the planner counts too', () => {
    const box = '+----------------------------+'
    const lesson = diagramLesson([box, `| ${Array.from({ length: 40 }, (_, i) => `box${i}`).join(' ')} |`, box], `${Array.from({ length: 30 }, (_, i) => `said${i}`).join(' ')}.`)
    const { deck } = generateDeck(lesson, 'lessons/words.md')
    const words = deckWordsOf(deck)
    const diagram = words.filter(slide => slide.sectionIndex === 0)
    // 30 words said in 12 s: 150 words a minute, the time the plan gives them at 150.
    const spoken = run('2025-03-01T09:00:00.000Z', [])
    spoken.slides = diagram.map(slide => ({
      no: slide.no,
      section: slide.section,
      sectionIndex: 0,
      budgetSeconds: 60,
      clicksMs: slide.words.map(n => n * 400),
    }))
    expect(paceOf([spoken], words).sections[0]!.medianWpm).toBe(150)
    expect(deck.timing.speakSeconds[0]).toBe(12)
  })
})
