// Which pages a deck prints to, and where each section starts. Pure.
import type { DeckInfo, DeckSlide } from './deck.ts'

export interface PrintPage {
  slide: DeckSlide
  /** The click count the page shows. */
  clicks: number
  /** True for the page that shows the slide complete (its last click). */
  final: boolean
}

/** One page per slide in its final state; with clicks, one per click step (clicks + 1 per slide). */
export function printPages(slides: DeckSlide[], withClicks: boolean): PrintPage[] {
  return slides.flatMap((slide) => {
    const steps = withClicks ? Array.from({ length: slide.clicks + 1 }, (_, k) => k) : [slide.clicks]
    return steps.map(clicks => ({
      slide,
      clicks,
      final: clicks === slide.clicks,
    }))
  })
}

export interface OutlineEntry {
  title: string
  /** 0-based index of the page the entry opens. */
  pageIndex: number
}

/**
 * One outline entry per section, at the section's first page; a deck that names no sections
 * gets one per titled slide instead.
 */
export function outlineOf(deck: DeckInfo, pages: PrintPage[]): OutlineEntry[] {
  const bySection = deck.slides.some(slide => slide.section !== undefined)
  const entries: OutlineEntry[] = []
  let previousKey: unknown
  pages.forEach((page, pageIndex) => {
    const title = bySection ? page.slide.section : page.slide.title
    // A new entry where the section (or, without sections, the slide) changes.
    const key = bySection ? title : page.slide.no
    if (title && key !== previousKey)
      entries.push({ title, pageIndex })
    previousKey = key
  })
  return entries
}
