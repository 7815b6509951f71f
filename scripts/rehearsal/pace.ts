// The speaker's measured pace: words of the notes for the clicks shown, over the time spent on them,
// per section and for the whole talk. Pure: runs and the deck's words in, rates out.
import type { Deck, NoteChunk } from '../lesson/types.ts'
import type { HeardRun } from './heard.ts'
import type { RehearsalRun } from './run.ts'
import { plainText, wordCount } from '../lesson/text.ts'
import { median } from '../median.ts'
import { coversDeck } from './run.ts'

/** The words the speaker says on one slide, per click (from the notes as the deck has them now). */
export interface SlideWords {
  /** Slide number, 1-based. */
  no: number
  section: string
  sectionIndex: number
  /** words[k]: words of the notes chunk shown with k clicks, as spoken (block code left out), as the planner counts them. */
  words: number[]
}

/** Words and time measured for one section (or the whole talk) in one run. */
export interface Measured {
  words: number
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
    words: slide.notes.map(spokenWords),
  }))
}

/** The narration of a notes chunk: a drawing (multi-line code) is shown, not said; the planner leaves it out too. */
function spokenWords(chunk: NoteChunk): number {
  const said = (rich: NoteChunk[number]) => rich.filter(span => !(span.code && span.text.includes('\n')))
  return wordCount(chunk.map(rich => plainText(said(rich))).join(' '))
}

/** Words said per slide and click (`no.click`) in a run the dev server listened to: the sentences said, not the notes. */
export function saidWords(heard: HeardRun): Map<string, number> {
  const said = new Map<string, number>()
  for (const sentence of heard.sentences) {
    if (sentence.said)
      said.set(`${sentence.slide}.${sentence.click}`, (said.get(`${sentence.slide}.${sentence.click}`) ?? 0) + wordCount(sentence.text))
  }
  return said
}

/**
 * Per section title, and for the whole talk: the words of the clicks the speaker spent time on in
 * this run, and that time. A slide counts only where the deck still has it as it was (same number,
 * same section, no more clicks than its notes have), so a lesson edited since the run never lends
 * its new words to old times. The cover is left out: it is not narration. With what was heard in
 * the run, the words are those really said (a skipped sentence is not), not the notes'.
 */
export function measureRun(run: RehearsalRun, deck: SlideWords[], heard?: HeardRun): { sections: Map<string, Measured>, talk: Measured } {
  const said = heard && saidWords(heard)
  const sections = new Map<string, Measured>()
  const talk: Measured = { words: 0, ms: 0 }
  for (const slide of run.slides) {
    const now = deck[slide.no - 1]
    if (slide.sectionIndex < 0 || !now || now.section !== slide.section || slide.clicksMs.length > now.words.length)
      continue
    const measured = sections.get(slide.section) ?? { words: 0, ms: 0 }
    slide.clicksMs.forEach((ms, k) => {
      if (ms <= 0)
        return
      for (const sum of [measured, talk]) {
        sum.words += said ? (said.get(`${slide.no}.${k}`) ?? 0) : now.words[k]!
        sum.ms += ms
      }
    })
    sections.set(slide.section, measured)
  }
  return { sections, talk }
}

/** Words a minute; undefined when too little was said, or for too short a time, to tell a pace. */
export function rateOf(measured: Measured | undefined): number | undefined {
  if (!measured || measured.words < MIN_WORDS || measured.ms < MIN_MS)
    return undefined
  return measured.words / (measured.ms / 60_000)
}

export interface SectionPace {
  index: number
  title: string
  /** Median over the runs that count and measured the section; undefined with no such run. */
  medianWpm?: number
  /** In the newest run, when it measured the section (counted in medians or not). */
  lastWpm?: number
  /** Runs whose rate for this section is in the median. */
  runs: number
}

export interface Pace {
  sections: SectionPace[]
  talk: Omit<SectionPace, 'index' | 'title'>
  /** Runs left out of the medians: unfinished, and short of the whole deck. */
  leftOut: number
  /** Runs whose words are those the dev server heard said, not the notes'. */
  voiced: number
}

/**
 * The measured pace over `runs` (any order; the newest by start time is "the last run"). An unfinished
 * run (the tab closed mid-run) counts in the medians only when it covers the whole deck.
 */
export function paceOf(runs: RehearsalRun[], deck: SlideWords[], heard: ReadonlyMap<string, HeardRun> = new Map()): Pace {
  const ordered = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const newest = ordered.at(-1)
  const counted = (run: RehearsalRun) => !run.unfinished || coversDeck(run)
  const measured = ordered.map(run => ({ run, counts: counted(run), ...measureRun(run, deck, heard.get(run.runId)) }))
  const titles = new Map<string, number>()
  for (const slide of deck) {
    if (slide.sectionIndex >= 0 && !titles.has(slide.section))
      titles.set(slide.section, slide.sectionIndex)
  }
  const paceOver = (measuredIn: (entry: typeof measured[number]) => Measured | undefined): Omit<SectionPace, 'index' | 'title'> => {
    const inMedians = measured.filter(entry => entry.counts).map(measuredIn).filter(each => rateOf(each) !== undefined)
    const last = measured.find(entry => entry.run === newest)
    return {
      medianWpm: inMedians.length > 0 ? median(inMedians.map(each => rateOf(each)!)) : undefined,
      lastWpm: last && rateOf(measuredIn(last)),
      runs: inMedians.length,
    }
  }
  return {
    sections: [...titles].map(([title, index]) => ({ index, title, ...paceOver(entry => entry.sections.get(title)) })),
    talk: paceOver(entry => entry.talk),
    leftOut: measured.filter(entry => !entry.counts).length,
    voiced: ordered.filter(run => heard.has(run.runId)).length,
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
    bySection[section.index] = section.medianWpm === undefined ? undefined : Math.round(section.medianWpm)
  if (talk === undefined) {
    const why = runsFound === 0 ? 'no rehearsal saved yet' : `no run of ${runsFound} measured ${MIN_WORDS} words over ${MIN_MS / 1000} s`
    return { wordsPerMinute: fallback, sectionWordsPerMinute: [], summary: `Pace: ${fallback} words a minute (the default: ${why}).` }
  }
  const measuredSections = pace.sections.filter(section => section.medianWpm !== undefined)
  const overall = Math.round(talk)
  const sectionPart = measuredSections.length === 0
    ? `every section at ${overall} (no section measured on its own)`
    : `${measuredSections.length} of ${pace.sections.length} sections at their own measured rate, ${
      measuredSections.length === pace.sections.length ? 'none at the overall rate' : `the other ${pace.sections.length - measuredSections.length} at the overall ${overall}`}`
  return {
    wordsPerMinute: overall,
    sectionWordsPerMinute: bySection,
    summary: `Pace: rehearsed, ${overall} words a minute overall (median of ${pace.talk.runs} run${pace.talk.runs === 1 ? '' : 's'}${
      pace.voiced > 0 ? `, ${pace.voiced} of them timed on what you said` : ''}); ${sectionPart}.`,
  }
}
