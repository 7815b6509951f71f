import { describe, expect, it } from 'vitest'
import { parseLesson } from '../../../scripts/lesson/parse.ts'
import { pictureFigures, pictureShares, picturesReport, sectionPictures } from '../../../scripts/lesson/pictures.ts'
import { planDeck } from '../../../scripts/lesson/plan.ts'

const planOf = (...lines: string[]) => planDeck(parseLesson(`# Tea Rooms\n\n${lines.join('\n')}\n`, 'tea.md'))
const fence = (...lines: string[]) => ['```', ...lines, '```']
const boxes = (left: string, right: string) => fence('┌─────────┐      ┌─────────┐', `│ ${left.padEnd(7)} │ ───► │ ${right.padEnd(7)} │`, '└─────────┘      └─────────┘')

/** Planned in each test, so that each test is one that runs the planner. */
function teaRoom() {
  return planOf(
    '## Another Way to See It',
    '',
    'A tea room has a kettle, a teapot, cups and a tray. The kettle boils, the teapot brews, the cups wait on the tray.',
    '',
    '## The Story',
    '',
    'Nobody came that day. It was quiet. It stayed quiet.',
    '',
    '## Architecture Diagram',
    '',
    'We never drew it.',
    '',
    '## Connecting to Software',
    '',
    'The order goes from the counter to the kitchen.',
    '',
    ...boxes('Counter', 'Kitchen'),
    '',
    '## Quick Recap',
    '',
    '- Boil once.',
  )
}

describe('what a deck draws and what it leaves as text', () => {
  it('lists the analogies and the sections with a drawing, each with what draws it or why it is text', () => {
    expect(sectionPictures(teaRoom())).toEqual([
      { title: 'Another Way to See It', drawn: ['IconScene'] },
      { title: 'The Story', drawn: [], reason: 'its narration names fewer than two things to draw, and no two sides' },
      { title: 'Architecture Diagram', drawn: [], reason: 'no drawing in it' },
      { title: 'Connecting to Software', drawn: ['DrawnDiagram'] },
    ])
  })

  it('says why a drawing is left as text: the reader\'s reason, or that only the first of two is drawn', () => {
    const deck = planOf(
      '## Architecture Diagram',
      '',
      'Two drawings.',
      '',
      ...boxes('A', 'B'),
      '',
      'And another.',
      '',
      ...boxes('C', 'D'),
      '',
      '## The Hook',
      '',
      'Some words.',
      '',
      '```text',
      'step one --> step two',
      '```',
    )
    expect(sectionPictures(deck)).toEqual([
      { title: 'Architecture Diagram', drawn: ['DrawnDiagram'], reason: 'its drawing stays text: only its first drawing is drawn' },
      { title: 'The Hook', drawn: [], reason: 'its drawing stays text: tea.md:25: no boxes, fewer than two arrows, no drawn lines and no columns in it' },
    ])
    expect(pictureFigures(deck)).toMatchObject({ analogies: 1, drawnAnalogies: 0, drawings: 3, drawnDiagrams: 1 })
  })

  it('says where a drawing too large to draw is, and why it is set as lines of text', () => {
    const wide = Array.from({ length: 4 }, (_, i) => `${`Row ${i} on the left`.padEnd(90)}Row ${i} on the right`)
    const deck = planOf('## Architecture Diagram', '', 'Words first.', '', '```', ...wide, '```')
    expect(deck.slides.map(slide => slide.component.name)).toContain('DrawingText')
    expect(picturesReport(deck)).toContain('  Architecture Diagram: its drawing stays text: tea.md:7: 108 columns by 4 rows: its text would be under 14 px')
  })

  it('leaves out sections that are neither analogies nor drawings, and code in a language', () => {
    expect(sectionPictures(planOf('## Quick Recap', '', '- One.', '', '```sql', 'SELECT 1 -> 2 --> 3', '```'))).toEqual([])
  })

  it('counts the analogies drawn, the drawings drawn and the slides of text', () => {
    expect(pictureFigures(teaRoom())).toEqual({ analogies: 2, drawnAnalogies: 1, drawings: 1, drawnDiagrams: 1, slides: 7, textSlides: 4 })
  })

  it('adds up many decks as shares, and counts nothing to draw as all drawn', () => {
    const recap = planOf('## Quick Recap', '', '- One.')
    expect(pictureShares([teaRoom(), recap])).toEqual({ drawnAnalogies: 50, drawnDiagrams: 100, textSlidesShare: 100 * 5 / 9 })
    expect(pictureShares([recap])).toEqual({ drawnAnalogies: 100, drawnDiagrams: 100, textSlidesShare: 50 })
  })

  it('prints what is drawn on one line, then each section left as text with why', () => {
    expect(picturesReport(teaRoom())).toEqual([
      'Drawn: Another Way to See It (IconScene); Connecting to Software (DrawnDiagram)',
      'Left as text:',
      '  The Story: its narration names fewer than two things to draw, and no two sides',
      '  Architecture Diagram: no drawing in it',
    ])
    expect(picturesReport(planOf('## Quick Recap', '', '- One.'))).toEqual(['Drawn: nothing'])
  })
})
