// `npm run build:share`: a deck for publishing carries no speaker notes and no pacing panel. The
// regular build (which has both) is the control: every sentence checked is shown to be findable there.
import { readdir, readFile, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { parse } from '@slidev/parser'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { main as buildDeckCommand } from '../../scripts/build-deck.ts'
import { capture } from '../support/cli.ts'
import { ROOT } from './support.ts'

const SHARE_DIR = join(ROOT, '.cache/e2e/share')
/** Sentences plain enough to appear verbatim inside a JavaScript bundle (no quotes or escapes). */
const RE_PLAIN_SENTENCE = /^[A-Z][A-Z0-9 ,]{20,}\.$/i
const RE_SENTENCE_END = /(?<=\.)\s+/

let shareText: string
let fullText: string
let noteSentences: string[]

/** Every file of a built deck as one text. */
async function textOf(dir: string): Promise<string> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true })
  const files = entries.filter(e => e.isFile() && /\.(?:js|html|css|json|md)$/.test(e.name))
  return (await Promise.all(files.map(e => readFile(join(e.parentPath, e.name), 'utf8')))).join('\n')
}

beforeAll(async () => {
  const scripts = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8')).scripts as Record<string, string>
  // The same build `npm run build:share` runs, into a folder of the tests' own.
  expect(scripts['build:share']).toMatch(/node scripts\/build-deck\.ts slides\.md --without-notes --out dist-share$/)
  await rm(SHARE_DIR, { recursive: true, force: true })
  expect(await buildDeckCommand(['slides.md', '--without-notes', '--out', SHARE_DIR], capture(ROOT).io)).toBe(0)
  shareText = await textOf(SHARE_DIR)
  fullText = await textOf(inject('deckDir'))

  const deck = await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
  noteSentences = deck.slides.flatMap(slide => (slide.note ?? '')
    .replace(/\[click(?::\d+)?\]/g, ' ')
    .split(RE_SENTENCE_END)
    .map(sentence => sentence.trim())
    // Words the slide itself shows are meant to be shared; only what is said alone counts as notes.
    .filter(sentence => RE_PLAIN_SENTENCE.test(sentence) && !slide.content.includes(sentence)))
})

afterAll(async () => {
  await rm(SHARE_DIR, { recursive: true, force: true })
})

describe('the deck built for sharing', () => {
  it('contains no sentence of the speaker notes', () => {
    const findable = noteSentences.filter(sentence => fullText.includes(sentence))
    // The control: most plain note sentences are found in the regular build, so looking for them means something.
    expect(findable.length).toBeGreaterThan(20)
    expect(findable.length).toBeGreaterThan(noteSentences.length * 0.8)
    expect(findable.filter(sentence => shareText.includes(sentence))).toEqual([])
  })

  it('leaves the pacing panel out', () => {
    expect(fullText).toContain('data-pacing')
    expect(shareText).not.toContain('data-pacing')
    expect(shareText).not.toContain('__rehearsals')
  })

  it('still has every slide', async () => {
    const deck = await parse(await readFile(join(ROOT, 'slides.md'), 'utf8'), 'slides.md')
    const titles = deck.slides.map(slide => String(slide.frontmatter.title)).filter(title => /^[A-Z][A-Z0-9 ,]+$/i.test(title))
    expect(titles.length).toBeGreaterThan(3)
    for (const title of titles)
      expect(shareText, title).toContain(title)
  })
})
