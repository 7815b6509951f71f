// Which sentences a text slide shows, and how a sentence becomes a point: each rule on its own.
import { describe, expect, it } from 'vitest'
import { asPoint, chunksAt, pointScore } from '../../scripts/lesson/points.ts'
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
