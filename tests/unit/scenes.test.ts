// Which scene draws each section, the words it takes from the lesson, and the notes cut to its clicks.
import type { Json, Lesson, NoteChunk, Section, SectionKind, Slide, SlideSection } from '../../scripts/lesson/types.ts'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { extractAnalogy } from '../../scripts/lesson/extract/analogy.ts'
import { extractTimeline } from '../../scripts/lesson/extract/timeline.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planDeck } from '../../scripts/lesson/plan.ts'
import { alignToSteps } from '../../scripts/lesson/points.ts'
import { fitsSlide, sceneFor } from '../../scripts/lesson/scene-fit.ts'
import { analogySlide, SCENES_BY_KIND } from '../../scripts/lesson/scenes.ts'
import { paragraphsOf, plain, sentencesOfParagraphs } from '../../scripts/lesson/text.ts'

const FIRST = 'lessons/platform-vs-product.md'
const SECOND = 'lessons/deprecation-and-migration.md'
// Read in each test, so that each test is one that runs the parser.
const read = (file: string) => parseLesson(readFileSync(file, 'utf8'), file)
const first = () => read(FIRST)
const second = () => read(SECOND)

function sectionOf(lesson: Lesson, kind: SectionKind): Section {
  return lesson.sections.find(section => section.kind === kind)!
}

/** The slide of the first drawn scene of its kind that fits the section. */
function planScene(section: Section, ref: SlideSection): Slide[] | undefined {
  for (const build of SCENES_BY_KIND[section.kind]!) {
    const slides = build(section, ref)
    if (slides)
      return slides
  }
  return undefined
}

/** A scene's slide, its props read as the loose JSON the tests pick apart. */
type SceneSlide = Slide & { component: { props: { [key: string]: Json } } }

function sceneOf(lesson: Lesson, kind: SectionKind): SceneSlide {
  const section = sectionOf(lesson, kind)
  const slides = planScene(section, { index: lesson.sections.indexOf(section), kind, title: section.title })
  expect(slides, `${lesson.file}: a scene for ${kind}`).toHaveLength(1)
  return slides![0]! as SceneSlide
}

const textOf = (chunk: NoteChunk) => chunk.map(plain).join(' ')
const narrationOf = (section: Section) => sentencesOfParagraphs(paragraphsOf(section.blocks.filter(block => block.kind !== 'code'))).map(s => plain(s.text))

/** A lesson section from Markdown, for cases the two lessons don't cover. */
function section(heading: string, body: string): Section {
  return parseLesson(`# T\n\n## ${heading}\n\n${body}\n`, 'case.md').sections[0]!
}

describe('planScene on the first lesson', () => {
  it.each<[SectionKind, string]>([
    ['hook', 'CarFactory'],
    ['story', 'Restaurant'],
    ['analogy', 'Theater'],
    ['diagram', 'SplitDiagram'],
    ['disaster', 'Timeline'],
  ])('draws the %s section as %s', (kind, name) => {
    expect(sceneOf(first(), kind).component.name).toBe(name)
  })

  it('takes the car and the factory, their parts and the mapping from the hook\'s words', () => {
    expect(sceneOf(first(), 'hook').component.props).toEqual({
      heading: 'The Hook',
      kicker: '',
      front: { label: 'Product team', role: 'Designs the new car model', items: ['seats', 'dashboard', 'engine', 'paint color'] },
      back: { label: 'Platform team', role: 'Builds the factory', items: ['assembly line', 'robots', 'quality testing equipment'] },
      takeaway: { label: 'In tech', front: 'Product teams build features users see.', back: 'Platform teams build the infrastructure, tools, and services that product teams depend on.' },
    })
  })

  it('finds the chef, the kitchen, the compliment and the closing pair in the story', () => {
    const props = sceneOf(first(), 'story').component.props
    expect(props.front).toEqual({ label: 'Product team', role: 'The head chef', items: ['menu', 'flavors', 'presentation'] })
    expect(props.back).toEqual({ label: 'Platform team', role: 'The one that built the kitchen', items: ['ovens', 'refrigeration', 'ordering system'] })
    expect(props.reaction).toBe('They compliment the food.')
    expect(props.takeaway).toEqual({ label: '', front: 'Product creates value for users.', back: 'Platform creates the conditions for product to create value.' })
  })

  it('finds the actors, the stage around them and the applause in the theater', () => {
    const props = sceneOf(first(), 'analogy').component.props
    expect(props.front).toMatchObject({ items: ['actors', 'script', 'costumes'] })
    expect(props.back).toMatchObject({ items: ['stage', 'lights', 'sound system', 'ticketing'] })
    expect(props.reaction).toBe('They applaud the performance.')
    expect(props.takeaway).toMatchObject({ front: 'Product delivers.', back: 'Platform enables.' })
  })

  it('cuts the narration at each part of the picture, in its order', () => {
    const chunks = sceneOf(first(), 'story').notes.map(textOf)
    expect(chunks[0]).toBe('Imagine a restaurant.')
    expect(chunks[1]).toMatch(/^The product team is the head chef\./)
    expect(chunks[2]).toMatch(/^The platform team is the one that built the kitchen\./)
    expect(chunks[3]).toMatch(/^The customer never thanks the platform team\. They compliment the food\./)
    expect(chunks[4]).toMatch(/^Product creates value for users\./)
  })

  it('gives the diagram one step per column, per compared row and for the tension, and keeps the ASCII in the notes', () => {
    const slide = sceneOf(first(), 'diagram')
    expect(slide.clicks).toBe(2 + 3 + 1)
    const code = sectionOf(first(), 'diagram').blocks.find(block => block.kind === 'code')!
    expect(slide.notes[0]).toEqual([[{ text: code.kind === 'code' ? code.value : '', code: true }]])
    expect(slide.notes.slice(1).map(textOf)).toEqual([
      'Narrate it: Product builds what users see.',
      'Platform builds what product uses.',
      'Different customers.',
      'Different metrics.',
      '',
      expect.stringMatching(/^The tension: product wants speed/),
    ])
  })

  it('tells the disaster as phases, the first on screen from the start', () => {
    const slide = sceneOf(first(), 'disaster')
    expect(slide.component.props.phases).toEqual([
      { label: 'For 2 years', points: ['A company had two cultures.', 'Product won every prioritization battle.'] },
      { label: 'Then', points: ['Deployment took 4 hours.', 'Adding a new service took 2 weeks of setup.'] },
      { label: 'The fix', points: ['Mandate platform allocation.', '30% of engineering time for infrastructure, tooling, debt payoff.'] },
      { label: 'Within 6 months', points: ['Deploy time dropped.', 'Velocity recovered.'] },
      { label: 'The lesson', points: ['Platform work isn\'t optional.', 'Pay it or pay more later.'] },
    ])
    expect(slide.component.props.moral).toBe(true)
    expect(slide.clicks).toBe(4)
    expect(textOf(slide.notes[0]!)).toMatch(/^A company had two cultures\..* For 2 years\.$/)
    expect(textOf(slide.notes[1]!)).toMatch(/^Then: deployment took 4 hours\./)
  })
})

describe('planScene on another lesson of the series', () => {
  it.each<SectionKind>(['hook', 'story', 'analogy'])('draws the %s with the things it names', (kind) => {
    expect(sceneOf(second(), kind).component.name).toBe('IconScene')
  })

  it.each<SectionKind>(['hook', 'story', 'analogy'])('could draw the %s with the generic two-sided scene', (kind) => {
    const lesson = second()
    const section = sectionOf(lesson, kind)
    const slide = analogySlide(section, { index: lesson.sections.indexOf(section), kind, title: section.title })![0]! as SceneSlide
    expect(slide.component.name).toBe('TwoSidedScene')
    expect((slide.component.props.front as { label: string }).label).toMatch(/^Old /)
    expect((slide.component.props.back as { label: string }).label).toMatch(/^New /)
  })

  it('still draws its diagram and its disaster', () => {
    expect(sceneOf(second(), 'diagram').component.name).toBe('SplitDiagram')
    expect(sceneOf(second(), 'disaster').component.name).toBe('Timeline')
  })
})

describe.each([FIRST, SECOND])('every scene of %s', (file) => {
  let lesson: Lesson
  let scenes: Slide[]
  beforeEach(() => {
    lesson = read(file)
    scenes = planDeck(lesson).slides.filter(slide => ['CarFactory', 'Restaurant', 'Theater', 'TwoSidedScene', 'IconScene', 'SplitDiagram', 'Timeline'].includes(slide.component.name))
  })

  it('has one chunk of notes per step, and the section\'s whole narration in them, in order', () => {
    expect(scenes.length).toBeGreaterThanOrEqual(5)
    for (const slide of scenes) {
      expect(slide.notes).toHaveLength(slide.clicks + 1)
      const said = slide.notes.flatMap(chunk => chunk.filter(paragraph => !(paragraph.length === 1 && paragraph[0]!.code)).map(plain)).join(' ')
      expect(said).toBe(narrationOf(lesson.sections[slide.section.index]!).join(' '))
    }
  })

  it('puts only the lesson\'s words on the slide', () => {
    const source = [lesson.title, ...lesson.sections.flatMap(s => [s.heading, ...paragraphsOf(s.blocks).map(plain)])].join('\n').toLowerCase()
    for (const slide of scenes) {
      for (const text of wordsShown(slide.component.props))
        expect(source, `${slide.component.name} shows "${text}"`).toContain(text.toLowerCase().replace(/\.$/, ''))
    }
  })
})

/** Every string a component gets to show (a band's `kind`, a scene's `shape` and an icon's SVG are structure, not words). */
function wordsShown(value: Json, key = ''): string[] {
  if (key === 'icon')
    return []
  if (typeof value === 'string')
    return key === 'kind' || key === 'shape' || value === '' ? [] : [value]
  if (Array.isArray(value))
    return value.flatMap(item => wordsShown(item))
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => wordsShown(v, k))
  return []
}

describe('sceneFor', () => {
  it.each([
    ['Two teams in a car company. Platform team: builds the factory.', 'CarFactory'],
    ['Imagine a restaurant. The chef and the kitchen.', 'Restaurant'],
    ['The chef cooks; the kitchen works.', 'Restaurant'],
    ['Think of a theatre.', 'Theater'],
    ['The actors on the stage.', 'Theater'],
    ['10,000 cars still cross the old bridge.', 'TwoSidedScene'],
    ['A factory that builds toys.', 'TwoSidedScene'],
    ['Think of a theater next to a restaurant.', 'Theater'],
  ])('%s → %s', (text, name) => {
    expect(sceneFor(text)).toBe(name)
  })
})

describe('extractAnalogy', () => {
  it('reads sides introduced by one-word labels and a pair that closes on them', () => {
    const analogy = extractAnalogy([
      'Think of an orchestra.',
      'Musicians: the violins, the cellos, the flutes.',
      'Crew: the chairs, the lights, the sheet music.',
      'The audience cheers the soloist.',
      'Musicians play.',
      'Crew prepares.',
    ])
    expect(analogy).toMatchObject({
      front: { label: 'Musicians', items: ['violins', 'cellos', 'flutes'] },
      back: { label: 'Crew', items: ['chairs', 'lights', 'sheet music'] },
      reaction: 'The audience cheers the soloist.',
      takeaway: { front: 'Musicians play.', back: 'Crew prepares.' },
      starts: { front: 1, back: 2, reaction: 3, takeaway: 4 },
    })
  })

  it.each([
    ['no sides at all', ['It was a dark night.', 'Nothing happened.']],
    ['one side only', ['Product team: ships features.', 'That is all.']],
    ['two labels that are not two sides of one thing', ['Then: it broke.', 'The fix: restart it.']],
  ])('finds nothing in %s', (_, sentences) => {
    expect(extractAnalogy(sentences)).toBeUndefined()
  })

  it('leaves a section it cannot read to the planner\'s text slides', () => {
    const hook = section('The Hook (20 seconds)', 'Deadlines slip. Nobody knows why. Let\'s find out.')
    expect(planScene(hook, { index: 0, kind: 'hook', title: 'The Hook' })).toBeUndefined()
    expect(planDeck(parseLesson('# T\n\n## The Hook\n\nDeadlines slip. Nobody knows why.\n', 'x.md')).slides[1]!.component.name).toBe('KeyPoints')
  })
})

describe('extractTimeline', () => {
  it('needs at least three phases', () => {
    expect(extractTimeline(['It broke.', 'Then: we fixed it.'])).toBeUndefined()
    expect(extractTimeline(['It broke.', 'Then: we patched it.', 'Within 2 weeks, it broke again.'])).toMatchObject({
      phases: [{ label: '' }, { label: 'Then' }, { label: 'Within 2 weeks' }],
      starts: [0, 1, 2],
      endsWithMoral: false,
    })
  })
})

describe('alignToSteps', () => {
  const steps = [['product'], ['platform'], ['customer'], ['tension']]

  it('moves on at the first later step a sentence names, and only forwards', () => {
    expect(alignToSteps(['Intro.', 'Product first.', 'Platform serves product.', 'Customers differ.', 'Back to product.', 'The tension.'], steps)).toEqual([1, 2, 3, 5])
  })

  it('lets a sentence skip a step nobody names, leaving that step an empty chunk', () => {
    expect(alignToSteps(['Product.', 'The tension.'], steps)).toEqual([0, 1, 1, 1])
  })

  it('gives steps the narration never reaches an empty chunk at the end', () => {
    expect(alignToSteps(['Product.'], steps)).toEqual([0, 1, 1, 1])
  })
})

describe('a diagram the slide cannot hold', () => {
  const crowd = (rows: number) => ['```', 'BIG', '┌──────────────────────────────────────┐', '│ LEFT                RIGHT            │', ...Array.from({ length: rows }, (_, i) => `│${` Row ${i}: a`.padEnd(19)}${`Row ${i}: b`.padEnd(19)}│`), '└──────────────────────────────────────┘', '```'].join('\n')

  it('is no split diagram, but drawn as it stands while its text stays 14 px or more', () => {
    const diagram = section('Let\'s Walk Through the Diagram', `${crowd(14)}\n\nNarrate it: left, then right.`)
    expect(planScene(diagram, { index: 0, kind: 'diagram', title: diagram.title })![0]!.component.name).toBe('DrawnDiagram')
    const deck = planDeck(parseLesson(`# T\n\n## Let's Walk Through the Diagram\n\n${crowd(14)}\n`, 'x.md'))
    expect(deck.slides[1]!.component.name).toBe('DrawnDiagram')
  })

  it('is set as lines of its words, never as a code box, when even that would set its text too small', () => {
    const deck = planDeck(parseLesson(`# T\n\n## Let's Walk Through the Diagram\n\n${crowd(30)}\n`, 'x.md'))
    expect(deck.slides[1]!.component.name).toBe('DrawingText')
    const { rows, listing } = deck.slides[1]!.component.props as { rows: string[][], listing: boolean }
    expect(listing).toBe(false)
    expect(rows).toContainEqual(['Row 29: a', 'Row 29: b'])
    expect(rows[0]).toEqual(['BIG', ''])
    expect(rows.flat().join('')).not.toMatch(/[│┌└]/)
  })

  it('is measured by its lines and the length of its cells', () => {
    expect(fitsSlide({ title: '', headings: ['A', 'B'], bands: [{ kind: 'row', label: 'x', cells: ['short', 'short'] }] })).toBe(true)
    expect(fitsSlide({ title: '', headings: ['A', 'B'], bands: [{ kind: 'row', label: 'x', cells: ['a'.repeat(60), 'short'] }] })).toBe(false)
  })
})
