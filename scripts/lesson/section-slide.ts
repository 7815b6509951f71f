// The slide most builders make: one per section, titled by the section, drawn by one component.
import type { Section, Slide, SlideSection } from './types.ts'

/** What differs between sections' slides: the component, clicks and notes, and the layout if not `default`. */
type SlideParts = Omit<Slide, 'section' | 'title' | 'layout'> & { layout?: Slide['layout'] }

/** The section's one slide. */
export function sectionSlide(section: Section, ref: SlideSection, slide: SlideParts): Slide[] {
  return [{ section: ref, title: section.title, layout: 'default', ...slide }]
}
