// How much of what a section says reaches its slides: the names and figures left in the notes only,
// and points that open with a word leaning on a sentence the slide doesn't show. Pure, over a planned Deck.
import type { Deck, Slide } from './types.ts'
import { namesOfAll, shows } from './names.ts'
import { paragraphsOf, plain, sentencesOfParagraphs } from './text.ts'

/** `But`, `That`, `This`, `It`, `And`, `So`, `Then`: a sentence opening so leans on the one before it. */
export const RE_LEANING = /^(?:but|that|this|these|those|it|and|so|then|or|yet)\b(?!\s*:)/i

export interface SectionCoverage {
  /** The section's index in the lesson, and its title. */
  index: number
  title: string
  /** Names and figures of the narration, each once. */
  names: string[]
  /** Those of them no slide of the section shows. */
  notesOnly: string[]
  /** Points that open with a leaning word without the sentence they lean on shown just before. */
  dangling: string[]
}

export function coverageOf(deck: Deck): SectionCoverage[] {
  return deck.lesson.sections.map((section, index) => {
    const slides = deck.slides.filter(slide => slide.section.index === index)
    const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks)).filter(sentence => !sentence.code).map(sentence => plain(sentence.text))
    const names = namesOfAll(sentences)
    const shown = slides.flatMap(slide => stringsIn(slide.component.props)).join('\n')
    return {
      index,
      title: section.title,
      names,
      notesOnly: names.filter(name => !shows(shown, name)),
      dangling: slides.flatMap(slide => pointListsOf(slide)).flatMap(points => danglingIn(points, sentences)),
    }
  })
}

/** Totals over sections: the share of names and figures on a slide, and the dangling points. */
export function coverageFigures(sections: SectionCoverage[]): { names: number, onSlide: number, dangling: number } {
  const names = sections.reduce((sum, section) => sum + section.names.length, 0)
  const notesOnly = sections.reduce((sum, section) => sum + section.notesOnly.length, 0)
  return { names, onSlide: names - notesOnly, dangling: sections.reduce((sum, section) => sum + section.dangling.length, 0) }
}

/** The lists of sentences a slide shows one after another. */
function pointListsOf(slide: Slide): string[][] {
  const { component } = slide
  switch (component.name) {
    case 'KeyPoints':
      return [component.props.points]
    case 'TwoColumns':
      return [component.props.left.points, component.props.right.points]
    case 'ThinkPause':
      return [component.props.answer]
    case 'Cards':
      return component.props.cards.map(card => [card.text])
    case 'Timeline':
      return component.props.phases.map(phase => phase.points)
    default:
      return []
  }
}

/** A leaning point is fine when the point before it holds the sentence it leans on. */
function danglingIn(points: string[], sentences: string[]): string[] {
  return points.filter((point, i) => {
    if (!RE_LEANING.test(point))
      return false
    const at = sentences.findIndex(sentence => sentence.includes(point) || point.includes(sentence))
    // Stryker disable next-line ConditionalExpression,EqualityOperator: sentences[-1] and sentences[-2] are undefined as well.
    const before = at > 0 ? sentences[at - 1]! : undefined
    return !(before && i > 0 && points[i - 1]!.includes(before))
  })
}

/** Every string in a component's props, however deep: the words the slide can show. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  // Stryker disable next-line ConditionalExpression: an array's values are its items, so the object case reads it the same.
  if (Array.isArray(value))
    return value.flatMap(stringsIn)
  // Stryker disable next-line ConditionalExpression: a number or a boolean has no values, so reading it as an object gives none.
  if (value && typeof value === 'object')
    return Object.values(value).flatMap(stringsIn)
  return []
}

/** The figures `npm run generate` and the bench print: over every lesson given, as percent and count. */
export interface LessonFigures {
  /** Share (%) of the narration's names and figures that some slide of their section shows. */
  onSlideNames: number
  /** Points opening on a word that leans on a sentence the slide doesn't show. */
  danglingPoints: number
  names: number
}

export function lessonFigures(decks: Deck[]): LessonFigures {
  const { names, onSlide, dangling } = coverageFigures(decks.flatMap(coverageOf))
  return { onSlideNames: names === 0 ? 100 : 100 * onSlide / names, danglingPoints: dangling, names }
}

/** Per section, the names and figures left in the notes, for the author to bold what matters. */
export function notesOnlyReport(deck: Deck): string[] {
  const sections = coverageOf(deck).filter(section => section.notesOnly.length > 0 || section.dangling.length > 0)
  if (sections.length === 0)
    return ['Every name and figure of the narration is on a slide.']
  return [
    'Only in the notes, by section (on a text slide, bold a phrase in the lesson to put it on the slide):',
    ...sections.map(section => `  ${section.title}: ${[...section.notesOnly, ...section.dangling.map(point => `(leaning point: "${point}")`)].join(', ')}`),
  ]
}
