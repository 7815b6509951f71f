// What the PowerPoint file holds, step by step: one slide per click step of every deck slide, each
// with its title, its lesson section and exactly the notes the speaker says at that step. Pure.
import type { Deck, NoteChunk } from '../lesson/types.ts'
import type { DeckInfo } from './deck.ts'
import { CliError } from '../errors.ts'
import { plainText } from '../lesson/text.ts'

export interface PptxStep {
  /** 1-based deck slide this step belongs to. */
  slideNo: number
  /** Clicks shown at this step (0 … the slide's clicks). */
  clicks: number
  /** The title PowerPoint's outline and navigation show. */
  title: string
  /** The lesson section's title, one PowerPoint section each (the cover has the lesson's title). */
  section: string
  /** The section's index in the lesson (-1 for the cover), so two sections of one name stay two. */
  sectionIndex: number
  /** The speaker's words at this step, as plain text; paragraphs on their own lines. */
  notes: string
}

/** A chunk of notes as the lesson wrote it: the paragraphs' words, no Markdown, one paragraph per line. */
export function notesText(chunk: NoteChunk): string {
  return chunk.map(plainText).join('\n')
}

/** The first step shows the slide's title; later ones say which click they show. */
export function stepTitle(title: string, clicks: number, of: number): string {
  return clicks === 0 ? title : `${title} (click ${clicks} of ${of})`
}

/**
 * The steps of a deck file and the plan it was rendered from. They must agree slide for slide and
 * click for click, or the notes would land on the wrong pictures.
 */
export function pptxSteps(deck: DeckInfo, planned: Deck): PptxStep[] {
  if (planned.slides.length !== deck.slides.length)
    throw new CliError('PRINT', `${deck.entry} has ${deck.slides.length} slides but its lesson plans ${planned.slides.length}; generate the deck again`)
  return deck.slides.flatMap((slide, i) => {
    const plan = planned.slides[i]!
    if (plan.clicks !== slide.clicks || plan.notes.length !== slide.clicks + 1)
      throw new CliError('PRINT', `slide ${slide.no} of ${deck.entry} reserves ${slide.clicks} clicks but its lesson plans ${plan.clicks} (with ${plan.notes.length} notes chunks); generate the deck again`)
    const title = slide.title || plan.title
    return plan.notes.map((chunk, clicks) => ({
      slideNo: slide.no,
      clicks,
      title: stepTitle(title, clicks, slide.clicks),
      section: plan.section.title,
      sectionIndex: plan.section.index,
      notes: notesText(chunk),
    }))
  })
}

/** Consecutive runs of steps in the same section, in order: PowerPoint's sections. */
export function sectionsOf(steps: PptxStep[]): { title: string, steps: number }[] {
  const sections: { title: string, index: number, steps: number }[] = []
  for (const step of steps) {
    const last = sections.at(-1)
    if (last?.index === step.sectionIndex)
      last.steps++
    else
      sections.push({ title: step.section, index: step.sectionIndex, steps: 1 })
  }
  return sections.map(({ title, steps }) => ({ title, steps }))
}
