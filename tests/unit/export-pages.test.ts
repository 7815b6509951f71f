// The pages a deck prints to, and the outline over them.
import type { DeckInfo, DeckSlide } from '../../scripts/export/deck.ts'
import { describe, expect, it } from 'vitest'
import { outlineOf, printPages } from '../../scripts/export/pages.ts'

const slides: DeckSlide[] = [
  { no: 1, title: 'Cover', clicks: 0, section: 'Cover' },
  { no: 2, title: 'Hook', clicks: 2, section: 'The Hook' },
  { no: 3, title: 'Columns', clicks: 1, section: 'Software' },
  { no: 4, title: 'Tension', clicks: 3, section: 'Software' },
]
const deck = (list: DeckSlide[]): DeckInfo => ({ entry: 'slides.md', slug: 's', title: 'T', info: '', wordsPerMinute: 150, width: 980, height: 551, fonts: [], slides: list })

describe('printPages', () => {
  it('gives one page per slide, at its last click', () => {
    const pages = printPages(slides, false)
    expect(pages.map(p => [p.slide.no, p.clicks, p.final])).toEqual([[1, 0, true], [2, 2, true], [3, 1, true], [4, 3, true]])
  })

  it('gives clicks + 1 pages per slide with clicks, the last of each final', () => {
    const pages = printPages(slides, true)
    expect(pages).toHaveLength(1 + 3 + 2 + 4)
    expect(pages.filter(p => p.slide.no === 2).map(p => [p.clicks, p.final])).toEqual([[0, false], [1, false], [2, true]])
  })
})

describe('outlineOf', () => {
  it('has one entry per section, at its first page', () => {
    expect(outlineOf(deck(slides), printPages(slides, false))).toEqual([
      { title: 'Cover', pageIndex: 0 },
      { title: 'The Hook', pageIndex: 1 },
      { title: 'Software', pageIndex: 2 },
    ])
  })

  it('points at the first click step of a section when printing with clicks', () => {
    expect(outlineOf(deck(slides), printPages(slides, true)).map(e => e.pageIndex)).toEqual([0, 1, 4])
  })

  it('falls back to one entry per titled slide when the deck names no sections', () => {
    const plain = slides.map(({ section: _, ...slide }) => slide)
    plain[2] = { ...plain[2]!, title: '' }
    expect(outlineOf(deck(plain), printPages(plain, true))).toEqual([
      { title: 'Cover', pageIndex: 0 },
      { title: 'Hook', pageIndex: 1 },
      { title: 'Tension', pageIndex: 6 },
    ])
  })
})
