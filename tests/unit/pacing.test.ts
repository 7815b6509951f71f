// The presenter view's pacing logic: the plan read from the generated frontmatter, the talk's and the
// section's status, and the clock as Slidev's timer keeps it.
import { parse } from '@slidev/parser'
import { describe, expect, it } from 'vitest'
import {
  formatClock,
  plannedTotalSeconds,
  planSections,
  sectionOfSlide,
  sectionStatus,
  sectionStatusText,
  slidePacingOf,
  talkStatus,
  talkStatusText,
  timerElapsedMs,
  toleranceSeconds,
} from '../../components/rehearsal/pacing.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'

const LESSON = [
  '# Pacing Lesson',
  '',
  '## Video Length: 2 minutes | Level: Staff',
  '',
  '## The Hook (20 seconds)',
  '',
  'Two teams build one product. One builds what users see, the other builds what the first one stands on.',
  '',
  '## Connecting to Software',
  '',
  '**Product team.** Ships features users see. Works in sprints.',
  '',
  '**Platform team.** Keeps the system up. Serves other engineers.',
  '',
  '## Quick Recap',
  '',
  '- Product builds features.',
  '- Platform builds foundations.',
].join('\n')

/** The plan as the presenter view reads it: from the frontmatter of a generated, Slidev-parsed deck. */
async function plannedDeck() {
  const { deck, text } = generateDeck(LESSON, 'pacing.md')
  const parsed = await parse(text, 'slides.md')
  const slides = parsed.slides.map((slide, i) => slidePacingOf(i + 1, slide.frontmatter))
  return { deck, slides, sections: planSections(slides) }
}

describe('the plan read from the frontmatter', () => {
  it('lays the sections end to end, each with its slides and its budget', async () => {
    const { deck, slides, sections } = await plannedDeck()
    expect(slides[0]).toMatchObject({ no: 1, sectionIndex: -1, budgetSeconds: undefined })
    expect(sections.map(s => s.title)).toEqual(['The Hook', 'Connecting to Software', 'Quick Recap'])
    expect(sections.map(s => s.budgetSeconds)).toEqual(deck.timing.planSeconds)
    // And what each section's notes need at the deck's speaking rate, for the strip to show beside the budget.
    expect(sections.map(s => s.needSeconds)).toEqual(deck.timing.speakSeconds)
    expect(sections[0]).toMatchObject({ startSeconds: 0, endSeconds: 20 })
    sections.slice(1).forEach((section, i) => expect(section.startSeconds).toBe(sections[i]!.endSeconds))
    expect(plannedTotalSeconds(sections)).toBe(120)
    // Every slide but the cover belongs to exactly one section.
    expect(sections.flatMap(s => s.slides).sort((a, b) => a - b)).toEqual(slides.slice(1).map(s => s.no))
    expect(sectionOfSlide(sections, 1)).toBeUndefined()
    expect(sectionOfSlide(sections, slides.at(-1)!.no)?.title).toBe('Quick Recap')
  })

  it('keeps one section whole when it spans several slides', () => {
    const sections = planSections([
      { no: 1, section: 'Cover', sectionIndex: -1 },
      { no: 2, section: 'Software', sectionIndex: 0, budgetSeconds: 44 },
      { no: 3, section: 'Software', sectionIndex: 0, budgetSeconds: 44 },
      { no: 4, section: 'Recap', sectionIndex: 1, budgetSeconds: 10 },
    ])
    expect(sections).toEqual([
      { index: 0, title: 'Software', budgetSeconds: 44, startSeconds: 0, endSeconds: 44, slides: [2, 3] },
      { index: 1, title: 'Recap', budgetSeconds: 10, startSeconds: 44, endSeconds: 54, slides: [4] },
    ])
  })

  it('treats a slide without pacing fields (a hand-written deck) as untimed', () => {
    expect(slidePacingOf(3, { title: 'Hand made' })).toEqual({ no: 3, section: '', sectionIndex: -1, budgetSeconds: undefined })
    expect(slidePacingOf(3, { section: 'X', sectionIndex: 2, budgetSeconds: 'soon' }).budgetSeconds).toBeUndefined()
    expect(planSections([{ no: 1, section: '', sectionIndex: -1 }])).toEqual([])
  })
})

describe('the talk against the clock', () => {
  const section = { index: 1, title: 'Story', budgetSeconds: 60, startSeconds: 60, endSeconds: 120, slides: [3] }
  const total = 300 // tolerance: 15 s

  it('is ready until the timer starts', () => {
    expect(talkStatus(0, false, section, total)).toEqual({ status: 'ready', deltaSeconds: 0 })
    expect(talkStatusText('ready', 0)).toMatch(/start the timer/i)
  })

  it('is on track inside the section\'s window, tolerance included', () => {
    expect(toleranceSeconds(total)).toBe(15)
    for (const elapsed of [45, 60, 90, 120, 135])
      expect(talkStatus(elapsed, true, section, total).status, `at ${elapsed} s`).toBe('on-track')
  })

  it('is ahead when the section is reached before its window opens', () => {
    expect(talkStatus(40, true, section, total)).toEqual({ status: 'ahead', deltaSeconds: 20 })
    expect(talkStatusText('ahead', 20)).toBe('Ahead by 0:20')
  })

  it('is behind while still in a section after its window closed', () => {
    expect(talkStatus(140, true, section, total)).toEqual({ status: 'behind', deltaSeconds: 20 })
    expect(talkStatusText('behind', 95)).toBe('Behind by 1:35')
  })

  it('counts a paused timer where it stopped, and time on the cover as late', () => {
    expect(talkStatus(140, false, section, total).status).toBe('behind')
    expect(talkStatus(3, true, undefined, total).status).toBe('on-track')
    expect(talkStatus(20, true, undefined, total)).toEqual({ status: 'behind', deltaSeconds: 20 })
  })

  it('never tolerates less than a few seconds, even for a short talk', () => {
    expect(toleranceSeconds(20)).toBe(5)
  })
})

describe('the section against its budget', () => {
  it('is within, then closing from 80 %, then over', () => {
    expect(sectionStatus(10, 25)).toBe('within')
    expect(sectionStatus(20, 25)).toBe('closing')
    expect(sectionStatus(25, 25)).toBe('closing')
    expect(sectionStatus(25.5, 25)).toBe('over')
    expect(sectionStatusText('within', 10, 25)).toBe('0:15 left')
    expect(sectionStatusText('closing', 21, 25)).toBe('0:04 left, wrap up')
    expect(sectionStatusText('over', 31, 25)).toBe('Over by 0:06')
  })
})

describe('the clock', () => {
  it('reads Slidev\'s timer the way Slidev does: stopped, running, paused', () => {
    expect(timerElapsedMs({ status: 'stopped', startedAt: 0, pausedAt: 0 }, 5000)).toBe(0)
    expect(timerElapsedMs({ status: 'running', startedAt: 1000, pausedAt: 0 }, 4500)).toBe(3500)
    expect(timerElapsedMs({ status: 'paused', startedAt: 1000, pausedAt: 3000 }, 9000)).toBe(2000)
  })

  it('formats whole seconds, rounding down', () => {
    expect(formatClock(0)).toBe('0:00')
    expect(formatClock(59.9)).toBe('0:59')
    expect(formatClock(95)).toBe('1:35')
    expect(formatClock(-3)).toBe('0:00')
  })
})
