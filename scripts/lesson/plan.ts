// Lesson → Deck: which slides each section becomes. Pure. Each section kind lists the slides it can
// become, best first: its drawn scenes (scenes.ts), then its text slides (slides.ts); the first that
// fits the section's text, and fits the canvas at every click (fit/slides.ts), is taken; the last always fits.
import type { Deck, Lesson, Section, SectionKind, Slide, SlideBuilder, SlideSection } from './types.ts'
import { drawingIn, drawingSlide, drawingTextSlide } from './drawing/slide.ts'
import { fitSlides } from './fit/slides.ts'
import { checkPictureDirectives } from './overrides.ts'
import { SCENES_BY_KIND } from './scenes.ts'
import { cardsSlide, coverSlide, keyPoints, labelledColumns, labelledItemsSlide, oneLinerSlide, recapSlide, thinkSlide } from './slides.ts'
import { paragraphsOf, plain, wordCount } from './text.ts'
import { DEFAULT_WORDS_PER_MINUTE, planTiming } from './timing.ts'

export interface PlanOptions {
  wordsPerMinute?: number
  /** By section index: a section's own speaking rate (a rehearsed one), where it differs from wordsPerMinute. */
  sectionWordsPerMinute?: (number | undefined)[]
  /** The next lesson's deck, when it is built beside this one: the Next Video slide links to it. */
  nextDeck?: { url: string, title: string }
}

/** The text slides each section kind becomes when no drawn scene (scenes.ts) fits it, best first; each list ends with one that always fits. */
export const TEXT_SLIDES_BY_KIND: Record<SectionKind, SlideBuilder[]> = {
  'hook': [labelledItemsSlide, keyPoints],
  'story': [labelledItemsSlide, keyPoints],
  'analogy': [labelledItemsSlide, keyPoints],
  'software': [labelledColumns, labelledItemsSlide, keyPoints],
  'diagram': [drawingTextSlide, labelledItemsSlide, keyPoints],
  'examples': [cardsSlide, labelledItemsSlide, keyPoints],
  'think': [thinkSlide, keyPoints],
  'disaster': [labelledItemsSlide, keyPoints],
  'fact': [labelledItemsSlide, keyPoints],
  'recap': [recapSlide, keyPoints],
  'one-liner': [oneLinerSlide],
  'next': [keyPoints],
  'other': [labelledItemsSlide, keyPoints],
}

/** Every slide builder a section kind tries, in order: its drawn scenes first, then its text slides. */
export function buildersFor(kind: SectionKind): SlideBuilder[] {
  return [...SCENES_BY_KIND[kind] ?? [], ...TEXT_SLIDES_BY_KIND[kind]]
}

/**
 * The builders a section tries, as its author allows: `<!-- slide: text -->` sets it as points of text,
 * `<!-- pictures: none -->` leaves out its drawn scenes (its kind's text slides remain).
 */
function buildersOf(section: Section): SlideBuilder[] {
  if (section.asText)
    return [keyPoints]
  return section.pictures?.none ? TEXT_SLIDES_BY_KIND[section.kind] : buildersFor(section.kind)
}

export function planDeck(lesson: Lesson, options: PlanOptions = {}): Deck {
  checkPictureDirectives(lesson)
  // A drawing (a code block: the ASCII diagram the notes keep) is shown, never said.
  const words = lesson.sections.map(section => wordCount(paragraphsOf(section.blocks.filter(block => block.kind !== 'code')).map(plain).join(' ')))
  const { timing, warnings } = planTiming(lesson, words, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE, options.sectionWordsPerMinute)
  const slides = [coverSlide(lesson), ...lesson.sections.flatMap((section, index) => planSection(section, { index, kind: section.kind, title: section.title }))]
  const { nextDeck } = options
  if (nextDeck) {
    for (const slide of slides) {
      if (slide.section.kind === 'next' && slide.component.name === 'KeyPoints')
        slide.component.props.next = { url: nextDeck.url, title: nextDeck.title }
    }
  }
  return { lesson, slides, timing, warnings }
}

export function planSection(section: Section, ref: SlideSection): Slide[] {
  // A drawing outside the Diagram section is drawn where it stands: the narration before it on the
  // section's own slides, the drawing with the narration after it.
  const drawing = section.kind === 'diagram' || section.pictures?.none || section.asText ? undefined : drawingIn(section.blocks)
  if (drawing) {
    const before = section.blocks.slice(0, drawing.index)
    const after = { ...section, blocks: section.blocks.slice(drawing.index) }
    // The drawing is read once: `after` opens on it.
    return [
      ...(paragraphsOf(before).length > 0 ? planBlocks({ ...section, blocks: before }, ref) : []),
      ...fitted(drawingSlide(after, ref, { index: 0, drawing: drawing.drawing })),
    ]
  }
  return planBlocks(section, ref)
}

/** The first builder whose slides fit the canvas at every click (fit/slides.ts), or the key points, cut to fit. */
function planBlocks(section: Section, ref: SlideSection): Slide[] {
  for (const build of buildersOf(section)) {
    const slides = build(section, ref)
    const fitted = slides && fitSlides(slides)
    if (fitted)
      return fitted
  }
  return fitted(keyPoints(section, ref))
}

/** Slides of a builder that has no other to fall back on: key points and drawings always come out, cut to fit. */
function fitted(slides: Slide[]): Slide[] {
  return fitSlides(slides) ?? slides
}
