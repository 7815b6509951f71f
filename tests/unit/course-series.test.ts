// Series order: the Next Video chain where a title matches, file order otherwise.
import type { SeriesLesson } from '../../scripts/course/series.ts'
import { describe, expect, it } from 'vitest'
import { announcedLesson, normalizeTitle, seriesOrder } from '../../scripts/course/series.ts'

function lesson(slug: string, title?: string, nextText?: string): SeriesLesson {
  return { slug, file: `lessons/${slug}.md`, title, nextText }
}

const slugs = (lessons: SeriesLesson[]) => lessons.map(l => l.slug)

describe('normalizeTitle', () => {
  it('ignores case, punctuation and spacing', () => {
    expect(normalizeTitle('  Deprecation & Migration of APIs!')).toBe('deprecation migration of apis')
  })
})

describe('announcedLesson', () => {
  const platform = lesson('a-platform', 'Platform vs Product Team Mindset', 'Next: deprecation and migration of APIs. You can\'t just demolish the old bridge.')
  const deprecation = lesson('b-deprecation', 'Deprecation and Migration of APIs', 'Next: internal developer platforms. How to build paved roads.')
  const platforms = lesson('c-platforms', 'Internal Developer Platforms', 'Next: build versus buy.')

  it('finds the lesson whose title the Next Video text contains', () => {
    expect(announcedLesson(platform, [platform, deprecation, platforms])).toBe(deprecation)
    expect(announcedLesson(deprecation, [platform, deprecation, platforms])).toBe(platforms)
  })

  it('finds nothing when no title is named, or when there is no Next Video', () => {
    expect(announcedLesson(platforms, [platform, deprecation, platforms])).toBeUndefined()
    expect(announcedLesson(lesson('x', 'X'), [platform])).toBeUndefined()
  })

  it('matches whole words only, and prefers the longest title named', () => {
    const apis = lesson('apis', 'APIs')
    const from = lesson('from', 'From', 'Next: deprecation and migration of APIs.')
    expect(announcedLesson(from, [apis, deprecation])).toBe(deprecation)
    const caching = lesson('caching', 'Cache')
    expect(announcedLesson(lesson('y', 'Y', 'Next: caching at scale'), [caching])).toBeUndefined()
  })

  it('never announces itself', () => {
    const self = lesson('self', 'Loops', 'Next: more loops')
    expect(announcedLesson(self, [self])).toBeUndefined()
  })
})

describe('seriesOrder', () => {
  it('follows the chain even when file order differs', () => {
    const third = lesson('a-third', 'Third', 'Next: the end')
    const first = lesson('b-first', 'First', 'Next: Second.')
    const second = lesson('c-second', 'Second', 'Next: Third.')
    const series = seriesOrder([third, first, second])
    expect(slugs(series.order)).toEqual(['b-first', 'c-second', 'a-third'])
    expect(series.next.get('b-first')).toBe(second)
    expect(slugs(series.unmatched)).toEqual(['a-third'])
  })

  it('keeps file order where nothing links, and puts failed lessons in file order', () => {
    const broken = lesson('a-broken')
    const one = lesson('b-one', 'One')
    const two = lesson('c-two', 'Two', 'Next: Four')
    const series = seriesOrder([broken, one, two])
    expect(slugs(series.order)).toEqual(['a-broken', 'b-one', 'c-two'])
    expect(slugs(series.unmatched)).toEqual(['c-two'])
  })

  it('places every lesson once, even in a loop or when two lessons announce the same one', () => {
    const a = lesson('a', 'Alpha', 'Next: Beta')
    const b = lesson('b', 'Beta', 'Next: Alpha')
    const c = lesson('c', 'Gamma', 'Next: Beta')
    expect(slugs(seriesOrder([a, b, c]).order)).toEqual(['c', 'b', 'a'])
    expect(slugs(seriesOrder([a, b]).order)).toEqual(['a', 'b'])
  })
})
