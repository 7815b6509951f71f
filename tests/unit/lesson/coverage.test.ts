import type { Deck, Slide, SlideComponent } from '../../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { coverageFigures, coverageOf, lessonFigures, notesOnlyReport, stringsIn } from '../../../scripts/lesson/coverage.ts'
import { parseLesson } from '../../../scripts/lesson/parse.ts'
import { planDeck } from '../../../scripts/lesson/plan.ts'

const LESSON = [
  '# Tea Rooms',
  '',
  '## Surprising Truth / Fun Fact',
  '',
  'In 1904 the Ritz served 300 pots a day. It was too many. But nobody counted the cups.',
  '',
  '```',
  'Savoy --> Claridge',
  '```',
  '',
  '## Quick Recap',
  '',
  '- Keep the kettle hot.',
].join('\n')

/** The lesson above, its first section shown by the slides given: what a planner could have made. */
function deckOf(...components: SlideComponent[]): Deck {
  const deck = planDeck(parseLesson(LESSON, 'tea.md'))
  const section = { index: 0, kind: 'fact' as const, title: 'Surprising Truth / Fun Fact' }
  const slides: Slide[] = components.map(component => ({ section, title: section.title, layout: 'default', component, clicks: 0, notes: [[]] }))
  return { ...deck, slides: [...slides, ...deck.slides.filter(slide => slide.section.index !== 0)] }
}
const points = (...list: string[]): SlideComponent => ({ name: 'KeyPoints', props: { heading: '', kicker: '', points: list } })

describe('the names and figures a section\'s slides show', () => {
  it('lists, per section, the names and figures of its narration and those only its notes say', () => {
    const [fact, recap] = coverageOf(deckOf(points('The Ritz served 300 pots a day.')))
    expect(fact).toMatchObject({ index: 0, title: 'Surprising Truth / Fun Fact', notesOnly: ['1904'] })
    // A drawing's words are not narration: Savoy and Claridge are not looked for.
    expect([...fact!.names].sort()).toEqual(['1904', '300', 'Ritz'])
    expect(recap).toMatchObject({ index: 1, title: 'Quick Recap', names: [], notesOnly: [], dangling: [] })
  })

  it('adds them up over sections and decks, as a share on a slide', () => {
    const deck = deckOf(points('The Ritz served 300 pots a day.'))
    expect(coverageFigures(coverageOf(deck))).toEqual({ names: 3, onSlide: 2, dangling: 0 })
    expect(lessonFigures([deck, deck])).toEqual({ onSlideNames: 100 * 4 / 6, danglingPoints: 0, names: 6 })
    expect(lessonFigures([deckOf(points('It was too many.'))])).toEqual({ onSlideNames: 0, danglingPoints: 1, names: 3 })
    expect(lessonFigures([planDeck(parseLesson('# Tea\n\n## Quick Recap\n\n- Boil once.\n', 'tea.md'))])).toEqual({ onSlideNames: 100, danglingPoints: 0, names: 0 })
  })
})

describe('a point that leans on the sentence before it', () => {
  it('dangles when the slide does not show that sentence just before it', () => {
    const [fact] = coverageOf(deckOf(points('It was too many.')))
    expect(fact!.dangling).toEqual(['It was too many.'])
  })

  it('is found in the narration when it is a sentence, part of one, or a sentence and more', () => {
    const shown = 'In 1904 the Ritz served 300 pots a day.'
    for (const leaning of ['It was too many.', 'It was too many', 'It was too many. But nobody counted the cups.'])
      expect(coverageOf(deckOf(points(shown, leaning)))[0]!.dangling, leaning).toEqual([])
  })

  it('is fine right after the point that holds the sentence it leans on', () => {
    const [fact] = coverageOf(deckOf(points('In 1904 the Ritz served 300 pots a day.', 'It was too many.')))
    expect(fact!.dangling).toEqual([])
    expect(fact!.notesOnly).toEqual([])
  })

  it('dangles after some other point, and when the narration does not say it so', () => {
    expect(coverageOf(deckOf(points('The kettle.', 'It was too many.')))[0]!.dangling).toEqual(['It was too many.'])
    expect(coverageOf(deckOf(points('Nobody counted.', 'But the tea was hot.')))[0]!.dangling).toEqual(['But the tea was hot.'])
  })

  it('is looked for in every list a slide shows one after another: columns, answers, cards, phases', () => {
    const leaning = 'And so it went.'
    const deck = deckOf(
      { name: 'TwoColumns', props: { kicker: '', heading: '', left: { title: 'Then', points: [leaning] }, right: { title: 'Now', points: ['So it goes.'] } } },
      { name: 'ThinkPause', props: { heading: '', question: 'Why?', answer: ['Then it stopped.'] } },
      { name: 'Cards', props: { heading: '', cards: [{ title: 'Cups', text: 'This is a card.' }] } },
      { name: 'Timeline', props: { heading: '', kicker: '', moral: false, phases: [{ label: '1904', points: ['That was the year.'] }] } },
      { name: 'OneLiner', props: { heading: '', line: 'It ends here.' } },
    )
    expect(coverageOf(deck)[0]!.dangling).toEqual([leaning, 'So it goes.', 'Then it stopped.', 'This is a card.', 'That was the year.'])
  })
})

describe('the report generate prints', () => {
  it('names, per section, what only the notes say and the leaning points', () => {
    expect(notesOnlyReport(deckOf(points('It was too many.')))).toEqual([
      'Only in the notes, by section (on a text slide, bold a phrase in the lesson to put it on the slide):',
      expect.stringMatching(/^ {2}Surprising Truth \/ Fun Fact: (?:1904|300|Ritz), .*\(leaning point: "It was too many\."\)$/),
    ])
  })

  it('names a section whose slides leave a name or figure to the notes, though no point leans', () => {
    expect(notesOnlyReport(deckOf(points('The Ritz served 300 pots a day.')))).toEqual([
      'Only in the notes, by section (on a text slide, bold a phrase in the lesson to put it on the slide):',
      '  Surprising Truth / Fun Fact: 1904',
    ])
  })

  it('names a section for a leaning point alone, though every name is on a slide', () => {
    expect(notesOnlyReport(deckOf(points('In 1904 the Ritz served 300 pots a day.', 'But the tea was hot.')))[1]).toBe('  Surprising Truth / Fun Fact: (leaning point: "But the tea was hot.")')
  })

  it('says so when every name and figure is on a slide', () => {
    expect(notesOnlyReport(deckOf(points('In 1904 the Ritz served 300 pots a day.')))).toEqual(['Every name and figure of the narration is on a slide.'])
  })
})

describe('the words a slide can show', () => {
  it('are every string of its props, however deep, and nothing else', () => {
    expect(stringsIn({ a: 'one', b: ['two', { c: 'three', d: 4, e: null, f: true }] })).toEqual(['one', 'two', 'three'])
    expect(stringsIn(7)).toEqual([])
  })
})
