// Which slides of a deck's last build still show the deck as it is now, after an edit of the lesson:
// a start shows those from the build at once and holds the others back until the dev server has them
// (front-door.ts). Pure: two deck texts in, compared slide by slide as Slidev's parser splits them.
import type { SourceSlideInfo } from '@slidev/types'
import { parseSync } from '@slidev/parser'

/** The slides the build shows otherwise than the deck now is: from the first that changed to the last of the deck's `slides`. */
export interface Held { from: number, slides: number }

/**
 * The slides the build shows otherwise than `deckText` says, from the first whose content, frontmatter or
 * notes differ (slide 1 holds the deck's headmatter); undefined when the texts show the same slides.
 * A deck with another number of slides is changed from slide 1: every slide shows the count.
 */
export function heldSlides(builtText: string, deckText: string, file: string): Held | undefined {
  const built = parseSync(builtText, file).slides
  const now = parseSync(deckText, file).slides
  const at = built.length === now.length ? now.findIndex((slide, i) => shownOf(slide) !== shownOf(built[i]!)) : 0
  return at === -1 ? undefined : { from: at + 1, slides: now.length }
}

/**
 * What a slide shows: its frontmatter as parsed, its content and its notes. The frontmatter's comments
 * are left out: the generator's guard line (`# body-sha256: …`) changes with every edit and shows nowhere.
 */
function shownOf(slide: SourceSlideInfo): string {
  return JSON.stringify([slide.frontmatter, slide.content, slide.note ?? ''])
}
