// Generated lessons, hundreds a run: the generator either makes a deck that Slidev reads back whole,
// or stops with its own error and a line number. Never another exception, never a lost sentence.
// A failing case is shrunk by fast-check and saved under tests/fuzz-cases/, which every run replays.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CliError } from '../../scripts/errors.ts'
import { escapeTitle } from '../../scripts/lesson/escape.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { hashOf } from '../../scripts/lesson/render.ts'
import { readDeck } from '../support/deck-reader.ts'
import { missingSentences, plannedNoteChunks, squash } from '../support/preservation.ts'

const CASES = 'tests/fuzz-cases'
const RUNS = Number(process.env.FUZZ_RUNS ?? 500)

const HEADINGS = [
  'The Hook',
  'The Story',
  'Another Way to See It',
  'Connecting to Software',
  'Let\'s Walk Through the Diagram',
  'Real-World Examples',
  'Let\'s Think Together',
  'What Could Go Wrong?',
  'Surprising Truth / Fun Fact',
  'Quick Recap',
  'One-Liner to Remember',
  'Next Video',
]
const BUDGETS = ['', ' (20-30 seconds)', ' (1 minute)', ' (45s)', ' (2-3)', ' (Mini Disaster Story)', ' (0 seconds)']
/** Pieces that have broken Markdown-to-Vue pipelines before: syntax of every layer the text passes through. */
const NASTY = [
  '{{ x }}',
  '{{ $slidev.nav.next() }}',
  '<script>window.x = 1</script>',
  '<img src=x onerror=alert(1)>',
  '</div>',
  '---',
  '***',
  '<!--',
  '-->',
  '<!-- c -->',
  '[click]',
  '[click:2]',
  '**bold**',
  '*em*',
  '_u_',
  '`code`',
  '``',
  '# ',
  '- ',
  '1. ',
  '> ',
  '|',
  '| a | b |',
  '$x$',
  '$$',
  '\\',
  '&amp;',
  '&#91;',
  '::slot::',
  '<<< @/x',
  '😀',
  '👩‍💻',
  '日本語の文章です。',
  'שלום עולם.',
  'مرحبا بالعالم.',
  'x'.repeat(400),
  'Product team: builds.',
  '"quoted?"',
  '\u00A0',
  '\t',
  'e.g.',
  'v2.5',
  '...',
]
const WORDS = ['platform', 'product', 'team', 'builds', 'ships', 'the', 'factory', 'kitchen', 'stage', 'users', 'both', 'matter']

const fragment = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...NASTY) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
)
const sentence = fc.array(fragment, { minLength: 1, maxLength: 14 }).map(words => `${words.join(' ')}.`)
const paragraph = fc.array(sentence, { minLength: 1, maxLength: 5 }).map(sentences => sentences.join(' '))
const block = fc.oneof(
  { weight: 6, arbitrary: paragraph },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...WORDS), paragraph).map(([label, rest]) => `**${label}.** ${rest}`) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 5 }).map(items => items.map(item => `- ${item}`).join('\n')) },
  { weight: 1, arbitrary: fc.array(sentence, { minLength: 1, maxLength: 6 }).map(lines => `\`\`\`\n${lines.join('\n')}\n\`\`\``) },
  // Shapes a parser can half-read: quotes of several paragraphs, nested lists, hard line breaks.
  { weight: 1, arbitrary: fc.array(paragraph, { minLength: 1, maxLength: 3 }).map(paragraphs => paragraphs.map(p => `> ${p}`).join('\n>\n')) },
  { weight: 1, arbitrary: fc.tuple(sentence, fc.array(sentence, { minLength: 1, maxLength: 3 })).map(([top, nested]) => [`- ${top}`, ...nested.map(item => `  - ${item}`)].join('\n')) },
  { weight: 1, arbitrary: fc.tuple(sentence, sentence, fc.constantFrom('\\\n', '  \n')).map(([a, b, hardBreak]) => `${a.replace(/\.$/, '')}${hardBreak}${b}`) },
)
const section = fc.tuple(
  fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...HEADINGS) }, { weight: 1, arbitrary: sentence.map(s => s.slice(0, 40)) }),
  fc.constantFrom(...BUDGETS),
  fc.array(block, { minLength: 0, maxLength: 4 }),
).map(([heading, budget, blocks]) => [`## ${heading}${budget}`, ...blocks].join('\n\n'))
const lesson = fc.tuple(
  fc.oneof({ weight: 6, arbitrary: sentence.map(s => `# ${s}`) }, { weight: 1, arbitrary: fc.constant('') }),
  fc.constantFrom('', '## Video Length: ~4-5 minutes | Level: Staff', '## Video Length: ~1 minute', 'Level: Staff'),
  fc.array(section, { minLength: 0, maxLength: 8 }),
  fc.constantFrom('\n\n', '\n\n---\n\n', '\r\n\r\n'),
).map(([title, meta, sections, separator]) => [title, meta, ...sections].filter(Boolean).join(separator))

/** The property every lesson must keep; throws (an expect failure) when it doesn't. */
async function checkLesson(markdown: string): Promise<void> {
  let generated
  try {
    generated = generateDeck(markdown, 'fuzz.md')
  }
  catch (error) {
    expect(error).toBeInstanceOf(CliError)
    expect((error as CliError).at!.line).toBeGreaterThan(0)
    expect((error as Error).message).toMatch(/^fuzz\.md:\d+:\d+: /)
    return
  }
  const { deck, text } = generated
  const read = await readDeck(text)
  expect(read).toHaveLength(deck.slides.length)
  const planned = plannedNoteChunks(deck)
  read.forEach((slide, i) => {
    expect(slide.noteChunks.map(squash)).toEqual(planned[i])
    expect(slide.frontmatter.clicks).toBe(deck.slides[i]!.clicks)
    expect(slide.title).toBe(escapeTitle(i === 0 ? deck.lesson.title : deck.slides[i]!.title))
    expect(slide.component?.props).toEqual(deck.slides[i]!.component.props)
  })
  expect(missingSentences(markdown, read)).toEqual([])
}

describe('the generator on generated lessons', () => {
  it('replays every saved failing case', async () => {
    const saved = await readdir(CASES).catch(() => [])
    for (const name of saved.filter(file => file.endsWith('.md')))
      await checkLesson(await readFile(join(CASES, name), 'utf8'))
  })

  it(`keeps its promise on ${RUNS} random lessons`, async () => {
    const result = await fc.check(fc.asyncProperty(lesson, checkLesson), { numRuns: RUNS })
    if (result.failed && result.counterexample) {
      const [markdown] = result.counterexample
      await mkdir(CASES, { recursive: true })
      const file = join(CASES, `case-${hashOf(markdown).slice(0, 12)}.md`)
      await writeFile(file, markdown)
      expect.fail(`a generated lesson broke the generator (shrunk case saved to ${file}; seed ${result.seed}):\n${String(result.errorInstance)}`)
    }
    expect(result.numRuns).toBe(RUNS)
  }, 120_000)
})
