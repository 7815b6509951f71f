// Lesson → Deck: which slides each section becomes. Pure. Each section kind lists the slides it can
// become, best first; the first that fits the section's text is taken (the last always fits).
// The builders are in scenes.ts (drawn scenes) and slides.ts (text slides).
import { analogySlide, splitDiagramSlide, timelineSlide } from './scenes.ts'
import { asciiDiagramSlide, cardsSlide, coverSlide, keyPoints, labelledColumns, oneLinerSlide, recapSlide, thinkSlide } from './slides.ts'
import { paragraphsOf, plain, wordCount } from './text.ts'
import { DEFAULT_WORDS_PER_MINUTE, planTiming } from './timing.ts'
import type { Deck, Lesson, Section, SectionKind, Slide, SlideSection } from './types.ts'

export interface PlanOptions {
  wordsPerMinute?: number
}

/** Turns a section into its slides, or undefined when the section doesn't have the shape it needs. */
export type SlideBuilder = (section: Section, ref: SlideSection) => Slide[] | undefined

/** What each section kind becomes, best first; every list ends with a builder that always fits. */
export const SLIDES_BY_KIND: Record<SectionKind, SlideBuilder[]> = {
  'hook': [analogySlide, keyPoints],
  'story': [analogySlide, keyPoints],
  'analogy': [analogySlide, keyPoints],
  'software': [labelledColumns, keyPoints],
  'diagram': [splitDiagramSlide, asciiDiagramSlide, keyPoints],
  'examples': [cardsSlide, keyPoints],
  'think': [thinkSlide, keyPoints],
  'disaster': [timelineSlide, keyPoints],
  'fact': [keyPoints],
  'recap': [recapSlide, keyPoints],
  'one-liner': [oneLinerSlide],
  'next': [keyPoints],
  'other': [keyPoints],
}

export function planDeck(lesson: Lesson, options: PlanOptions = {}): Deck {
  const words = lesson.sections.map(section => wordCount(paragraphsOf(section.blocks).map(plain).join(' ')))
  const { timing, warnings } = planTiming(lesson, words, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE)
  const slides = [coverSlide(lesson), ...lesson.sections.flatMap((section, index) => planSection(section, { index, kind: section.kind, title: section.title }))]
  return { lesson, slides, timing, warnings }
}

export function planSection(section: Section, ref: SlideSection): Slide[] {
  for (const build of SLIDES_BY_KIND[section.kind]) {
    const slides = build(section, ref)
    if (slides)
      return slides
  }
  return keyPoints(section, ref)
}
