// Words and sentences of lesson text, as the timing and the slides count them.
import type { Block } from '../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { isAllStrong, labelledItem, labelOf, offSlideParagraphs, paragraphsOf, plain, plainText, regroup, sentenceRanges, sentencesOf, sentencesOfParagraphs, sliceRich, spans, trimRich, wordCount } from '../../scripts/lesson/text.ts'

describe('wordCount', () => {
  it('counts runs of letters and digits, with inner apostrophes', () => {
    expect(wordCount('The platform team doesn\'t ship features.')).toBe(6)
    expect(wordCount('30% of 6 months, v2.5')).toBe(6)
    expect(wordCount('')).toBe(0)
    expect(wordCount('— … —')).toBe(0)
  })

  it('counts each Chinese or Japanese character as a word, as those scripts have no spaces', () => {
    expect(wordCount('日本語の文章です。')).toBe(8)
    expect(wordCount('平台团队')).toBe(4)
    expect(wordCount('カタカナ')).toBe(4)
    expect(wordCount('Platform 团队 builds')).toBe(4)
  })

  it('counts Korean and other spaced scripts by their spaces', () => {
    expect(wordCount('플랫폼 팀은 공장을 짓는다')).toBe(4)
    expect(wordCount('שלום עולם.')).toBe(2)
  })
})

describe('sentences of a paragraph with bold and code in it', () => {
  const rich = [{ text: 'Boil the ' }, { text: 'kettle. It', strong: true }, { text: ' sings. ' }, { text: 'x = 1', code: true }]

  it('keep each span\'s marks, trimmed at the ends, and give the text back when joined as written', () => {
    expect(sentencesOf(rich)).toEqual([
      [{ text: 'Boil the ' }, { text: 'kettle.', strong: true }],
      [{ text: 'It', strong: true }, { text: ' sings. ' }, { text: 'x = 1', code: true }],
    ])
    const sentences = sentencesOfParagraphs([rich, spans('Pour. Wait.')])
    expect(sentences.map(sentence => [plain(sentence.text), sentence.paragraph])).toEqual([['Boil the kettle.', 0], ['It sings. x = 1', 0], ['Pour.', 1], ['Wait.', 1]])
    expect(regroup(sentences).map(plainText)).toEqual(['Boil the kettle. It sings. x = 1', 'Pour. Wait.'])
    expect(regroup([sentences[0]!, sentences[2]!]).map(plainText)).toEqual(['Boil the kettle.', 'Pour.'])
  })

  it('keep code whole as one sentence', () => {
    expect(sentencesOfParagraphs([[{ text: 'a. b.', code: true }]])).toEqual([{ text: [{ text: 'a. b.', code: true }], raw: [{ text: 'a. b.', code: true }], paragraph: 0, code: true }])
  })

  it('are cut where the text is, whatever the spans: a slice keeps the marks of what it covers', () => {
    expect(sliceRich(rich, 5, 16)).toEqual([{ text: 'the ' }, { text: 'kettle.', strong: true }])
    expect(sliceRich(rich, 0, 0)).toEqual([])
    expect(trimRich([{ text: '  ' }, { text: ' a ', strong: true }, { text: ' ' }])).toEqual([{ text: ' a ', strong: true }])
  })
})

describe('sentence ranges', () => {
  it('do not break after an abbreviation or before a word in lower case', () => {
    const text = 'Dr. Smith met the U.S. team. They asked "why?" until noon. Done.'
    expect(sentenceRanges(text).map(([start, end]) => text.slice(start, end).trim())).toEqual(['Dr. Smith met the U.S. team.', 'They asked "why?" until noon.', 'Done.'])
  })
})

describe('the paragraphs of a section', () => {
  const at = { line: 1, column: 1 }
  const blocks: Block[] = [
    { kind: 'heading', depth: 3, text: spans('Cups'), at },
    { kind: 'paragraph', text: spans('<!-- say it slowly -->'), at },
    { kind: 'list', ordered: false, items: [spans('One.'), spans('Two.')], at },
    { kind: 'table', rows: [[spans('a'), spans('1')], [spans('b'), spans('2')]], at },
    { kind: 'quote', paragraphs: [spans('Said.')], at },
    { kind: 'code', lang: '', value: 'x', at },
  ]

  it('are each paragraph, heading, list item, quoted paragraph, table row and code block', () => {
    expect(paragraphsOf(blocks).map(plainText)).toEqual(['Cups', '<!-- say it slowly -->', 'One.', 'Two.', 'a | 1', 'b | 2', 'Said.', 'x'])
  })

  it('keep sub-headings, comments and table rows off the slides', () => {
    expect([...offSlideParagraphs(blocks)]).toEqual([0, 1, 4, 5])
  })
})

describe('labels', () => {
  it('are a bold lead-in, its colon or full stop left out, with the rest as the body', () => {
    expect(labelOf([{ text: 'Kubernetes', strong: true }, { text: ': each pod runs alone.' }])).toEqual({ label: 'Kubernetes', body: [{ text: 'each pod runs alone.' }] })
    expect(labelOf([{ text: 'Netflix. ', strong: true }, { text: 'Teams ship.' }])).toEqual({ label: 'Netflix', body: [{ text: 'Teams ship.' }] })
    expect(labelOf([{ text: 'All bold', strong: true }])).toBeUndefined()
    expect(labelOf([{ text: '. ', strong: true }, { text: 'x' }])).toBeUndefined()
    expect(labelOf(spans('Plain: text.'))).toBeUndefined()
  })

  it('of a list item may be plain, a few words before a colon', () => {
    expect(labelledItem(spans('Drawer 1: A to F.'))).toEqual({ label: 'Drawer 1', body: [{ text: 'A to F.' }] })
    expect(labelledItem(spans('One two three four five six: too long.'))).toBeUndefined()
    expect(labelledItem(spans('No label here.'))).toBeUndefined()
  })

  it('make a paragraph all bold only when every word is bold', () => {
    expect(isAllStrong([{ text: 'Why?', strong: true }, { text: ' ' }])).toBe(true)
    expect(isAllStrong([{ text: 'Why?', strong: true }, { text: ' not' }])).toBe(false)
    expect(isAllStrong([])).toBe(false)
  })
})
