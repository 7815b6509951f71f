// Which sentences a text slide shows, and how a sentence becomes a point: each rule on its own.
import { describe, expect, it } from 'vitest'
import { asPoint, chunksAt, pickKeySentences, pointScore } from '../../scripts/lesson/points.ts'
import { plain, sentencesOfParagraphs, spans } from '../../scripts/lesson/text.ts'

describe('pickKeySentences', () => {
  it('spreads the points over the narration: one per run of sentences, in order', () => {
    const sentences = ['One two three four five six seven.', 'A b.', 'Eight nine ten eleven twelve thirteen fourteen.', 'C d.']
    expect(pickKeySentences(sentences, 2)).toEqual([0, 2])
  })

  it('takes from each run the sentence nearest seven words', () => {
    const sentences = ['Short one here.', 'This sentence has exactly seven words here.', 'This one is a great deal longer than any slide could comfortably show.']
    expect(pickKeySentences(sentences, 1)).toEqual([1])
  })

  it('never picks an empty string (code), and picks no more than there are sentences', () => {
    expect(pickKeySentences(['', 'Only this one counts.', ''], 4)).toEqual([1])
    expect(pickKeySentences([], 4)).toEqual([])
  })
})

describe('pointScore', () => {
  it('prefers a `Label:` sentence and avoids fragments of one or two words', () => {
    expect(pointScore('Product team: designs the new model.')).toBeLessThan(pointScore('The team designs the new model.'))
    expect(pointScore('Team.')).toBeGreaterThan(pointScore('The team ships it.'))
  })
})

describe('asPoint', () => {
  it('drops a quotation mark whose partner stayed in another sentence', () => {
    expect(asPoint(spans('"Platform does infrastructure.'))).toBe('Platform does infrastructure.')
    expect(asPoint(spans('Product does features."'))).toBe('Product does features.')
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
