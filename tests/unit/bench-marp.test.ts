// The bench's Marp deck must be the same lesson as ours: one Marp slide per deck slide, with its
// title, section, shown words and notes, and nothing that Marp would read as markup.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { marpMarkdown, shownWords } from '../../scripts/bench/marp.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'

const LESSON = 'lessons/platform-vs-product.md'

describe('marpMarkdown', () => {
  it('has one Marp slide per deck slide, each with its title, section and notes', async () => {
    const deck = generateDeck(await readFile(join(import.meta.dirname, '../..', LESSON), 'utf8'), LESSON).deck
    const markdown = marpMarkdown(deck)
    const slides = markdown.split('\n\n---\n\n')
    expect(slides).toHaveLength(deck.slides.length)
    deck.slides.forEach((slide, i) => {
      expect(slides[i]).toContain(`# ${slide.title.replace(/&/g, '&amp;')}`)
      expect(slides[i]).toContain(`<!-- header: ${slide.section.title} -->`)
      const firstWords = slide.notes.flat()[0]?.map(span => span.text).join('')
      if (firstWords)
        expect(slides[i]).toContain(firstWords.replace(/--/g, '- -'))
    })
  })

  it('takes the words a scene shows from its props, once each, in order', () => {
    expect(shownWords({ left: { title: 'A', items: ['x', 'y'] }, right: { title: 'B', items: ['x'] }, clicks: 3 })).toEqual(['A', 'x', 'y', 'B'])
  })

  it('keeps lesson text as text: no live HTML, no early end of a notes comment', () => {
    const deck = generateDeck('# T <b>x</b>\n\n## The Hook\n\nA --> B, then <script>.\n', 'l.md').deck
    const markdown = marpMarkdown(deck)
    // Outside the front matter (YAML, where it is a string) and the notes (inside comments), nothing is a tag.
    const shown = markdown.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<!--[\s\S]*?-->/g, '')
    expect(shown).toContain('&lt;b&gt;x&lt;/b&gt;')
    expect(shown).not.toMatch(/<b>|<script>/)
    expect(markdown.match(/-->/g)).toHaveLength(markdown.match(/<!--/g)!.length)
  })
})
