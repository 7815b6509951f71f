// What the video shows and says, click step by click step: each step of every deck slide with its
// section and the words the speaker says there. Pure. A drawing kept in the notes (a code block of
// several lines) is shown on the slide, never spoken, so it is left out of the words.
import type { DeckInfo } from '../export/deck.ts'
import type { Deck, NoteChunk } from '../lesson/types.ts'
import { CliError } from '../errors.ts'
import { plainText, wordCount } from '../lesson/text.ts'

export interface VideoStep {
  /** 1-based deck slide. */
  slideNo: number
  /** Clicks shown at this step (0 … the slide's clicks). */
  clicks: number
  /** The slide's title, for messages. */
  title: string
  /** The lesson section's title (the cover's is the lesson's title). */
  section: string
  /** The section's index in the lesson (-1 for the cover): two sections of one name stay two. */
  sectionIndex: number
  /** What is said at this step, as plain text, one paragraph per line; '' when nothing is. */
  spoken: string
  /** Words of `spoken`. */
  words: number
}

/** The paragraphs of a notes chunk as they are said: no Markdown, no drawing. */
export function spokenText(chunk: NoteChunk): string {
  return chunk
    .map(rich => plainText(rich.filter(span => !(span.code && span.text.includes('\n')))).replace(/\s+/g, ' ').trim())
    .filter(paragraph => paragraph !== '')
    .join('\n')
}

/** The steps of a deck file and the plan it was rendered from; they must agree click for click. */
export function videoSteps(deck: DeckInfo, planned: Deck): VideoStep[] {
  if (planned.slides.length !== deck.slides.length)
    throw new CliError('PRINT', `${deck.entry} has ${deck.slides.length} slides but its lesson plans ${planned.slides.length}; generate the deck again`)
  return deck.slides.flatMap((slide, i) => {
    const plan = planned.slides[i]!
    if (plan.clicks !== slide.clicks || plan.notes.length !== slide.clicks + 1)
      throw new CliError('PRINT', `slide ${slide.no} of ${deck.entry} reserves ${slide.clicks} clicks but its lesson plans ${plan.clicks}; generate the deck again`)
    return plan.notes.map((chunk, clicks) => {
      const spoken = spokenText(chunk)
      return {
        slideNo: slide.no,
        clicks,
        title: slide.title || plan.title,
        section: plan.section.title,
        sectionIndex: plan.section.index,
        spoken,
        words: wordCount(spoken),
      }
    })
  })
}
