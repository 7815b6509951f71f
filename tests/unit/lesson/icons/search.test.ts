// Icons of the Fluent Emoji Flat set for a word, read from the set and emojibase: what `npm run review`
// offers, and what the error for an unknown icon name suggests.
import { describe, expect, it } from 'vitest'
import { hasIcon } from '../../../../scripts/lesson/icons/index.ts'
import { iconOffers, iconsAkinTo, iconsFor, keywordsOf } from '../../../../scripts/lesson/icons/search.ts'

describe('iconsFor', () => {
  it('gives the index\'s own icon first, then emoji whose label or keywords say the word', () => {
    expect(iconsFor('cook')).toEqual(['cook', 'man-cook', 'woman-cook'])
    expect(iconsFor('soup')).toEqual(expect.arrayContaining(['pot-of-food', 'steaming-bowl']))
    expect(iconsFor('Breads')[0]).toBe('bread')
  })

  it('leaves out skin tones, and every name it gives is an icon of the set', () => {
    const found = iconsFor('person', 200)
    expect(found.length).toBeGreaterThan(5)
    expect(found.filter(icon => /-(?:light|medium|dark)$/.test(icon) && hasIcon(icon.replace(/-(?:medium-)?(?:light|medium|dark)$/, '')))).toEqual([])
    expect(found.every(hasIcon)).toBe(true)
  })

  it('finds nothing for no word, and respects the limit', () => {
    expect(iconsFor('  ')).toEqual([])
    expect(iconsFor('food', 3)).toHaveLength(3)
  })
})

describe('iconOffers', () => {
  it('offers, for the word itself, icons akin to the one drawn, never that one', () => {
    expect(keywordsOf('motorway')).toEqual(['motorway', 'highway', 'road'])
    expect(iconsAkinTo('motorway')).toContain('railway-track')
    const offers = iconOffers('road', 'motorway', true, 40)
    expect(offers).not.toContain('motorway')
    expect(offers).toContain('locomotive')
  })

  it('offers only what a search names', () => {
    expect(iconOffers('road', 'motorway', false, 40)).toEqual([])
    expect(iconOffers('baguette', 'bread', false, 40)).toEqual(['baguette-bread'])
  })
})
