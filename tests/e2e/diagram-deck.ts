// One deck of every drawing's slide: those of the project's lessons, of the series' lessons beside the
// project (../shared/series/, when present) and of the test drawings, each set alone in a lesson of its
// own. One build then shows every drawing, which keeps the end-to-end test and the contact sheets quick.
import type { Deck, Slide } from '../../scripts/lesson/types.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { renderDeck } from '../../scripts/lesson/render.ts'
import { ROOT } from './support.ts'

export const SERIES_DIR = join(ROOT, '..', 'shared', 'series')
const DRAWINGS_DIR = join(ROOT, 'tests/fixtures/drawings')
const DRAWING_SLIDES = new Set(['DrawnDiagram', 'SplitDiagram', 'DrawingText'])

export interface DiagramSlide {
  /** Where it comes from: the lesson's file and the slide's number in its own deck. */
  source: string
  slide: Slide
  /** The drawing as the lesson writes it: every word of it must be on the slide. */
  drawing: string
}

/** A lesson of our own words around one test drawing, so it is planned as any lesson's diagram is. */
function lessonAround(drawing: string): string {
  return `# Drawing\n\n## Let's Walk Through the Diagram\n\n\`\`\`\n${drawing}\n\`\`\`\n\nLook at the drawing from the top. Then follow it to the end.\n`
}

async function lessonsIn(dir: string, prefix: string): Promise<{ file: string, text: string }[]> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter(name => name.endsWith('.md') && name !== 'README.md').sort()
  return Promise.all(names.map(async name => ({ file: `${prefix}/${name}`, text: await readFile(join(dir, name), 'utf8') })))
}

/** The drawing slides of each lesson, in order; `series: false` leaves the series' lessons out. */
export async function diagramSlides(options: { series: boolean }): Promise<{ slides: DiagramSlide[], first: Deck }> {
  const drawings = (await readdir(DRAWINGS_DIR)).filter(name => name.endsWith('.txt') && name !== 'words.txt' && name !== 'expected.warnings.txt').sort()
  const lessons = [
    ...await lessonsIn(join(ROOT, 'lessons'), 'lessons'),
    ...(options.series ? await lessonsIn(SERIES_DIR, '../shared/series') : []),
    ...await Promise.all(drawings.map(async name => ({ file: `tests/fixtures/drawings/${name}`, text: lessonAround((await readFile(join(DRAWINGS_DIR, name), 'utf8')).trimEnd()) }))),
  ]
  const slides: DiagramSlide[] = []
  let first: Deck | undefined
  for (const { file, text } of lessons) {
    const { deck } = generateDeck(text, file)
    first ??= deck
    deck.slides.forEach((slide, index) => {
      if (!DRAWING_SLIDES.has(slide.component.name))
        return
      const section = deck.lesson.sections[slide.section.index]!
      const code = section.blocks.find(block => block.kind === 'code')
      slides.push({ source: `${file} slide ${index + 1}`, slide, drawing: code?.kind === 'code' ? code.value : '' })
    })
  }
  return { slides, first: first! }
}

/** The text of a deck of those slides after a cover; slide n + 2 of the deck is slides[n]. */
export function diagramDeckText(first: Deck, slides: DiagramSlide[]): string {
  const cover = first.slides[0]!
  // Out of their lessons, the slides carry no section budget: the deck is looked at, not rehearsed.
  const loose = slides.map(({ slide }) => ({ ...slide, section: { ...slide.section, index: -1 } }))
  return renderDeck({ ...first, slides: [cover, ...loose] }, { source: './lessons' })
}
