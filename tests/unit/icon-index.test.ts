// The committed icon index: what the build makes from the installed emojibase, WordNet and icon set,
// drawable words only, every icon in the set.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { buildIconIndex, INDEX_FILE } from '../../scripts/icons/build-index.ts'
import { iconIndex, iconSvg } from '../../scripts/lesson/icons/index.ts'

describe('the icon index', () => {
  it('is what scripts/icons/build-index.ts builds from the installed packages', () => {
    const committed = JSON.parse(readFileSync(INDEX_FILE, 'utf8'))
    expect(committed).toEqual(buildIconIndex())
  }, 60_000)

  it('knows things and leaves out abstract words', () => {
    const { icons } = iconIndex()
    for (const word of ['ship', 'filing cabinet', 'mailbox', 'bus', 'teacher', 'house', 'chef', 'library'])
      expect(icons.has(word), word).toBe(true)
    for (const word of ['time', 'thing', 'way', 'problem', 'system', 'idea', 'it', 'one'])
      expect(icons.has(word), word).toBe(false)
  })

  it('draws a word by the emoji whose label, keyword or kind names it', () => {
    const { icons } = iconIndex()
    // Most uses of `money` and `coin` are possessions, not artifacts; the objects' emoji still draw them.
    expect(icons.get('money')).toBe('money-bag')
    expect(icons.get('coin')).toBe('coin')
    // A one-word label that says the thing's state: `locked` draws a lock.
    expect(icons.get('lock')).toBe('locked')
    // A keyword whose definition names the emoji's thing: news is what a newspaper reports.
    expect(icons.get('news')).toBe('newspaper')
    // A compound label is a kind of its last word: a water pistol is a pistol, so it draws a gun.
    expect(icons.get('gun')).toBe('water-pistol')
    // A word most often used for something else is drawn by its own emoji, but lends it to no other word.
    expect(icons.get('cloud')).toBe('cloud')
    expect(icons.get('car')).toBe('automobile')
  })

  it('draws anyone as a person, and the slot machine only as itself', () => {
    const { icons } = iconIndex()
    for (const word of ['diplomat', 'interpreter', 'guide', 'plumber'])
      expect(icons.get(word), word).toBe('person')
    expect(icons.get('slot machine')).toBe('slot-machine')
    for (const word of ['vending machine', 'machine', 'slot'])
      expect(icons.get(word), word).not.toBe('slot-machine')
  })

  it('never draws an insult', () => {
    expect([...iconIndex().icons.values()]).not.toContain('middle-finger')
  })

  it('names only icons of the set', () => {
    for (const name of new Set(iconIndex().icons.values()))
      expect(iconSvg(name).body, name).toMatch(/^</)
  })
})
