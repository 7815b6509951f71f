// The planner's one course option: the Next Video slide carries the next lesson's deck, and only it.
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { readDeck } from '../support/deck-reader.ts'

const LESSON = join(import.meta.dirname, '../../lessons/deprecation-and-migration.md')
const NEXT = { url: '/internal-developer-platforms/1', title: 'Internal Developer Platforms' }

describe('nextDeck', () => {
  it('puts the link on the Next Video slide only, and the written deck carries it', async () => {
    const markdown = await readFile(LESSON, 'utf8')
    const { deck, text } = generateDeck(markdown, 'lessons/deprecation-and-migration.md', undefined, { nextDeck: NEXT })
    const linked = deck.slides.filter(slide => 'next' in slide.component.props)
    expect(linked.map(slide => slide.section.kind)).toEqual(['next'])
    expect(linked[0]!.component).toMatchObject({ name: 'KeyPoints', props: { next: NEXT } })
    const read = await readDeck(text)
    const last = read.at(-1)!
    expect(last.component?.props.next).toEqual(NEXT)
  })

  it('leaves every slide without a link when no next deck is given', async () => {
    const { deck } = generateDeck(await readFile(LESSON, 'utf8'), 'lessons/deprecation-and-migration.md')
    expect(deck.slides.filter(slide => 'next' in slide.component.props)).toEqual([])
  })
})
