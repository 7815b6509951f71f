import { describe, expect, it } from 'vitest'
import { extractAnalogy } from '../../../../scripts/lesson/extract/analogy.ts'

describe('the two sides of an analogy', () => {
  it('are two counterparts: one word each, or names that end alike', () => {
    expect(extractAnalogy(['Chef: cooks the soup.', 'Kitchen: pots, pans, and knives.'])).toMatchObject({
      front: { label: 'Chef', role: 'Cooks the soup' },
      back: { label: 'Kitchen', items: ['pots', 'pans', 'knives'] },
    })
    expect(extractAnalogy(['Product team: designs the car.', 'Platform team: builds the factory.'])).toMatchObject({
      front: { label: 'Product team' },
      back: { label: 'Platform team' },
    })
  })

  it('are not two labels that start alike, nor two names that end differently', () => {
    expect(extractAnalogy(['Product team: designs the car.', 'Product owners: sign it off.'])).toBeUndefined()
    expect(extractAnalogy(['Product team: designs the car.', 'Platform group: builds the factory.'])).toBeUndefined()
  })
})

describe('how the analogy turns', () => {
  const story = [
    'Product team: designs the car.',
    'Platform team: builds the factory.',
    'The robots.',
    'The assembly line.',
    'Nobody thanks the platform team.',
    'Drivers love the car.',
    'Platform enables.',
    'Product delivers.',
  ]

  it('lists the one-thing sentences after a side as its items', () => {
    expect(extractAnalogy(story)?.back).toEqual({ label: 'Platform team', role: 'Builds the factory', items: ['robots', 'assembly line'] })
  })

  it('takes the praise as the reaction, the contrast just before it as part of that beat', () => {
    expect(extractAnalogy(story)).toMatchObject({ reaction: 'Drivers love the car.', starts: { front: 0, back: 1, reaction: 4, takeaway: 6 } })
  })

  it('closes on a line for each side, the front side\'s first, whichever is said first', () => {
    expect(extractAnalogy(story)?.takeaway).toEqual({ label: '', front: 'Product delivers.', back: 'Platform enables.' })
  })
})
