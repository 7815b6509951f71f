// Which sentences a text slide shows, and how a sentence becomes a point: each rule on its own.
import type { Rich } from '../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { asPoint, chunksAt, isFragment, pointScore, selectPoints, showable } from '../../scripts/lesson/points.ts'
import { plain, sentencesOfParagraphs, spans } from '../../scripts/lesson/text.ts'

describe('pointScore', () => {
  it('prefers a `Label:` sentence and avoids fragments of one or two words', () => {
    expect(pointScore('Product team: designs the new model.')).toBeLessThan(pointScore('The team designs the new model.'))
    expect(pointScore('Team.')).toBeGreaterThan(pointScore('The team ships it.'))
  })
})

describe('asPoint', () => {
  it('gives a quotation mark whose partner stayed in another sentence its partner back', () => {
    expect(asPoint(spans('"We need to fix the deployment pipeline.'))).toBe('"We need to fix the deployment pipeline."')
    expect(asPoint(spans('Technical debt will slow you down in 3 months."'))).toBe('"Technical debt will slow you down in 3 months."')
    expect(asPoint(spans('Platform said: "We told you.'))).toBe('Platform said: "We told you."')
    expect(asPoint(spans('They ask "why?" twice.'))).toBe('They ask "why?" twice.')
  })
})

describe('chunksAt', () => {
  it('cuts the notes at the given sentences, joining neighbours of a paragraph as written', () => {
    const sentences = sentencesOfParagraphs([spans('A one. A two.'), spans('B one. B two.')])
    expect(chunksAt(sentences, [1, 3]).map(chunk => chunk.map(plain))).toEqual([['A one.'], ['A two.', 'B one.'], ['B two.']])
    expect(chunksAt(sentences, []).map(chunk => chunk.map(plain))).toEqual([['A one. A two.', 'B one. B two.']])
  })
})

describe('selectPoints', () => {
  const select = (paragraphs: Rich[], max: number, heading?: string) =>
    selectPoints(sentencesOfParagraphs(paragraphs), { max, heading }).map(point => point.text)

  it('shows the topic sentence first, then sentences spread over the rest, no more than asked', () => {
    expect(select([spans('The kettle sits on the stove all day long. Water boils at noon every single day. Cups wait on the long wooden tray. Tea steeps for four quiet minutes.')], 2))
      .toEqual(['The kettle sits on the stove all day long.', 'Tea steeps for four quiet minutes.'])
  })

  it('joins a bold lead-in to the sentence that explains it, and drops a lead-in that repeats the heading', () => {
    const boiled = (lead: string): Rich => [{ text: lead, strong: true }, { text: ' Pour it into every cup at the same time.' }]
    expect(select([boiled('Boil once.'), spans('The tray holds nine cups. The pot holds two litres.')], 2))
      .toEqual(['Boil once: Pour it into every cup at the same time.', 'The pot holds two litres.'])
    expect(select([boiled('Tea rooms.')], 2, 'Tea Rooms')).toEqual(['Pour it into every cup at the same time.'])
  })

  it('joins a fragment to the sentence after it, and leaves a fragment with nothing after it in the notes', () => {
    expect(select([spans('The kettle sits on the stove. BAD. Nobody counted the cups since spring. Lessons:')], 3))
      .toEqual(['The kettle sits on the stove.', 'BAD. Nobody counted the cups since spring.'])
  })

  it('shows a sentence opening on `It` only right after the one it leans on', () => {
    expect(select([spans('The kettle sits on the stove all day.'), spans('Water boils at noon. Cups wait on trays.'), spans('It whistles loudly for the staff.')], 3))
      .toEqual(['The kettle sits on the stove all day.', 'Cups wait on trays.', 'It whistles loudly for the staff.'])
  })

  it('adds one short point more than asked for names the narration relies on, but not a long one', () => {
    expect(select([spans('The kettle sits on the stove all day. The Ritz bought it in London. The Savoy copied it in Paris. Claridge came later from Bath.')], 2))
      .toEqual(['The kettle sits on the stove all day.', 'The Ritz bought it in London.', 'The Savoy copied it in Paris.'])
    expect(select([spans('The kettle sits on the stove all day. The Ritz bought it in London in the spring of that year, and the Savoy copied it in Paris the very next winter, after a long trip. Claridge came later from Bath.')], 1))
      .toEqual(['The kettle sits on the stove all day.'])
  })
})

describe('showable and isFragment', () => {
  it('drops a leaning conjunction and capitalises what is left, unless nothing is', () => {
    expect(showable('But without the kettle, no tea.')).toBe('Without the kettle, no tea.')
    expect(showable('And')).toBe('And')
    expect(showable('The kettle.')).toBe('The kettle.')
  })

  it('calls a label or two words a fragment, three words a sentence', () => {
    expect([isFragment('Pros:'), isFragment('Two words.'), isFragment('Three words here.')]).toEqual([true, true, false])
  })
})
