// The speaker's measured pace: words of the notes for the clicks shown, over the time spent on them,
// per section and for the whole talk. Pure: runs and the deck's words in, rates out.
import { plainText, wordCount } from '../lesson/text.ts'
import type { Deck, NoteChunk } from '../lesson/types.ts'
import { median } from './report.ts'
import { coversDeck, type RehearsalRun } from './run.ts'

/** The words the speaker says on one slide, per click (from the notes as the deck has them now). */
export interface SlideWords {
  /** Slide number, 1-based. */
  no: number
  section: string
  sectionIndex: number
  /** words[k]: words of the notes chunk shown with k clicks, as spoken (block code left out). */
  words: number[]
  /**
   * countedWords[k]: the same chunk's words as the planner counts a section's narration, block code
   * (an ASCII diagram kept in the notes) included. The rates to plan with are per counted word, so a
   * section's time at its measured rate is the time it took, whatever the planner counts.
   */
  countedWords: number[]
}

/** Words and time measured for one section (or the whole talk) in one run. */
export interface Measured {
  words: number
  /** As the planner counts them (see SlideWords.countedWords). */
  countedWords: number
  ms: number
}

/** A rate counts only once this much was said, and for this long: a few words on one click say little about a pace. */
export const MIN_WORDS = 30
export const MIN_MS = 10_000

/** The spoken words of each slide and click of a deck; block code (an ASCII diagram kept in the notes) is shown, not said. */
export function deckWordsOf(deck: Deck): SlideWords[] {
  return deck.slides.map((slide, i) => ({
    no: i + 1,
    section: slide.section.title,
    sectionIndex: slide.section.index,
    words: slide.notes.map(chunk => wordsOf(chunk, true)),
    countedWords: slide.notes.map(chunk => wordsOf(chunk, false)),
  }))
}

function wordsOf(chunk: NoteChunk, spokenOnly: boolean): number {
  const said = (rich: NoteChunk[number]) => (spokenOnly ? rich.filter(span => !(span.code && span.text.includes('\n'))) : rich)
  return wordCount(chunk.map(rich => plainText(said(rich))).join(' '))
}

/**
 * Per section title, and for the whole talk: the words of the clicks the speaker spent time on in
 * this run, and that time. A slide counts only where the deck still has it as it was (same number,
 * same section, no more clicks than its notes have), so a lesson edited since the run never lends
 * its new words to old times. The cover is left out: it is not narration.
 */
export function measureRun(run: RehearsalRun, deck: SlideWords[]): { sections: Map<string, Measured>, talk: Measured } {
  const sections = new Map<string, Measured>()
  const talk: Measured = { words: 0, countedWords: 0, ms: 0 }
  for (const slide of run.slides) {
    const now = deck[slide.no - 1]
    if (slide.sectionIndex < 0 || !now || now.section !== slide.section || slide.clicksMs.length > now.words.length)
      continue
    const measured = sections.get(slide.section) ?? { words: 0, countedWords: 0, ms: 0 }
    slide.clicksMs.forEach((ms, k) => {
      if (ms <= 0)
        return
      for (const sum of [measured, talk]) {
        sum.words += now.words[k]!
        sum.countedWords += now.countedWords[k]!
        sum.ms += ms
      }
    })
    sections.set(slide.section, measured)
  }
  return { sections, talk }
}

/** Words a minute (spoken, or as the planner counts them); undefined when too little was said, or for too short a time, to tell a pace. */
export function rateOf(measured: Measured | undefined, counted = false): number | undefined {
  if (!measured || measured.words < MIN_WORDS || measured.ms < MIN_MS)
    return undefined
  return (counted ? measured.countedWords : measured.words) / (measured.ms / 60_000)
}

export interface SectionPace {
  index: number
  title: string
  /** Median over the runs that count and measured the section; undefined with no such run. */
  medianWpm?: number
  /** In the newest run, when it measured the section (counted in medians or not). */
  lastWpm?: number
  /** The median per word as the planner counts them: what to plan with. Equal to medianWpm but where the notes carry block code. */
  planWpm?: number
  /** Runs whose rate for this section is in the median. */
  runs: number
}

export interface Pace {
  sections: SectionPace[]
  talk: Omit<SectionPace, 'index' | 'title' | 'planWpm'>
  /** Runs left out of the medians: unfinished, and short of the whole deck. */
  leftOut: number
}

/**
 * The measured pace over `runs` (any order; the newest by start time is "the last run"). An unfinished
 * run (the tab closed mid-run) counts in the medians only when it covers the whole deck.
 */
export function paceOf(runs: RehearsalRun[], deck: SlideWords[]): Pace {
  const ordered = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const newest = ordered.at(-1)
  const counted = (run: RehearsalRun) => !run.unfinished || coversDeck(run)
  const measured = ordered.map(run => ({ run, counts: counted(run), ...measureRun(run, deck) }))
  const titles = new Map<string, number>()
  for (const slide of deck) {
    if (slide.sectionIndex >= 0 && !titles.has(slide.section))
      titles.set(slide.section, slide.sectionIndex)
  }
  const paceOver = (measuredIn: (entry: typeof measured[number]) => Measured | undefined): Omit<SectionPace, 'index' | 'title'> => {
    const inMedians = measured.filter(entry => entry.counts).map(measuredIn).filter(each => rateOf(each) !== undefined)
    const medianOf = (counted: boolean) => (inMedians.length > 0 ? median(inMedians.map(each => rateOf(each, counted)!)) : undefined)
    const last = measured.find(entry => entry.run === newest)
    return {
      medianWpm: medianOf(false),
      lastWpm: last && rateOf(measuredIn(last)),
      planWpm: medianOf(true),
      runs: inMedians.length,
    }
  }
  return {
    sections: [...titles].map(([title, index]) => ({ index, title, ...paceOver(entry => entry.sections.get(title)) })),
    talk: paceOver(entry => entry.talk),
    leftOut: measured.filter(entry => !entry.counts).length,
  }
}

/** What `--wpm rehearsed` plans with: a rate per section where one was measured, the talk's rate for the rest. */
export interface RehearsedRates {
  wordsPerMinute: number
  /** By section index (of the deck the words came from); undefined where that section has no measured rate. */
  sectionWordsPerMinute: (number | undefined)[]
  /** One line saying which rates were used and where they came from. */
  summary: string
}

/** Turns the measured pace into the rates to plan with; with nothing measured, `fallback` and says so. */
export function rehearsedRates(pace: Pace, runsFound: number, fallback: number): RehearsedRates {
  const talk = pace.talk.medianWpm
  const bySection: (number | undefined)[] = []
  for (const section of pace.sections)
    bySection[section.index] = section.planWpm === undefined ? undefined : Math.round(section.planWpm)
  if (talk === undefined) {
    const why = runsFound === 0 ? 'no rehearsal saved yet' : `no run of ${runsFound} measured ${MIN_WORDS} words over ${MIN_MS / 1000} s`
    return { wordsPerMinute: fallback, sectionWordsPerMinute: [], summary: `Pace: ${fallback} words a minute (the default: ${why}).` }
  }
  const measuredSections = pace.sections.filter(section => section.medianWpm !== undefined)
  const overall = Math.round(talk)
  const sectionPart = measuredSections.length === 0
    ? `every section at ${overall} (no section measured on its own)`
    : `${measuredSections.length} of ${pace.sections.length} sections at their own measured rate, `
      + (measuredSections.length === pace.sections.length ? 'none at the overall rate' : `the other ${pace.sections.length - measuredSections.length} at the overall ${overall}`)
  // Where the notes carry an ASCII diagram the planner counts its words as narration: such a section
  // is planned per counted word, so its plan is the time it took, not the time to read the drawing.
  const perCounted = measuredSections.filter(section => Math.round(section.planWpm!) !== Math.round(section.medianWpm!))
  const countedPart = perCounted.length === 0 ? '' : ` ${perCounted.map(section => section.title).join(', ')}: planned at ${perCounted.map(section => Math.round(section.planWpm!)).join(', ')} per word as the planner counts them, an ASCII diagram in the notes included.`
  return {
    // Sections without a rate of their own have no diagram to count: they take the spoken rate.
    wordsPerMinute: overall,
    sectionWordsPerMinute: bySection,
    summary: `Pace: rehearsed, ${overall} words a minute overall (median of ${pace.talk.runs} run${pace.talk.runs === 1 ? '' : 's'}); ${sectionPart}.${countedPart}`,
  }
}
