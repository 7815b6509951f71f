// What stops an export before printing: no browser, missing or failed fonts, emoji without a font.
import type { FontReport } from '../../scripts/export/preflight.ts'
import { describe, expect, it } from 'vitest'
import { fontProblems, hasEmoji } from '../../scripts/export/preflight.ts'

const report = (faces: FontReport['faces'], used: string[]): FontReport => ({ faces, used, text: '' })

describe('fontProblems', () => {
  it('is content when every declared font ships and the used ones loaded', () => {
    const faces = [{ family: 'Nunito Sans', weight: '400', status: 'loaded' }, { family: 'Fira Code', weight: '400', status: 'unloaded' }]
    expect(fontProblems(['Nunito Sans', 'Fira Code'], report(faces, ['Nunito Sans']))).toEqual([])
  })

  it('names a font the deck declares but does not ship, one that failed, and one used but never loaded', () => {
    const faces = [
      { family: 'Nunito Sans', weight: '700', status: 'error' },
      { family: 'Nunito Sans', weight: '400', status: 'unloaded' },
    ]
    expect(fontProblems(['Nunito Sans', 'Fira Code'], report(faces, ['Nunito Sans']))).toEqual([
      'the font "Nunito Sans" (weight 700) failed to load',
      'the text uses the font "Nunito Sans" but none of its faces loaded',
      'the deck names the font "Fira Code" but ships no @font-face for it: install its @fontsource package and import it in styles/index.css',
    ])
  })
})

describe('hasEmoji', () => {
  it('sees emoji, including text symbols turned emoji by the variation selector', () => {
    expect(hasEmoji('Ship it 🚀')).toBe(true)
    expect(hasEmoji('Ready ✔️')).toBe(true)
    expect(hasEmoji('© 2024 — “quotes” ✔ and 漢字')).toBe(false)
  })
})
