// Words and sentences of lesson text, as the timing and the slides count them.
import { describe, expect, it } from 'vitest'
import { wordCount } from '../../scripts/lesson/text.ts'

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
