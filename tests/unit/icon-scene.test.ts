// The icon scene end to end in the generator: the planner's choice among hand-drawn scene, icon scene and
// text, the shape of the analogy, and the clicks and notes derived from the same rule as the component's steps.
import type { ComponentProps, IconItem, Slide } from '../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { columnsOf, crowd, groupsOf, iconReveal, iconSize } from '../../components/iconSteps.ts'
import { arrangementOf } from '../../scripts/lesson/extract/icon-shape.ts'
import { namedThings } from '../../scripts/lesson/extract/objects.ts'
import { iconIndex } from '../../scripts/lesson/icons/index.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planSection } from '../../scripts/lesson/plan.ts'
import { plain } from '../../scripts/lesson/text.ts'

function planned(heading: string, body: string): Slide {
  const section = parseLesson(`# T\n\n## ${heading}\n\n${body}\n`, 'case.md').sections[0]!
  const slides = planSection(section, { index: 0, kind: section.kind, title: section.title })
  expect(slides).toHaveLength(1)
  return slides[0]!
}

function iconProps(slide: Slide) {
  expect(slide.component.name).toBe('IconScene')
  return slide.component.props as ComponentProps['IconScene']
}

describe('the planner', () => {
  it('draws an analogy that names concrete things as an icon scene, one click per sentence naming them', () => {
    const body = 'Think of a campsite. A tent stands by the lake. A backpack leans on a tree. Around the fire, someone plays the guitar. That is how a team shares a platform.'
    const slide = planned('Another Way to See It', body)
    const props = iconProps(slide)
    expect(props.items.map(item => item.word)).toEqual(['tent', 'backpack', 'tree', 'guitar'])
    for (const item of props.items) {
      expect(body.toLowerCase()).toContain(item.caption.toLowerCase())
      expect(item.icon.body).toMatch(/^<[a-z]/)
      expect(item.icon.viewBox).toMatch(/^0 0 \d+ \d+$/)
    }
    // tent (sentence 1), backpack and tree (2), guitar (3): three clicks.
    expect(slide.clicks).toBe(iconReveal(props.items.map(item => item.mention)).total)
    expect(slide.clicks).toBe(3)
    expect(slide.notes).toHaveLength(slide.clicks + 1)
    const said = slide.notes.map(chunk => chunk.map(plain).join(' '))
    expect(said[0]).toBe('Think of a campsite.')
    expect(said[1]).toBe('A tent stands by the lake.')
    expect(said[2]).toBe('A backpack leans on a tree.')
    expect(said[3]).toMatch(/^Around the fire, someone plays the guitar\. That is how/)
  })

  it('titles the two sides of a before and after with the narration\'s own words, and a row with none', () => {
    const props = iconProps(planned('Another Way to See It', 'Without a tent, the backpack is soaked by morning. The rain keeps falling. With a tent, the guitar stays dry.'))
    expect(props).toMatchObject({ shape: 'before-after', groupLabels: ['Without', 'With'] })
    expect(iconProps(planned('Another Way to See It', 'A tent stands by the lake. A backpack leans on a tree.'))).not.toHaveProperty('groupLabels')
  })

  it('keeps a text slide for an analogy that names fewer than two concrete things', () => {
    const slide = planned('The Hook', 'It takes time to find a way around the problem. The system is a thing we think about. You need twelve of them.')
    expect(slide.component.name).toBe('KeyPoints')
  })

  it('prefers the hand-drawn scene when its words fit', () => {
    const slide = planned('The Story', 'Product team: designs the new car model. Platform team: builds the factory. The assembly line. The robots. The car rolls out of the factory with a new engine.')
    expect(slide.component.name).toBe('CarFactory')
  })

  it('falls back to the two-sided scene when it names too few things to draw', () => {
    const slide = planned('The Story', 'Old API: keeps today\'s promises. The integrations. The habits. New API: makes better ones. The guarantees. The speed. Old API forwards. New API receives.')
    expect(slide.component.name).toBe('TwoSidedScene')
  })
})

describe('arrangementOf', () => {
  const arrange = (...sentences: string[]) => {
    const things = namedThings(sentences, iconIndex())
    return { words: things.map(thing => thing.word), ...arrangementOf(sentences, things) }
  }

  it('reads a before and after from without … / with …, what is missing on the side that has it', () => {
    expect(arrange('Without a tent, the backpack is soaked by morning.', 'The rain keeps falling.', 'With a tent, the guitar stays dry.'))
      .toMatchObject({ words: ['tent', 'backpack', 'guitar'], shape: 'before-after', groups: [1, 0, 1], labels: ['Without', 'With'] })
  })

  it('reads a sequence from first / then / finally', () => {
    expect(arrange('First, you pack the suitcase.', 'Then you take the bus.', 'Finally, you board the train.'))
      .toMatchObject({ shape: 'sequence', groups: [0, 0, 0] })
  })

  it('needs two sentences that step on to read a sequence', () => {
    expect(arrange('First, you pack the suitcase.', 'Then you take the bus.', 'The train is late.')).toMatchObject({ shape: 'sequence' })
    expect(arrange('First, you pack the suitcase.', 'You take the bus.', 'The train is late.')).toMatchObject({ shape: 'row' })
  })

  it('titles the other side of a before and after with the word that turns to it, and needs that turn', () => {
    expect(arrange('Without a tent you get wet.', 'The backpack is soaked.', 'Now the guitar stays dry.'))
      .toMatchObject({ shape: 'before-after', groups: [1, 0, 1], labels: ['Without', 'Now'] })
    expect(arrange('Without a tent the backpack is soaked.', 'The guitar is wet too.')).toMatchObject({ shape: 'row' })
  })

  it('reads one against many', () => {
    expect(arrange('One violin plays the tune.', 'Then the drums join in.'))
      .toMatchObject({ shape: 'one-many', groups: [0, 1] })
  })

  it('reads two sides from a turn in the story', () => {
    expect(arrange('The bicycle is cheap and slow.', 'But the train is fast.'))
      .toMatchObject({ shape: 'sides', groups: [0, 1] })
  })

  it('lays out parallel things as a row', () => {
    expect(arrange('The tent, the backpack and the umbrella all keep you dry.'))
      .toMatchObject({ shape: 'row', groups: [0, 0, 0] })
  })
})

describe('iconReveal', () => {
  it('gives one click per sentence that names something, things of one sentence together', () => {
    expect(iconReveal([2, 5, 5, 9])).toEqual({ at: [1, 2, 2, 3], total: 3, starts: [2, 5, 9] })
  })

  it('follows the narration whatever order the items are laid out in', () => {
    expect(iconReveal([7, 3])).toEqual({ at: [2, 1], total: 2, starts: [3, 7] })
  })
})

describe('layout', () => {
  const item = (word: string, group: 0 | 1): IconItem => ({ word, caption: word, icon: { body: '', viewBox: '0 0 32 32' }, mention: 0, group })
  const items = [item('a', 0), item('b', 1), item('c', 1)]

  it('puts a row in one group and two sides in two', () => {
    expect(groupsOf('row', items)).toEqual([items])
    expect(groupsOf('sides', items)).toEqual([[items[0]], [items[1], items[2]]])
  })

  const row = (count: number) => Array.from({ length: count }, (_, k) => item(String(k), 0))

  it('makes icons smaller as more share a line, never below 80 px', () => {
    const sizes = [2, 3, 4, 5].map(count => iconSize('row', row(count)))
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a))
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(80)
  })

  it('sets six in two lines of three, small enough for both lines to fit', () => {
    expect(columnsOf(6)).toBe(3)
    expect(iconSize('row', row(6))).toBeLessThanOrEqual(104)
  })
})

describe('crowd', () => {
  it('places three copies of an icon inside one wider drawing, the middle one drawn last, in front', () => {
    const { viewBox, transforms } = crowd('0 0 32 32')
    expect(viewBox).toBe('0 0 41.6 32')
    expect(transforms).toEqual(['translate(0 6.4) scale(0.6)', 'translate(22.4 6.4) scale(0.6)', 'translate(11.2 12.8) scale(0.6)'])
  })
})
