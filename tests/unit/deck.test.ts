// Every lesson in lessons/ through the whole generator, read back with Slidev's own parser.
import type { Deck } from '../../scripts/lesson/types.ts'
import type { ReadSlide } from '../support/deck-reader.ts'
import { readdir, readFile } from 'node:fs/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../scripts/generate.ts'
import { escapeTitle } from '../../scripts/lesson/escape.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { capture } from '../support/cli.ts'
import { readDeckOnce } from '../support/deck-reader.ts'
import { missingSentences, plannedNoteChunks, squash } from '../support/preservation.ts'

const lessons = (await readdir('lessons')).filter(name => name.endsWith('.md')).map(name => `lessons/${name}`)

describe.each(lessons)('%s', (file) => {
  // Generated in each test, so that each test is one that runs the generator.
  let deck: Deck
  let read: ReadSlide[]
  beforeEach(async () => {
    const generated = generateDeck(await readFile(file, 'utf8'), file)
    deck = generated.deck
    read = await readDeckOnce(generated.text)
  })

  it('parses with Slidev into the planned slides, titles and clicks', () => {
    expect(read).toHaveLength(deck.slides.length)
    read.forEach((slide, i) => {
      const planned = deck.slides[i]!
      expect(slide.title).toBe(i === 0 ? escapeTitle(deck.lesson.title) : escapeTitle(planned.title))
      expect(slide.frontmatter.clicks).toBe(planned.clicks)
      expect(slide.frontmatter.layout).toBe(planned.layout)
      expect(slide.component).toEqual({ name: planned.component.name, props: planned.component.props })
    })
  })

  it('puts each chunk of notes at its click, as Slidev reads the markers', () => {
    const expected = plannedNoteChunks(deck)
    read.forEach((slide, i) => {
      expect(slide.noteChunks.map(squash)).toEqual(expected[i])
      expect(slide.noteChunks.length).toBeLessThanOrEqual(deck.slides[i]!.clicks + 1)
    })
  })

  it('loses no sentence of the script: each is on a slide or in the notes of its own section', async () => {
    expect(missingSentences(await readFile(file, 'utf8'), read)).toEqual([])
  })
})

describe('slides.md', () => {
  it('is up to date with its lesson (generate --check)', async () => {
    const captured = capture(process.cwd())
    expect(await main(['--check', '--quiet'], captured.io), captured.err.join('\n')).toBe(0)
  })
})
