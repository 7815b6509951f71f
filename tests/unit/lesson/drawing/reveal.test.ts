import type { Drawing } from '../../../../scripts/lesson/types.ts'
import { readFileSync } from 'node:fs'
import { beforeEach, describe, expect, it } from 'vitest'
import { drawingClicks } from '../../../../scripts/lesson/drawing/clicks.ts'
import { readDrawing } from '../../../../scripts/lesson/drawing/read.ts'
import { keywords, MAX_DRAWING_CLICKS, revealDrawing } from '../../../../scripts/lesson/drawing/reveal.ts'

const cacheDrawing = () => readDrawing(readFileSync('tests/fixtures/drawings/unicode-boxes.txt', 'utf8'))
const narration = [
  'An order comes in at the top.',
  'First we ask the edge cache.',
  'On a miss we go all the way to the origin store.',
  'What comes back refills the cache.',
  'And the customer gets a fast reply.',
]

describe('a drawing revealed with its narration', () => {
  // Read and revealed in each test, so that each test is one that runs the reader.
  let drawing: Drawing
  let starts: number[]
  beforeEach(() => {
    ({ drawing, starts } = revealDrawing(cacheDrawing(), narration))
  })
  const labelAt = (text: string) => drawing.labels.find(label => label.text === text)!.at

  it('shows a part at the click whose sentence first names it', () => {
    expect(labelAt('INCOMING ORDER')).toBe(0)
    expect(labelAt('Edge cache')).toBe(1)
    expect(labelAt('miss')).toBe(2)
    expect(labelAt('Origin store')).toBe(2)
    expect(labelAt('refill')).toBe(3)
    expect(labelAt('Fast reply')).toBe(4)
    expect(drawing.boxes.map(box => box.at)).toEqual([1, 2])
  })

  it('keeps a box\'s lines of text with the box', () => {
    expect(labelAt('(in memory)')).toBe(1)
    expect(labelAt('(on disk)')).toBe(2)
  })

  it('draws an arrow once both of its ends are shown', () => {
    const between = drawing.lines.filter(line => line.y1 === line.y2)
    expect(between.map(line => line.at)).toEqual([2, 2])
  })

  it('starts each click\'s notes at the sentence that names what appears', () => {
    expect(starts).toEqual([1, 2, 3, 4])
    expect(drawingClicks(drawing)).toBe(starts.length)
  })

  it('centres a box\'s text in the box and sets a heading in capitals apart', () => {
    const title = drawing.labels.find(label => label.text === 'INCOMING ORDER')!
    const cache = drawing.labels.find(label => label.text === 'Edge cache')!
    expect(title.strong).toBe(true)
    expect(cache).toMatchObject({ anchor: 'middle', strong: false })
  })
})

describe('parts nothing names', () => {
  it('follow reading order: with no narration the whole drawing is there from the start', () => {
    const { drawing, starts } = revealDrawing(cacheDrawing(), [])
    expect(starts).toEqual([])
    expect(drawingClicks(drawing)).toBe(0)
  })

  it('come with the part before them in reading order', () => {
    const { drawing } = revealDrawing(cacheDrawing(), ['Here is the picture.', 'Look at the origin store.'])
    const at = (text: string) => drawing.labels.find(label => label.text === text)!.at
    // Nothing names the reply: it follows the refill label, which follows the origin store's row.
    expect(at('Origin store')).toBe(1)
    expect(at('refill')).toBe(1)
    expect(at('Fast reply')).toBe(1)
    expect(at('INCOMING ORDER')).toBe(0)
  })
})

describe('how a sentence names a part', () => {
  const atOf = (text: string, sentences: string[]) => revealDrawing(readDrawing(text), sentences).drawing.labels.map(label => [label.text, label.at])

  it('names a part drawn twice again with a later sentence; if none does, the second copy waits for the first', () => {
    expect(atOf('Cache\n\nClient\n\nCache', ['The client asks first.', 'Then the cache answers.'])).toEqual([['Cache', 1], ['Client', 0], ['Cache', 1]])
  })

  it('takes a longer word for a keyword of four letters or more, and a keyword for a word of four letters or more', () => {
    const namedAt = (label: string, sentence: string) => revealDrawing(readDrawing(`Zeta\n\n${label}`), ['Intro.', sentence]).drawing.labels[1]!.at
    expect(namedAt('Follow', 'Then the followers.')).toBe(1)
    expect(namedAt('Replication', 'Then a replica.')).toBe(1)
    expect(namedAt('Log', 'Then the logs.')).toBe(1)
    // `fol` and `cat` are too short to stand for `folders` and `catalog`; nothing names them, so they come at once.
    expect(namedAt('Fol', 'Then the folders.')).toBe(0)
    expect(namedAt('Cat', 'Then a catalog.')).toBe(0)
  })

  it('knows a plural in -es by its singular', () => {
    expect(atOf('Clerk\n\nTaxes', ['A clerk waits.', 'Then the tax office opens.'])).toEqual([['Clerk', 0], ['Taxes', 1]])
  })
})

describe('the clicks of a drawing', () => {
  const atOf = (text: string, sentences: string[]) => {
    const { drawing, starts } = revealDrawing(readDrawing(text), sentences)
    return { at: drawing.labels.map(label => [label.text, label.at]), starts }
  }

  it('open on the first named part when nothing comes before it, so the slide is never blank', () => {
    expect(atOf('Cache\n\nStore', ['Intro.', 'The cache.', 'The store.'])).toEqual({ at: [['Cache', 0], ['Store', 1]], starts: [2] })
  })

  it('open on the parts nothing names, and give the first named part a click of its own', () => {
    expect(atOf('Zeta\n\nCache\n\nStore', ['Intro.', 'The cache.', 'The store.'])).toEqual({ at: [['Zeta', 0], ['Cache', 1], ['Store', 2]], starts: [1, 2] })
  })

  it('merge the two closest moments of the narration, again and again, until there are six', () => {
    const words = ['Alpha', 'Bravo', 'Charlie', 'Delta', 'Echo', 'Foxtrot', 'Golf', 'Hotel']
    const named = [1, 2, 3, 5, 8, 9, 12, 15]
    const sentences = Array.from({ length: 16 }, (_, i) => (named.includes(i) ? `Now ${words[named.indexOf(i)]!.toLowerCase()}.` : 'Filler here.'))
    expect(atOf(['Zeta', ...words].join('\n\n'), sentences)).toEqual({
      at: [['Zeta', 0], ['Alpha', 1], ['Bravo', 1], ['Charlie', 2], ['Delta', 3], ['Echo', 4], ['Foxtrot', 4], ['Golf', 5], ['Hotel', 6]],
      starts: [1, 3, 5, 8, 12, 15],
    })
  })
})

describe('a long walk through a drawing', () => {
  it('takes no more than a few clicks', () => {
    const text = Array.from({ length: 12 }, (_, i) => `Station${String.fromCharCode(65 + i)} ──►`).join('\n')
    const sentences = Array.from({ length: 12 }, (_, i) => `Then comes station${String.fromCharCode(65 + i)}.`)
    const { drawing, starts } = revealDrawing(readDrawing(text), sentences)
    expect(starts.length).toBeLessThanOrEqual(MAX_DRAWING_CLICKS)
    expect(drawingClicks(drawing)).toBe(starts.length)
  })
})

describe('a box that holds other boxes', () => {
  let drawing: Drawing
  beforeEach(() => {
    ({ drawing } = revealDrawing(readDrawing(readFileSync('tests/fixtures/drawings/nested.txt', 'utf8')), []))
  })

  it('is a region: its words keep their place, while a box within centres its own', () => {
    expect(drawing.boxes.filter(box => box.container)).toHaveLength(1)
    const label = (text: string) => drawing.labels.find(l => l.text === text)!
    expect(label('Region A').anchor).toBe('start')
    expect(label('event').anchor).toBe('start')
    expect(label('Billing').anchor).toBe('middle')
    expect(label('• charges').anchor).toBe('start')
  })
})

describe('the words that name a part', () => {
  it('leave out words every label could say and words under three letters, but keep numbers', () => {
    expect(keywords('The API and 3 of our caches')).toEqual(['api', '3', 'cach'])
  })

  it('are stems, so that a plural names its singular', () => {
    expect(keywords('boxes shards class kisses caches bus wishes')).toEqual(['box', 'shard', 'class', 'kiss', 'cach', 'bus', 'wish'])
  })
})

describe('a region', () => {
  const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h, lines: [] as string[] })
  const regions = (inner: ReturnType<typeof box>) =>
    revealDrawing({ cols: 20, rows: 20, boxes: [box(0, 0, 10, 10), inner], lines: [], bars: [], labels: [] }, []).drawing.boxes.map(b => b.container ?? false)

  it('is a box with another wholly inside it, not one that only touches or crosses another\'s side', () => {
    expect(regions(box(1, 1, 2, 2))).toEqual([true, false])
    for (const touching of [box(0, 1, 2, 2), box(1, 0, 2, 2), box(8, 1, 2, 2), box(1, 8, 2, 2), box(9, 1, 3, 2)])
      expect(regions(touching)).toEqual([false, false])
  })
})
