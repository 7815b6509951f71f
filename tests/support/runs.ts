// Rehearsal runs made to order: a speaker who reads every click's notes at a chosen pace. Used by the
// pace tests and to post simulated runs.
import type { SlideWords } from '../../scripts/rehearsal/pace.ts'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'

export interface SimulatedRun {
  startedAt: string
  /** Words a minute, for the whole talk or per section title. */
  wordsPerMinute: number | ((section: string) => number)
  /** Seconds on the cover. */
  coverSeconds?: number
  /** Seconds added to every click (a breath, the audience looking): the rate then counts them too. */
  pauseSeconds?: number
  /** Slide numbers after which the speaker stopped (the rest get no time). */
  stopAfter?: number
  unfinished?: boolean
  lessonSlug?: string
}

/** The run of a speaker reading `deck` at the given pace; `budgets` by section index. */
export function simulatedRun(deck: SlideWords[], budgets: number[], options: SimulatedRun): RehearsalRun {
  const rate = (section: string) => (typeof options.wordsPerMinute === 'number' ? options.wordsPerMinute : options.wordsPerMinute(section))
  const slides = deck.map((slide) => {
    const reached = options.stopAfter === undefined || slide.no <= options.stopAfter
    const clicksMs = !reached
      ? []
      : slide.sectionIndex < 0
        ? [(options.coverSeconds ?? 3) * 1000]
        : slide.words.map(words => Math.round(words / rate(slide.section) * 60_000 + (options.pauseSeconds ?? 0) * 1000))
    return {
      no: slide.no,
      section: slide.section,
      sectionIndex: slide.sectionIndex,
      budgetSeconds: slide.sectionIndex < 0 ? null : budgets[slide.sectionIndex]!,
      clicksMs,
    }
  })
  return {
    version: 1,
    lessonSlug: options.lessonSlug ?? 'platform-vs-product',
    runId: `sim-${options.startedAt.replace(/\D/g, '')}`,
    startedAt: options.startedAt,
    elapsedMs: slides.flatMap(slide => slide.clicksMs).reduce((a, b) => a + b, 0),
    slides,
    ...(options.unfinished ? { unfinished: true as const } : {}),
  }
}
