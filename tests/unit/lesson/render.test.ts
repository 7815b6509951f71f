import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../../scripts/lesson/index.ts'
import { provenanceOf, renderNotes } from '../../../scripts/lesson/render.ts'

const LESSON = '# Tea Rooms\n\n## The Hook (20 seconds)\n\nThe kettle is on. Nobody has counted the cups.\n'

describe('whether a slides.md is the generator\'s own', () => {
  it('is generated while it is byte for byte what the generator wrote', () => {
    expect(provenanceOf(generateDeck(LESSON, 'tea.md').text)).toBe('generated')
  })

  it('is edited once anyone changes a word of it, and foreign with no hash line at all', () => {
    const { text } = generateDeck(LESSON, 'tea.md')
    expect(provenanceOf(text.replace('kettle', 'teapot'))).toBe('edited')
    expect(provenanceOf('---\ntitle: Tea\n---\n\n# Tea\n')).toBe('foreign')
  })
})

describe('notes with bold or italic words', () => {
  it('keep the spaces around a marked run outside its marks, so Markdown still reads it as marked', () => {
    expect(renderNotes([[[{ text: 'Tea' }, { text: ' hot ', strong: true }, { text: 'now' }]]])).toBe('<!--\nTea **hot** now\n-->')
    expect(renderNotes([[[{ text: 'Tea' }, { text: ' slowly', emphasis: true }]]])).toBe('<!--\nTea *slowly*\n-->')
  })
})
