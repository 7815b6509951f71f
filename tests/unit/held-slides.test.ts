// After an edit of the lesson, which slides of the deck's last build still show the deck as it is:
// compared slide by slide by Slidev's own parser, on decks written for the test.
import { describe, expect, it } from 'vitest'
import { showsHeldSlide } from '../../scripts/dev-server/handover-protocol.ts'
import { heldSlides } from '../../scripts/dev-server/held-slides.ts'

function deck(hookNote: string, recap = '- Keep queues short') {
  return `---
# guard: ${hookNote.length}-${recap.length}
title: Queues at the bakery
---

# Queues at the bakery

---

# The Hook

The line reaches the door.

<!--
${hookNote}
-->

---

# Quick Recap

${recap}
`
}

describe('heldSlides', () => {
  it('finds the first slide whose text, frontmatter or notes differ, whatever the headmatter\'s comments say', () => {
    const built = deck('Everyone waits for the one oven.')
    expect(heldSlides(built, built, 'slides.md')).toBeUndefined()
    expect(heldSlides(built, deck('Everyone waits for the only oven in town.'), 'slides.md')).toEqual({ from: 2, slides: 3 })
    expect(heldSlides(built, deck('Everyone waits for the one oven.', '- Keep queues shorter'), 'slides.md')).toEqual({ from: 3, slides: 3 })
  })

  it('counts a change of the headmatter, or of the number of slides, from slide 1', () => {
    const built = deck('Everyone waits.')
    expect(heldSlides(built, built.replace('title: Queues at the bakery', 'title: Lines at the bakery'), 'slides.md')).toEqual({ from: 1, slides: 3 })
    expect(heldSlides(built, `${built}\n---\n\n# Next Video\n`, 'slides.md')).toEqual({ from: 1, slides: 4 })
  })
})

describe('showsHeldSlide', () => {
  it('holds a slide from the first changed one on, the presenter view one slide earlier, and every other view', () => {
    expect(['/', '/1', '/2', '/2/', '/presenter/1'].map(path => showsHeldSlide(path, 3))).toEqual([false, false, false, false, false])
    expect(['/3', '/7', '/presenter/2', '/presenter/5', '/overview', '/print', '/presenter/print'].map(path => showsHeldSlide(path, 3)))
      .toEqual([true, true, true, true, true, true, true])
    expect(showsHeldSlide('/presenter', 2)).toBe(true)
  })
})
