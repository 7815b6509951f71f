// What a deck draws as pictures and what it leaves as text, and why: the report `generate` prints and
// the figures the bench measures over the series. Pure.
import type { Block, ComponentName, Deck, Section, SectionKind } from './types.ts'
import { directiveComment } from './directive.ts'
import { isDrawingFence, judgeDrawing } from './drawing/slide.ts'

/** Slides that set the narration as a list of text: the series should need them least. */
export const TEXT_TEMPLATES: ReadonlySet<ComponentName> = new Set<ComponentName>(['KeyPoints', 'TwoColumns', 'DrawingText'])
/** The sections that tell an analogy, in every heading set of the series. */
export const ANALOGY_KINDS: ReadonlySet<SectionKind> = new Set<SectionKind>(['hook', 'story', 'analogy'])
/** Slides of text, however laid out: an analogy set as any of them is not drawn. */
const NOT_PICTURES: ReadonlySet<ComponentName> = new Set<ComponentName>([...TEXT_TEMPLATES, 'Cards', 'ThinkPause', 'OneLiner', 'LessonCover'])
/** Components that draw a lesson's own drawing. */
const DIAGRAMS: ReadonlySet<ComponentName> = new Set<ComponentName>(['DrawnDiagram', 'SplitDiagram'])

export interface SectionPicture {
  title: string
  /** The components that draw the section's pictures; empty when it is text only. */
  drawn: ComponentName[]
  /** Why the section is text, when it could have been a picture. */
  reason?: string
}

export interface PictureFigures {
  analogies: number
  drawnAnalogies: number
  drawings: number
  drawnDiagrams: number
  slides: number
  textSlides: number
}

/** The sections that are, or could have been, pictures: the analogies, and any section with a drawing. */
export function sectionPictures(deck: Deck): SectionPicture[] {
  return deck.lesson.sections.flatMap((section, index): SectionPicture[] => {
    const drawings = drawingsIn(section.blocks)
    if (!ANALOGY_KINDS.has(section.kind) && drawings.length === 0 && section.kind !== 'diagram')
      return []
    const components = deck.slides.filter(slide => slide.section.index === index).map(slide => slide.component.name)
    const drawn = components.filter(name => !NOT_PICTURES.has(name))
    const unread = unreadDrawings(section, components, deck.lesson.file)
    return [{ title: section.title, drawn, ...(drawn.length > 0 && unread === undefined ? {} : { reason: whyText(section, unread) }) }]
  })
}

function whyText(section: Section, unread: string | undefined): string {
  if (section.asText)
    return 'the lesson says `slide: text`'
  if (section.pictures?.none)
    return 'the lesson says `pictures: none`'
  if (unread)
    return `its drawing stays text: ${unread}`
  if (section.kind === 'diagram' && drawingsIn(section.blocks).length === 0)
    return 'no drawing in it'
  return 'its narration names fewer than two things to draw, and no two sides'
}

/** Why the section's drawings that no slide draws could not be drawn, each with its place in the lesson; undefined when all are drawn. */
function unreadDrawings(section: Section, components: ComponentName[], file: string): string | undefined {
  const drawings = drawingsIn(section.blocks)
  if (components.filter(name => DIAGRAMS.has(name)).length >= drawings.length)
    return undefined
  const reasons = drawings.flatMap((code) => {
    const verdict = judgeDrawing(code, section.kind === 'diagram')
    return 'reason' in verdict ? [`${file}:${code.at.line}: ${verdict.reason}`] : []
  })
  return reasons.join('; ') || 'only its first drawing is drawn'
}

function drawingsIn(blocks: Block[]): Extract<Block, { kind: 'code' }>[] {
  return blocks.filter((block): block is Extract<Block, { kind: 'code' }> => block.kind === 'code' && isDrawingFence(block.lang))
}

export function pictureFigures(deck: Deck): PictureFigures {
  const analogies = deck.lesson.sections.map((section, index) => ({ section, index })).filter(({ section }) => ANALOGY_KINDS.has(section.kind))
  return {
    analogies: analogies.length,
    drawnAnalogies: analogies.filter(({ index }) => deck.slides.some(slide => slide.section.index === index && !NOT_PICTURES.has(slide.component.name))).length,
    drawings: deck.lesson.sections.reduce((sum, section) => sum + drawingsIn(section.blocks).length, 0),
    drawnDiagrams: deck.slides.filter(slide => DIAGRAMS.has(slide.component.name)).length,
    slides: deck.slides.length,
    textSlides: deck.slides.filter(slide => TEXT_TEMPLATES.has(slide.component.name)).length,
  }
}

/** The figures of many decks added up, as shares: `drawn_analogies`, `diagrams_drawn`, `text_slides_share`. */
export function pictureShares(decks: Deck[]): { drawnAnalogies: number, drawnDiagrams: number, textSlidesShare: number } {
  const sum = decks.map(pictureFigures).reduce((a, b) => ({
    analogies: a.analogies + b.analogies,
    drawnAnalogies: a.drawnAnalogies + b.drawnAnalogies,
    drawings: a.drawings + b.drawings,
    drawnDiagrams: a.drawnDiagrams + b.drawnDiagrams,
    slides: a.slides + b.slides,
    textSlides: a.textSlides + b.textSlides,
  }))
  const share = (part: number, whole: number) => (whole === 0 ? 100 : 100 * part / whole)
  return {
    drawnAnalogies: share(sum.drawnAnalogies, sum.analogies),
    drawnDiagrams: share(sum.drawnDiagrams, sum.drawings),
    textSlidesShare: share(sum.textSlides, sum.slides),
  }
}

/** The lines `generate` prints: what the lesson draws, each section it leaves as text, with why, and what the author said to draw. */
export function picturesReport(deck: Deck): string[] {
  const sections = sectionPictures(deck)
  const drawn = sections.filter(section => section.drawn.length > 0).map(section => `${section.title} (${[...new Set(section.drawn)].join(', ')})`)
  const text = sections.filter(section => section.reason).map(section => `  ${section.title}: ${section.reason}`)
  const said = deck.lesson.sections.flatMap(section => [
    ...(section.pictures ? [`  ${section.title}: ${directiveComment(section.pictures)}`] : []),
    ...(section.asText ? [`  ${section.title}: <!-- slide: text -->`] : []),
  ])
  return [
    `Drawn: ${drawn.length > 0 ? drawn.join('; ') : 'nothing'}`,
    ...(text.length > 0 ? ['Left as text:', ...text] : []),
    ...(said.length > 0 ? ['As the lesson says:', ...said] : []),
  ]
}
