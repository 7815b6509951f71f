// Reading a deck file for export: titles as readers see them, clicks, sections and budgets.
import { describe, expect, it } from 'vitest'
import { plainText, readDeckInfo } from '../../scripts/export/deck.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'

describe('plainText', () => {
  it('undoes the generator\'s escapes: backslashes, entities, the v-pre wrapper', () => {
    expect(plainText('Costs \\*more\\* than &#91;x\\] &amp; &lt;y&gt;')).toBe('Costs *more* than [x] & <y>')
    expect(plainText('<span v-pre>{{ price }}</span>')).toBe('{{ price }}')
    expect(plainText('&#x1F680; launch &quot;now&quot;')).toBe('🚀 launch "now"')
  })
})

describe('readDeckInfo', () => {
  const deck = `---
title: "My \\\\*talk\\\\*"
info: "Level: Staff"
lessonSlug: "my-talk"
wordsPerMinute: 130
fonts: {"sans":"Nunito Sans","mono":"Fira Code","provider":"none"}
clicks: 0
section: "Intro"
---

# Cover

---
title: "First"
clicks: 3
section: "Part one"
budgetSeconds: 40
---

<Thing />

---

# A slide with only a heading
`

  it('reads slug, title, rate, size, fonts and every slide', () => {
    const info = readDeckInfo(deck, 'talk.md')
    expect(info).toMatchObject({ entry: 'talk.md', slug: 'my-talk', title: 'My *talk*', info: 'Level: Staff', wordsPerMinute: 130, width: 980, height: 551 })
    expect(info.fonts).toEqual(['Nunito Sans', 'Fira Code'])
    expect(info.slides).toEqual([
      { no: 1, title: 'My *talk*', clicks: 0, section: 'Intro', budgetSeconds: undefined },
      { no: 2, title: 'First', clicks: 3, section: 'Part one', budgetSeconds: 40 },
      { no: 3, title: 'A slide with only a heading', clicks: 0, section: undefined, budgetSeconds: undefined },
    ])
  })

  it('falls back to the file name for the slug and 150 words a minute', () => {
    const info = readDeckInfo('# Hello\n', '.deck-intro.md')
    expect(info.slug).toBe('deck-intro')
    expect(info.wordsPerMinute).toBe(150)
    expect(info.slides).toHaveLength(1)
  })

  it('agrees with the generator on a generated deck: one entry per planned slide, same titles and clicks', () => {
    const lesson = '# Caching 101\n\nVideo Length: ~2 minutes\n\n## The Hook (20 seconds)\n\nA cache is a *promise*. It keeps `{{ data }}` close.\n\n## Quick Recap\n\n- Keep it close.\n- Expire it.\n'
    const { deck: planned, text } = generateDeck(lesson, 'lessons/caching.md')
    const info = readDeckInfo(text, 'slides.md')
    expect(info.slug).toBe('caching')
    expect(info.slides.map(s => [s.title, s.clicks])).toEqual(planned.slides.map(s => [s.title, s.clicks]))
  })
})
