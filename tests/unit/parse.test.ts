import type { Lesson } from '../../scripts/lesson/types.ts'
import { readFile } from 'node:fs/promises'
import { beforeEach, describe, expect, it } from 'vitest'
import { CliError } from '../../scripts/errors.ts'
import { parseDuration, parseLesson } from '../../scripts/lesson/parse.ts'
import { plainText } from '../../scripts/lesson/text.ts'

const FIRST_LESSON = 'lessons/platform-vs-product.md'

describe('parseLesson on the first lesson', () => {
  // Parsed in each test, so that each test is one that runs the parser.
  let lesson: Lesson
  beforeEach(async () => {
    lesson = parseLesson(await readFile(FIRST_LESSON, 'utf8'), FIRST_LESSON)
  })

  it('reads the title and the line under it', () => {
    expect(lesson.title).toBe('Platform vs Product Team Mindset')
    expect(lesson.level).toBe('Staff')
    expect(lesson.videoLength).toEqual({ min: 240, max: 300 })
    expect(lesson.slug).toBe('platform-vs-product')
  })

  it('recognises every section of the format by its heading, in order', () => {
    expect(lesson.sections.map(s => s.kind)).toEqual([
      'hook',
      'story',
      'analogy',
      'software',
      'diagram',
      'examples',
      'think',
      'disaster',
      'fact',
      'recap',
      'one-liner',
      'next',
    ])
  })

  it('takes budgets and remarks out of headings', () => {
    const [hook] = lesson.sections
    expect(hook).toMatchObject({ title: 'The Hook', budget: { min: 20, max: 30 }, at: { line: 7, column: 1 } })
    expect(lesson.sections.find(s => s.kind === 'examples')).toMatchObject({ title: 'Real-World Examples', remarks: ['2-3'] })
    expect(lesson.sections.find(s => s.kind === 'disaster')).toMatchObject({ remarks: ['Mini Disaster Story'] })
    expect(lesson.sections.find(s => s.kind === 'recap')?.budget).toBeUndefined()
  })

  it('keeps blocks with their kind, emphasis and source line', () => {
    const software = lesson.sections.find(s => s.kind === 'software')!
    const first = software.blocks[0]!
    expect(first.kind).toBe('paragraph')
    expect(first.kind === 'paragraph' && first.text[0]).toEqual({ text: 'Product team.', strong: true })
    const diagram = lesson.sections.find(s => s.kind === 'diagram')!
    expect(diagram.blocks[0]).toMatchObject({ kind: 'code', at: { line: 37 } })
    const recap = lesson.sections.find(s => s.kind === 'recap')!
    expect(recap.blocks[0]?.kind === 'list' && recap.blocks[0].items.map(plainText)).toHaveLength(5)
  })
})

describe('parseDuration', () => {
  it.each([
    ['20-30 seconds', { min: 20, max: 30 }],
    ['1 minute', { min: 60, max: 60 }],
    ['45s', { min: 45, max: 45 }],
    ['~4-5 minutes', { min: 240, max: 300 }],
    ['1.5 min', { min: 90, max: 90 }],
    ['30–20 secs', { min: 20, max: 30 }],
  ])('reads %s', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected)
  })

  it.each(['2-3', '5 bullets', 'Mini Disaster Story', '', 'minutes'])('is not fooled by %j', (text) => {
    expect(parseDuration(text)).toBeUndefined()
  })
})

describe('parseLesson on other shapes', () => {
  it('keeps an unknown section as a generic one, and text before the first section', () => {
    const lesson = parseLesson('# T\n\nBefore.\n\n## Something New (1 minute)\n\nBody.\n', 'x.md')
    expect(lesson.preamble).toHaveLength(1)
    expect(lesson.sections).toMatchObject([{ kind: 'other', title: 'Something New', budget: { min: 60, max: 60 } }])
  })

  it('names the deck after the file, in lower case with dashes, or `lesson` when the name has no letter or digit', () => {
    const slug = (file: string) => parseLesson('# T\n\n## The Hook\n\nx\n', file).slug
    expect(slug('C:\\decks\\My Lesson (v2).md')).toBe('my-lesson-v2')
    expect(slug('lessons/!!!.md')).toBe('lesson')
  })

  it('leaves out an image with no alt text and a link definition, and keeps a list quoted as the quote\'s paragraphs', () => {
    const lesson = parseLesson('# T\n\n## The Hook\n\n![](cup.png) A cup.\n\n[tea]: https://example.org\n\n> - one\n> - two\n', 'x.md')
    expect(lesson.sections[0]!.blocks.map(({ at: _, ...block }) => block)).toEqual([
      { kind: 'paragraph', text: [{ text: ' A cup.' }] },
      { kind: 'quote', paragraphs: [[{ text: 'one' }], [{ text: 'two' }]] },
    ])
  })

  it('keeps raw HTML as text', () => {
    const lesson = parseLesson('# T\n\n## The Hook\n\n<script>alert(1)</script>\n\nA <b>b</b> c.\n', 'x.md')
    const texts = lesson.sections[0]!.blocks.map(b => (b.kind === 'paragraph' ? plainText(b.text) : ''))
    expect(texts).toEqual(['<script>alert(1)</script>', 'A <b>b</b> c.'])
  })

  it.each([
    ['', 'EMPTY', 1, /is empty; expected a `# Title`/],
    ['  \n\n', 'EMPTY', 1, /is empty/],
    ['Some text\n\n## The Hook\n', 'NO_TITLE', 1, /expected the lesson to start with a `# Title` heading, found a paragraph/],
    ['\n\n## The Hook\n\nText\n', 'NO_TITLE', 3, /found a level-2 heading/],
    ['---\n', 'NO_TITLE', 1, /found nothing/],
    ['# Title\n\nOnly a paragraph.\n', 'NO_SECTIONS', 4, /no sections; expected `## Section` headings/],
    ['# Title\n\n## The Hook\n\nx\n\n# Another Title\n', 'BAD_SECTION', 7, /second `#` title/],
  ])('rejects %j with %s at line %i', (markdown, code, line, message) => {
    const error = (() => {
      try {
        parseLesson(markdown, 'bad.md')
      }
      catch (e) {
        return e
      }
    })()
    expect(error).toBeInstanceOf(CliError)
    expect(error).toMatchObject({ code, at: { file: 'bad.md', line } })
    expect((error as Error).message).toMatch(new RegExp(`^bad\\.md:${line}:\\d+: `))
    expect((error as Error).message).toMatch(message)
  })
})

// Gaps that mutation testing showed: inline nodes no lesson in lessons/ has, rules between sections,
// and durations written with decimals.
describe('parseLesson on what the lessons in lessons/ do not use', () => {
  let lesson: Lesson
  beforeEach(() => {
    lesson = parseLesson([
      '---',
      '',
      '# Caching',
      '',
      '## Video Length: ~1.5 minutes | Level: Senior',
      '',
      '---',
      '',
      '## The Hook (0.5 minutes)',
      '',
      'A cache is ![a box of copies](box.png) close by, with ~~stale~~ [links](https://example.org) and a line  ',
      'break.',
      '',
      '---',
      '',
      '## Quick Recap',
      '',
      '- Keep it close.',
    ].join('\n'), 'caching.md')
  })

  it('keeps an image\'s alt text, struck-through words and link text as text, and a hard break as a space', () => {
    const [paragraph] = lesson.sections[0]!.blocks
    expect(paragraph?.kind === 'paragraph' && plainText(paragraph.text)).toBe('A cache is a box of copies close by, with stale links and a line break.')
  })

  it('passes over a rule before the title and between sections instead of reading it as a section or a block', () => {
    expect(lesson.sections.map(section => section.kind)).toEqual(['hook', 'recap'])
    expect(lesson.sections[0]!.blocks).toHaveLength(1)
  })

  it('reads decimal durations in the length line and in headings', () => {
    expect(lesson.videoLength).toEqual({ min: 90, max: 90 })
    expect(lesson.sections[0]!.budget).toEqual({ min: 30, max: 30 })
  })
})
