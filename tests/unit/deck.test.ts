// Every lesson in lessons/ through the whole generator, read back with Slidev's own parser.
import { readdir, readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { main } from '../../scripts/generate.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { escapeTitle } from '../../scripts/lesson/escape.ts'
import { plain, sentencesOf, paragraphsOf } from '../../scripts/lesson/text.ts'
import type { Lesson, Rich } from '../../scripts/lesson/types.ts'
import { capture } from '../support/cli.ts'
import { readDeck } from '../support/deck-reader.ts'

const lessons = (await readdir('lessons')).filter(name => name.endsWith('.md')).map(name => `lessons/${name}`)

/** Every sentence a reader of the script would hear or see. */
function lessonSentences(lesson: Lesson): string[] {
  const paragraphs: Rich[] = [
    [{ text: lesson.title }],
    ...Object.entries(lesson.meta).map(([k, v]): Rich => [{ text: `${k}: ${v}` }]),
    ...paragraphsOf(lesson.preamble),
    ...lesson.sections.flatMap(section => [[{ text: section.title }], ...paragraphsOf(section.blocks)]),
  ]
  return paragraphs.flatMap(p => (p.every(span => span.code) ? [plain(p)] : sentencesOf(p).map(plain)))
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim()

describe.each(lessons)('%s', async (file) => {
  const { deck, text } = generateDeck(await readFile(file, 'utf8'), file)
  const read = await readDeck(text)

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
    read.forEach((slide, i) => {
      const planned = deck.slides[i]!
      const expected = planned.notes.map(chunk => squash(chunk.map(plain).join(' ')))
      while (expected.length > 1 && expected.at(-1) === '')
        expected.pop()
      expect(slide.noteChunks.map(squash)).toEqual(expected)
      expect(slide.noteChunks.length).toBeLessThanOrEqual(planned.clicks + 1)
    })
  })

  it('loses no sentence of the script: each is on a slide or in its notes', () => {
    const everything = squash(read.flatMap(slide => [...slide.shownText, ...slide.noteChunks]).join(' '))
    const missing = lessonSentences(deck.lesson).map(squash).filter(sentence => !everything.includes(sentence))
    expect(missing).toEqual([])
  })
})

describe('slides.md', () => {
  it('is up to date with its lesson (generate --check)', async () => {
    const captured = capture(process.cwd())
    expect(await main(['--check', '--quiet'], captured.io), captured.err.join('\n')).toBe(0)
  })
})
