// The handout page: every slide with its notes per click, and lesson text that stays text.
import { describe, expect, it } from 'vitest'
import { chunkLabel, handoutHtml, pictureLink, richHtml, speakingSeconds } from '../../scripts/export/handout-html.ts'
import { escapeHtml } from '../../scripts/html.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'

const LESSON = `# Hostile <b>lesson</b>

Video Length: ~1 minute

## The Hook (20 seconds)

Say {{ secret }} and <script>alert(1)</script> aloud. Then an <img src=x onerror=alert(2)> tag.

Second thought: "quotes" & 'apostrophes' stay.

## Quick Recap

- One.
- Two.
`

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to', () => {
    expect(escapeHtml('<a href="x">\'&\'</a>')).toBe('&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;')
  })
})

describe('richHtml', () => {
  it('keeps the lesson\'s emphasis as markup around escaped text', () => {
    expect(richHtml([{ text: 'Use ' }, { text: '<b>', code: true }, { text: ' & ', strong: true }, { text: 'x', emphasis: true }]))
      .toBe('<p>Use <code>&lt;b&gt;</code><strong> &amp; </strong><em>x</em></p>')
  })

  it('keeps multi-line code preformatted', () => {
    expect(richHtml([{ text: 'a\n  <b>', code: true }])).toBe('<pre>a\n  &lt;b&gt;</pre>')
  })
})

describe('chunkLabel and speakingSeconds', () => {
  it('labels chunks by click only on slides that have clicks', () => {
    expect(chunkLabel(0, 0)).toBe('')
    expect(chunkLabel(0, 2)).toBe('Before the first click')
    expect(chunkLabel(2, 2)).toBe('Click 2 of 2')
  })

  it('times notes at the speaking rate', () => {
    expect(speakingSeconds([[[{ text: 'one two three four five' }]], [[{ text: 'six seven eight nine ten' }]]], 60)).toBe(10)
  })
})

describe('handoutHtml', () => {
  const { deck } = generateDeck(LESSON, 'lessons/hostile.md')
  const html = handoutHtml({ deck, slideSize: { width: 980, height: 552 }, paper: 'letter', stylesheets: ['/fonts/a.css'] })

  it('has every slide, a frame of the slide\'s shape linked to its picture, and its notes per click', () => {
    expect(html.match(/<article class="slide/g)).toHaveLength(deck.slides.length)
    expect(html).not.toContain('<img')
    deck.slides.forEach((slide, i) => expect(html).toContain(`<figure style="aspect-ratio: 980 / 552"><a class="picture" href="${pictureLink(i)}" aria-label="Slide ${i + 1}: ${escapeHtml(slide.title)}"></a></figure>`))
    expect(new Set(deck.slides.map((_, i) => pictureLink(i))).size).toBe(deck.slides.length)
    expect(html).toContain('<h4>Click 1 of 2</h4>')
    expect(html).toContain('@page { size: letter; }')
  })

  it('shows lesson markup as text: no live tag, no mustache left to evaluate', () => {
    const body = html.slice(html.indexOf('<body>'))
    expect(body).not.toMatch(/<script|<img src=x|<b>lesson/)
    expect(body).toContain('&lt;script&gt;alert(1)&lt;/script&gt;')
    expect(body).toContain('Hostile &lt;b&gt;lesson&lt;/b&gt;')
    expect(body).toContain('{{ secret }}')
  })

  it('says so when a slide has no notes', () => {
    const silent = { ...deck, slides: deck.slides.map((slide, i) => (i === 1 ? { ...slide, notes: slide.notes.map(() => []) } : slide)) }
    expect(handoutHtml({ deck: silent, slideSize: { width: 980, height: 552 }, paper: 'a4', stylesheets: [] })).toContain('No notes for this slide.')
  })
})
