import type { ComponentProps, Slide } from '../../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { parseLesson } from '../../../scripts/lesson/parse.ts'
import { planDeck } from '../../../scripts/lesson/plan.ts'
import { plain } from '../../../scripts/lesson/text.ts'

const planOf = (body: string) => planDeck(parseLesson(`# Tea Rooms\n\n${body}\n`, 'tea.md'))
const pointsOf = (slide: Slide) => (slide.component.props as ComponentProps['KeyPoints']).points
const cardsOf = (slide: Slide) => (slide.component.props as ComponentProps['Cards']).cards

describe('a point on a text slide', () => {
  // Planned in each test, so that each test is one that runs the planner.
  const deck = () => planOf([
    '## What Could Go Wrong?',
    '',
    'The tea room ran out of cups on Monday. BAD. Nobody had counted them since spring.',
    '',
    'Lessons:',
    '',
    'Count the cups every week. Order more before the rush.',
  ].join('\n'))
  it('is never a lone fragment: a label or a word or two joins the sentence that explains it', () => {
    const points = deck().slides.filter(slide => slide.component.name === 'KeyPoints').flatMap(pointsOf)
    expect(points).not.toContain('BAD.')
    expect(points).not.toContain('Lessons:')
    expect(points.filter(point => point.split(' ').length <= 2)).toEqual([])
    expect(points.some(point => point.startsWith('BAD. Nobody had counted'))).toBe(true)
  })

  it('keeps every sentence in the notes', () => {
    const notes = deck().slides.flatMap(slide => slide.notes.flat()).map(plain).join(' ')
    for (const sentence of ['BAD.', 'Lessons:', 'Nobody had counted them since spring.'])
      expect(notes).toContain(sentence)
  })
})

describe('a run of labelled items', () => {
  const slides = () => planOf([
    '## Connecting to Software',
    '',
    'The cabinet has three drawers:',
    '',
    '- **Drawer 1**: names from A to F.',
    '- Drawer 2: names from G to L.',
    '- Drawer 3: names from M to Z. The last one fills first.',
    '',
    'A full drawer is a hot shard. You split it, or you move the letters.',
  ].join('\n')).slides.filter(slide => slide.section.kind === 'software')

  it('is a grid of cards, one click each, not a numbered list', () => {
    const software = slides()
    expect(software.map(slide => slide.component.name)).toEqual(['Cards', 'KeyPoints'])
    expect(cardsOf(software[0]!)).toEqual([
      { title: 'Drawer 1', text: 'names from A to F.' },
      { title: 'Drawer 2', text: 'names from G to L.' },
      { title: 'Drawer 3', text: 'names from M to Z. The last one fills first.' },
    ])
    expect(software[0]!.clicks).toBe(2)
  })

  it('says its introduction with the first card, and each item at its click', () => {
    const chunks = slides()[0]!.notes.map(chunk => chunk.map(plain).join(' '))
    expect(chunks).toEqual(['The cabinet has three drawers: Drawer 1: names from A to F.', 'Drawer 2: names from G to L.', 'Drawer 3: names from M to Z. The last one fills first.'])
  })
})

describe('an example card', () => {
  it('keeps the colon after a bold name out of its text', () => {
    const deck = planOf('## Real-World Examples\n\n**Kettle**: boils once for the whole room.\n\n**Teapot** — keeps it warm all morning.\n')
    const cards = cardsOf(deck.slides.find(slide => slide.component.name === 'Cards')!)
    expect(cards).toEqual([{ title: 'Kettle', text: 'boils once for the whole room.' }, { title: 'Teapot', text: 'keeps it warm all morning.' }])
  })
})

describe('bold-labelled paragraphs one after another', () => {
  it('are a grid of cards too, between the narration before and after them', () => {
    const deck = planOf([
      '## Connecting to Software',
      '',
      'A good teapot has three habits.',
      '',
      '**One:** It keeps heat in. The lid fits tight.',
      '',
      '**Two:** It pours without dripping.',
      '',
      '**Three:** It is easy to clean.',
      '',
      'Where do you see this in software? Everywhere a cache keeps something warm for the next caller, and pours it quickly.',
    ].join('\n'))
    const slides = deck.slides.filter(slide => slide.section.kind === 'software')
    expect(slides.map(slide => slide.component.name)).toEqual(['Cards', 'KeyPoints'])
    expect(cardsOf(slides[0]!).map(card => card.title)).toEqual(['One', 'Two', 'Three'])
  })
})

describe('sections with little or much around their main slide', () => {
  const shapeOf = (body: string) => planOf(body).slides.slice(1).map(slide => ({ name: slide.component.name, notes: slide.notes.map(chunk => chunk.map(plain).join(' ')) }))

  it('a one-liner with no line still gives the speaker its title to say', () => {
    expect(shapeOf('## One-Liner\n\n## Quick Recap\n\n- Boil once.')[0]).toEqual({ name: 'OneLiner', notes: ['One-Liner'] })
  })

  it('two bold-labelled paragraphs are two columns and nothing more; a third gets a slide of its own', () => {
    const two = '## Connecting to Software\n\n**Kettle team.** They boil water all day.\n\n**Teapot team.** They brew what the kettle gives them.'
    expect(shapeOf(two).map(slide => slide.name)).toEqual(['TwoColumns'])
    expect(shapeOf(`${two}\n\n**Cup team.** They pour.`)).toEqual([
      { name: 'TwoColumns', notes: ['', 'Kettle team. They boil water all day.', 'Teapot team. They brew what the kettle gives them.'] },
      { name: 'KeyPoints', notes: ['Cup team. They pour.'] },
    ])
  })

  it('an introduction of three sentences before labelled items is a slide of its own, not said over the first card', () => {
    const slides = shapeOf(['## Connecting to Software', '', 'The cabinet is old. It came from a school. Nobody knows its age.', '', '- **Drawer 1**: names from A to F.', '- Drawer 2: names from G to L.'].join('\n'))
    expect(slides.map(slide => slide.name)).toEqual(['KeyPoints', 'Cards'])
    expect(slides[1]!.notes[0]).toBe('Drawer 1: names from A to F.')
  })

  it('a drawing that opens a section is its first slide, with no empty slide of narration before it', () => {
    const slides = shapeOf(['## Connecting to Software', '', '```', '┌─────────┐      ┌─────────┐', '│ Counter │ ───► │ Kitchen │', '└─────────┘      └─────────┘', '```', '', 'The order goes from the counter to the kitchen.'].join('\n'))
    expect(slides.map(slide => slide.name)).toEqual(['DrawnDiagram'])
  })
})
