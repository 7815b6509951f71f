// The ASCII box-diagram reader: the lesson's diagram, the same diagram drawn other ways, and what it must refuse.
import type { BoxDiagram } from '../../scripts/lesson/types.ts'
import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseBoxDiagram, wordsOfDiagram, wordsOfText } from '../../scripts/lesson/extract/diagram.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'

function diagramOf(file: string): string {
  const lesson = parseLesson(readFileSync(file, 'utf8'), file)
  const code = lesson.sections.find(section => section.kind === 'diagram')!.blocks.find(block => block.kind === 'code')
  if (code?.kind !== 'code')
    throw new Error(`${file} has no diagram`)
  return code.value
}

const LESSON_DIAGRAM: BoxDiagram = {
  title: 'PLATFORM vs PRODUCT',
  headings: ['PRODUCT TEAM', 'PLATFORM TEAM'],
  bands: [
    {
      kind: 'list',
      label: 'Builds',
      cells: [
        { lead: 'User features', items: ['Login, signup', 'Dashboard, reports', 'Checkout, payments', 'Recommendations'] },
        { lead: 'Infrastructure', items: ['CI/CD, deployments', 'Databases, caches', 'Monitoring, logging', 'Auth, API gateway'] },
      ],
    },
    { kind: 'row', label: 'Customer', cells: ['End user', 'Product engineers'] },
    { kind: 'row', label: 'Metric', cells: ['Engagement, revenue', 'Deploy freq, uptime'] },
    { kind: 'row', label: 'Pressure', cells: ['Ship fast', 'Don\'t break'] },
  ],
  callout: {
    heading: 'TENSION',
    lines: [
      { label: 'Product', text: '"We need feature X in 2 weeks"' },
      { label: 'Platform', text: '"We need to fix Y or we\'ll slow down"' },
      { label: '', text: 'Both right. Balance required.' },
    ],
  },
}

/** The lesson's diagram content, as rows of cells, to draw at any width. */
const LESSON_ROWS: string[][] = [
  [],
  ['PRODUCT TEAM', 'PLATFORM TEAM'],
  [],
  ['Builds: User features', 'Builds: Infrastructure'],
  ['• Login, signup', '• CI/CD, deployments'],
  ['• Dashboard, reports', '• Databases, caches'],
  ['• Checkout, payments', '• Monitoring, logging'],
  ['• Recommendations', '• Auth, API gateway'],
  [],
  ['Customer: End user', 'Customer: Product engineers'],
  ['Metric: Engagement, revenue', 'Metric: Deploy freq, uptime'],
  ['Pressure: Ship fast', 'Pressure: Don\'t break'],
  [],
  ['TENSION:'],
  ['Product: "We need feature X in 2 weeks"'],
  ['Platform: "We need to fix Y or we\'ll slow down"'],
  ['Both right. Balance required.'],
  [],
]

interface Drawing {
  /** Spaces between the left border and the text. */
  indent: number
  /** Width of every column but the last. */
  column: number
  /** Box characters: Unicode light lines, or plain ASCII. */
  style: 'unicode' | 'ascii'
  /** Whether the right border lines up (the lesson's does not quite). */
  rightBorder: boolean
}

function draw(title: string, rows: string[][], { indent, column, style, rightBorder }: Drawing): string {
  const lines = rows.map(cells => ' '.repeat(indent) + cells.map((cell, i) => (i < cells.length - 1 ? cell.padEnd(column) : cell)).join(''))
  const width = Math.max(...lines.map(line => line.length)) + 2
  const [h, v, tl, tr, bl, br] = style === 'unicode' ? ['─', '│', '┌', '┐', '└', '┘'] : ['-', '|', '+', '+', '+', '+']
  return [
    ...(title ? [title] : []),
    tl + h.repeat(width) + tr,
    ...lines.map(line => v + (rightBorder ? `${line.padEnd(width)}${v}` : line)),
    bl + h.repeat(width) + br,
  ].join('\n')
}

describe('parseBoxDiagram', () => {
  it('reads the lesson\'s diagram into its columns, lists, rows and tension box', () => {
    expect(parseBoxDiagram(diagramOf('lessons/platform-vs-product.md'))).toEqual(LESSON_DIAGRAM)
  })

  it('reads the second lesson\'s narrower diagram, with a row whose labels differ', () => {
    const diagram = parseBoxDiagram(diagramOf('lessons/deprecation-and-migration.md'))
    expect(diagram?.headings).toEqual(['OLD API (v1)', 'NEW API (v2)'])
    expect(diagram?.bands.map(band => band.label)).toEqual(['Serves', 'Status', 'Traffic', ''])
    expect(diagram?.bands[3]).toEqual({ kind: 'row', label: '', cells: ['Removal: At zero traffic', 'Support: Long term'] })
    expect(diagram?.callout?.heading).toBe('RULE')
  })

  it.each<[string, Drawing]>([
    ['narrow, ASCII borders', { indent: 1, column: 42, style: 'ascii', rightBorder: true }],
    ['wide, Unicode borders', { indent: 6, column: 60, style: 'unicode', rightBorder: true }],
    ['no right border', { indent: 2, column: 48, style: 'unicode', rightBorder: false }],
  ])('reads the same diagram drawn %s', (_, drawing) => {
    expect(parseBoxDiagram(draw('PLATFORM vs PRODUCT', LESSON_ROWS, drawing))).toEqual(LESSON_DIAGRAM)
  })

  it('reads it at any indent and column width (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 0, max: 8 }),
      fc.integer({ min: 50, max: 90 }),
      fc.constantFrom<'unicode' | 'ascii'>('unicode', 'ascii'),
      fc.boolean(),
      (indent, column, style, rightBorder) => {
        expect(parseBoxDiagram(draw('PLATFORM vs PRODUCT', LESSON_ROWS, { indent, column, style, rightBorder }))).toEqual(LESSON_DIAGRAM)
      },
    ))
  })

  it('reads a one-column diagram', () => {
    const text = draw('', [
      ['LEGACY API'],
      [],
      ['Serves: Old clients'],
      ['• v1 endpoints'],
      ['• XML payloads'],
      [],
      ['Owner: Platform team'],
    ], { indent: 2, column: 30, style: 'unicode', rightBorder: true })
    expect(parseBoxDiagram(text)).toEqual({
      title: '',
      headings: ['LEGACY API'],
      bands: [
        { kind: 'list', label: 'Serves', cells: [{ lead: 'Old clients', items: ['v1 endpoints', 'XML payloads'] }] },
        { kind: 'row', label: 'Owner', cells: ['Platform team'] },
      ],
    })
  })

  it('reads three columns, a title inside the box, bullets without a lead and a wrapped item', () => {
    const text = draw('', [
      ['THREE WAYS'],
      ['BUILD', 'BUY', 'BORROW'],
      ['- Full control', '- Fast start', '- Shared cost'],
      ['- Slow', '- Lock-in', '- Shared roadmap'],
      ['  to start'],
      [],
      ['Cost: High', 'Cost: Medium', 'Cost: Low'],
    ], { indent: 2, column: 22, style: 'unicode', rightBorder: true })
    expect(parseBoxDiagram(text)).toEqual({
      title: 'THREE WAYS',
      headings: ['BUILD', 'BUY', 'BORROW'],
      bands: [
        { kind: 'list', label: '', cells: [{ lead: '', items: ['Full control', 'Slow to start'] }, { lead: '', items: ['Fast start', 'Lock-in'] }, { lead: '', items: ['Shared cost', 'Shared roadmap'] }] },
        { kind: 'row', label: 'Cost', cells: ['High', 'Medium', 'Low'] },
      ],
    })
  })

  it.each([
    ['an empty block', ''],
    ['a sentence', 'Product builds what users see.'],
    ['a box without a bottom', '┌────┐\n│ A  │\n│ B  │'],
    ['a box with nothing inside', '┌────┐\n│    │\n└────┘'],
    ['text after the box', '┌──────────┐\n│ PRODUCT  │\n│ • Login  │\n└──────────┘\nsee above'],
    ['a flow of boxes and arrows', '┌───────┐     ┌───────┐\n│  v1   │ ──▶ │  v2   │\n└───────┘     └───────┘'],
    ['a box nested in a box', '┌──────────────┐\n│ OUTER        │\n│ ┌──────────┐ │\n│ │ INNER    │ │\n│ └──────────┘ │\n└──────────────┘'],
    ['a line with a lone border inside', '┌──────────────────┐\n│ LEFT      RIGHT  │\n│ • a   |   • b    │\n└──────────────────┘'],
    ['a first row that is not a heading', '┌──────────────────────┐\n│ just some words here │\n│ • and a bullet       │\n└──────────────────────┘'],
    ['four columns', draw('', [['A1', 'B2', 'C3', 'D4'], ['• a', '• b', '• c', '• d']], { indent: 1, column: 8, style: 'unicode', rightBorder: true })],
    ['a line mixing a bullet and a field', draw('', [['LEFT', 'RIGHT'], ['• item', 'Owner: me']], { indent: 1, column: 14, style: 'unicode', rightBorder: true })],
  ])('gives up on %s, so the slide shows the text as drawn', (_, text) => {
    expect(parseBoxDiagram(text)).toBeUndefined()
  })

  it('never throws, and whatever it reads keeps exactly the words of the drawing (property)', () => {
    const boxChars = fc.constantFrom('┌', '┐', '└', '┘', '│', '─', '+', '-', '|', '•', ':', ' ', ' ', ' ', '\n', 'A', 'B', 'x', 'y', '"')
    const noise = fc.array(boxChars, { maxLength: 200 }).map(chars => chars.join(''))
    fc.assert(fc.property(fc.oneof(noise, fc.string({ maxLength: 200 })), (text) => {
      const diagram = parseBoxDiagram(text)
      if (diagram)
        expect([...wordsOfDiagram(diagram)].sort()).toEqual([...wordsOfText(text)].sort())
    }), { numRuns: Number(process.env.FUZZ_RUNS ?? 2000) })
  })
})
