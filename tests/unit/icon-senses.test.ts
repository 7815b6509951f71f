// A word gets its icon only when its sentence and its section mean the thing the icon draws: never a verb,
// an idiom, a software term or another sense of the word; and the analogies whose things are plainly
// drawable get their picture. Real compromise, real icon index, lessons in our own words.
import type { ComponentProps } from '../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { namedThings } from '../../scripts/lesson/extract/objects.ts'
import { iconIndex } from '../../scripts/lesson/icons/index.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planSection } from '../../scripts/lesson/plan.ts'

const words = (...sentences: string[]) => namedThings(sentences, iconIndex()).map(thing => thing.word)

/** The words an analogy section shows as icons, planned by the real planner; [] when it is not an icon scene. */
function pictured(body: string): string[] {
  const section = parseLesson(`# T\n\n## Another Way to See It\n\n${body}\n`, 'case.md').sections[0]!
  const slide = planSection(section, { index: 0, kind: section.kind, title: section.title })[0]!
  return slide.component.name === 'IconScene' ? (slide.component.props as ComponentProps['IconScene']).items.map(item => item.word) : []
}

describe('the sense of a word in its section', () => {
  it('draws a dish in a kitchen as no petri dish, and a card that identifies as no credit card', () => {
    expect(words('The cook lifts a dish from the stove and slides it across the kitchen counter.')).not.toContain('dish')
    expect(words('At the gate, the guard checks the card that proves who each visitor is.')).not.toContain('card')
  })

  it('draws a bank as the building where money is kept, never a river\'s bank', () => {
    expect(words('You hand your money to the bank, and it lends most of it to others.')).toContain('bank')
    expect(words('We sat on the grassy bank of the river and watched the water go by.')).not.toContain('bank')
  })

  it('keeps the thing where the section speaks of its world', () => {
    expect(words('She turns the key in the lock, and the door swings open.')).toEqual(expect.arrayContaining(['key', 'door']))
    expect(words('The librarian walks between the shelves of the library and hands a reader a book.'))
      .toEqual(expect.arrayContaining(['library', 'book']))
  })

  it('never takes an idiom for its literal words', () => {
    expect(words('The key is to keep every shard small.')).toEqual([])
    expect(words('Step back and look at the big picture before you pick a queue.')).toEqual([])
    expect(words('This benchmark is the gold standard for every team.')).toEqual([])
    expect(words('The scheduler is the heart of the whole design.')).toEqual([])
    expect(words('Random delays break ties between the voters.')).not.toContain('tie')
    expect(words('Our hands are tied until the vendor sends a fix.')).not.toContain('hand')
    expect(words('Key signals tell the panel who is ready.')).not.toContain('key')
  })

  it('never draws a verb', () => {
    expect(words('The cache stores the answer next to the question.')).toEqual([])
    expect(words('Let\'s picture a scenario where every order waits.')).toEqual([])
    expect(words('Now picture a scenario with two regions.')).toEqual([])
  })

  it('never draws a software term as an object', () => {
    for (const sentence of [
      'The client sends a request to the server.',
      'Save the file, then restart the thread.',
      'Install the package inside a container.',
      'The scheduler places each pod on a node.',
      'Look the value up by its key in the store.',
      'We call the library from our code.',
      'Walk the tree from its root down to the last node.',
      'A Python script sends a POST to the endpoint.',
      'Add more machines behind the load balancer.',
      'The partition key decides where a row lives.',
      'A decision tree picks the right queue.',
    ])
      expect(words(sentence), sentence).toEqual([])
  })

  it('reads a pair of nouns as the thing it names: a person only when the person is the thing', () => {
    expect(words('The paved road is your internal developer platform.')).toEqual([])
    expect(words('Customer data sits in the filing cabinet.')).toEqual(['filing cabinet'])
    expect(words('A triage nurse sees every patient first.')).toContain('nurse')
    expect(words('A school bus stops at the corner.')).toEqual(['bus'])
  })

  it('leaves out a term the narration capitalises as its own name', () => {
    expect(words('Each node starts as a Follower. When the follower hears nothing, it waits.')).toEqual([])
  })
})

describe('analogies whose things are plainly drawable', () => {
  it('pictures a diplomat with an interpreter', () => {
    expect(pictured('A diplomat flies to a summit with an interpreter. The interpreter turns every sentence into the other language.'))
      .toEqual(['diplomat', 'interpreter'])
  })

  it('pictures a museum guide and the visitors', () => {
    expect(pictured('A museum guide leads the visitors from room to room. The guide stops at each painting and tells its story.'))
      .toEqual(expect.arrayContaining(['guide', 'visitors']))
  })

  it('pictures a book and its reader, even said with a possessive', () => {
    expect(pictured('A book\'s index sends you to the right page. The reader opens the book there and skips the rest.'))
      .toEqual(expect.arrayContaining(['book', 'reader']))
  })

  it('pictures a house and the people who fix it', () => {
    expect(pictured('Think of an old house. A leak drips for a year until the ceiling caves in. Now a carpenter and a plumber have to replace the whole roof.'))
      .toEqual(expect.arrayContaining(['house', 'carpenter', 'plumber']))
  })
})
