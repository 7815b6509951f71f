// Each folder of tests/fixtures holds lesson.md beside what the parser and the renderer should make of it.
// UPDATE=1 npx vitest run tests/unit/fixtures.test.ts rewrites the expected files after a deliberate change.
import type { Deck } from '../../scripts/lesson/types.ts'
import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { readDeckOnce } from '../support/deck-reader.ts'
import { missingSentences } from '../support/preservation.ts'

const FIXTURES = 'tests/fixtures'
const update = process.env.UPDATE === '1'
const names = (await readdir(FIXTURES, { withFileTypes: true })).filter(entry => entry.isDirectory()).map(entry => entry.name)

async function matchFile(path: string, actual: string): Promise<void> {
  if (update)
    await writeFile(path, actual)
  expect(actual).toBe(await readFile(path, 'utf8'))
}

describe.each(names)('fixture %s', (name) => {
  const dir = join(FIXTURES, name)
  // Generated in each test, so that each test is one that runs the generator.
  let markdown: string
  let deck: Deck
  let text: string
  beforeEach(async () => {
    markdown = await readFile(join(dir, 'lesson.md'), 'utf8')
    ;({ deck, text } = generateDeck(markdown, 'lesson.md'))
  })

  it('parses into the expected lesson', async () => {
    await matchFile(join(dir, 'expected.lesson.json'), `${JSON.stringify(deck.lesson, null, 2)}\n`)
  })

  it('renders the expected slides.md', async () => {
    await matchFile(join(dir, 'expected.slides.md'), text)
  })

  it('warns as expected (pacing problems a reader of the lesson should hear about)', async () => {
    await matchFile(join(dir, 'expected.warnings.txt'), deck.warnings.map(w => `lesson.md:${w.at.line}:${w.at.column}: ${w.message}\n`).join(''))
  })

  it('stays one Slidev slide per planned slide', async () => {
    expect(await readDeckOnce(text)).toHaveLength(deck.slides.length)
  })

  it('loses no sentence of the lesson: each is in its own section\'s slides or notes', async () => {
    expect(missingSentences(markdown, await readDeckOnce(text))).toEqual([])
  })
})
