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
  }, 30_000)

  it('knows things and leaves out abstract words', () => {
    const { icons } = iconIndex()
    for (const word of ['ship', 'filing cabinet', 'mailbox', 'bus', 'teacher', 'house', 'chef', 'library'])
      expect(icons.has(word), word).toBe(true)
    for (const word of ['time', 'thing', 'way', 'problem', 'system', 'idea', 'it', 'one'])
      expect(icons.has(word), word).toBe(false)
  })

  it('names only icons of the set', () => {
    for (const name of new Set(iconIndex().icons.values()))
      expect(iconSvg(name).body, name).toMatch(/^</)
  })
})
