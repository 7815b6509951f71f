// Sections drawn by an animated scene (analogies, the split diagram). Returns undefined when no scene fits,
// and the planner falls back to its text slides.
import type { Section, Slide, SlideSection } from './types.ts'

export function planScene(_section: Section, _ref: SlideSection): Slide[] | undefined {
  return undefined
}
