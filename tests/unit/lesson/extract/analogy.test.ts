import { describe, expect, it } from 'vitest'
import { capitalize, enumerationOf, extractAnalogy } from '../../../../scripts/lesson/extract/analogy.ts'

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

describe('the introductions of the sides', () => {
  it('are the first two with different labels; a label said again or a third side is left out', () => {
    expect(extractAnalogy(['Chef: cooks the soup.', 'Chef: tastes it.', 'Kitchen: holds the pots.', 'Waiter: serves.'])).toMatchObject({
      front: { label: 'Chef', role: 'Cooks the soup' },
      back: { label: 'Kitchen', role: 'Holds the pots' },
      starts: { front: 0, back: 2 },
    })
  })

  it('may be `The X is …` when no side has a label', () => {
    expect(extractAnalogy(['The chef is the one who cooks.', 'The kitchen is where the pots live.', 'Chef cooks.', 'Kitchen holds.'])).toMatchObject({
      front: { label: 'Chef', role: 'The one who cooks' },
      back: { label: 'Kitchen', role: 'Where the pots live' },
    })
  })

  it('are no pair when one is a single word and the other several', () => {
    expect(extractAnalogy(['Chef: cooks.', 'Head chef: plans.'])).toBeUndefined()
  })
})

describe('how the analogy turns', () => {
  const sides = ['Chef: cooks the soup.', 'Kitchen: holds the pots.']

  it('has no reaction when the praise comes after the closing pair, and no closing pair without a second line', () => {
    expect(extractAnalogy([...sides, 'Chef cooks.', 'Kitchen holds.', 'Guests thank the chef.'])).not.toHaveProperty('reaction')
    expect(extractAnalogy([...sides, 'Guests thank the chef.', 'Chef cooks.'])).toMatchObject({ reaction: 'Guests thank the chef.', starts: { reaction: 2 } })
    expect(extractAnalogy([...sides, 'Guests thank the chef.', 'Chef cooks.'])).not.toHaveProperty('takeaway')
  })

  it('takes the first praise as the reaction', () => {
    expect(extractAnalogy([...sides, 'Critics praise the menu.', 'Guests thank the chef.', 'Chef cooks.', 'Kitchen holds.']))
      .toMatchObject({ reaction: 'Critics praise the menu.', starts: { reaction: 2, takeaway: 4 } })
  })
})

describe('how the analogy turns, told at length', () => {
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

describe('what a side is made of', () => {
  it('is an enumeration of three or more short items, after a colon or dash if there is one, without articles', () => {
    expect(enumerationOf('seats, dashboard, engine, paint color.')).toEqual(['seats', 'dashboard', 'engine', 'paint color'])
    expect(enumerationOf('the actors, the script, and the costumes')).toEqual(['actors', 'script', 'costumes'])
    expect(enumerationOf('It holds: pots, pans, or knives.')).toEqual(['pots', 'pans', 'knives'])
  })

  it('is no enumeration with two items, an item of four words or more, or an empty item', () => {
    expect(enumerationOf('pots and pans')).toBeUndefined()
    expect(enumerationOf('pots, pans, a very big heavy knife')).toBeUndefined()
    expect(enumerationOf('pots, , pans')).toBeUndefined()
  })

  it('capitalises a role in lower case, and leaves `v1` or `iOS` as written', () => {
    expect([capitalize('designs the car'), capitalize('v1 stays'), capitalize('iOS apps'), capitalize('Already')]).toEqual(['Designs the car', 'v1 stays', 'iOS apps', 'Already'])
  })
})
