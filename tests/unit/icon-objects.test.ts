// Which things of a narration get an icon: concrete nouns it says, never a pronoun, a number or an
// abstract word; two to six per scene, each icon once. Real compromise, real index, our own sentences.
import { describe, expect, it } from 'vitest'
import { MAX_THINGS, namedThings, singularsOf, thingsForScene } from '../../scripts/lesson/extract/objects.ts'
import { iconIndex } from '../../scripts/lesson/icons/index.ts'

const things = (...sentences: string[]) => namedThings(sentences, iconIndex())
const words = (...sentences: string[]) => things(...sentences).map(thing => thing.word)

describe('namedThings', () => {
  it('finds the concrete things a narration names, in the order it names them', () => {
    expect(words('Picture a harbour at dawn.', 'A ship drops its anchor while a bus waits by the station.')).toEqual(['ship', 'anchor', 'bus', 'station'])
  })

  it('gives no icon to pronouns, numbers or abstract words', () => {
    expect(words(
      'It takes time.',
      'They found a way around the problem, and we think the system is a thing of beauty.',
      'You need twelve of them, maybe 40, by Monday.',
      'Nobody knows the answer, but everyone has an idea, and someone has a plan.',
    )).toEqual([])
  })

  it('gives no icon to a person\'s name that is also a thing', () => {
    expect(words('Bill Gates met the engineers at the station.')).not.toContain('bill')
  })

  it('leaves out a word said as a verb', () => {
    expect(words('We ship the release on Friday and book the review for Monday.')).toEqual([])
    expect(words('Picture a harbour at dawn.')).toEqual([])
    expect(words('The bus leaves.', 'The guard watches where the tent stands.')).toEqual(['bus', 'guard', 'tent'])
  })

  it('reads a pair of nouns as the thing it names', () => {
    expect(words('The clerk opens the filing cabinet.')).toContain('filing cabinet')
    expect(words('A school bus stops at the corner.')).toEqual(['bus'])
  })

  it('knows a plural by its singular, and counts every mention', () => {
    const [umbrellas] = things('Three umbrellas lean by the door.', 'Each umbrella drips.')
    expect(umbrellas).toMatchObject({ word: 'umbrella', caption: 'Umbrellas', plural: true, mentions: 2, sentence: 0 })
  })

  it('captions a thing with the number that names it', () => {
    expect(things('Take bus 42 to the museum.')[0]).toMatchObject({ word: 'bus', caption: 'Bus 42' })
  })

  it('adds a short label after a colon to the caption, without its punctuation, and leaves a longer one out', () => {
    expect(things('Take bus 7: east. Then the train.')[0]).toMatchObject({ caption: 'Bus 7: east' })
    expect(things('The bus 7: east!')[0]).toMatchObject({ caption: 'Bus 7: east' })
    expect(things('Take bus 7: eastbound. Then the train.')[0]).toMatchObject({ caption: 'Bus 7' })
  })

  it('draws each icon once: a second word for the same picture is left out', () => {
    const found = things('The car waits outside.', 'An automobile is just a car with paperwork.')
    expect(found.map(thing => thing.word)).toEqual(['car'])
    expect(new Set(found.map(thing => thing.icon)).size).toBe(found.length)
  })

  it('gives every thing it finds a word the narration says', () => {
    const sentences = ['The guitar, the violin and the drum sit on the stage.', 'A backpack hangs from the piano.']
    for (const thing of things(...sentences))
      expect(sentences.join(' ').toLowerCase()).toContain(thing.caption.toLowerCase())
  })
})

describe('thingsForScene', () => {
  it('wants at least two things', () => {
    expect(thingsForScene(things('The tent stands alone in the field of ideas.'))).toBeUndefined()
  })

  it('keeps at most six, the most often named, in narration order', () => {
    const found = things(
      'A tent, a backpack, a guitar, a violin, a drum, a bicycle and an umbrella fill the van.',
      'The umbrella opens. The umbrella closes.',
    )
    expect(found.length).toBeGreaterThan(MAX_THINGS)
    const kept = thingsForScene(found)!
    expect(kept).toHaveLength(MAX_THINGS)
    expect(kept.map(thing => thing.word)).toContain('umbrella')
    expect(kept.map(thing => thing.sentence)).toEqual([...kept.map(thing => thing.sentence)].sort((a, b) => a - b))
  })
})

describe('singularsOf', () => {
  it.each([
    ['libraries', 'library'],
    ['shelves', 'shelf'],
    ['boxes', 'box'],
    ['compartments', 'compartment'],
  ])('%s → %s', (plural, singular) => {
    expect(singularsOf(plural)).toContain(singular)
  })
})
