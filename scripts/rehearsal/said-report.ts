// What the speaker said, from the runs the dev server listened to (heard.ts): per section of the last
// of them, the sentences skipped and the real pace (the words said over the time spent in the
// section), and across them, the sentences skipped again and again. Pure: runs in, rows and text out.
import type { HeardRun } from './heard.ts'
import type { RehearsalRun } from './run.ts'
import { wordCount } from '../lesson/text.ts'
import { textTable } from '../text-table.ts'
import { sectionTimes } from './run.ts'

export interface SectionSaid {
  index: number
  title: string
  /** Sentences of its notes, and those the last run listened to skipped; null when that run never reached the section. */
  sentences: number
  skipped: string[] | null
  /** Words said over the minutes spent in the section in that run; undefined when nothing was said there. */
  wordsPerMinute?: number
}

export interface SkippedAgain {
  section: string
  text: string
  /** Runs listened to that skipped it, of those that reached its section. */
  skips: number
  runs: number
}

export interface SaidReport {
  /** The newest run listened to. */
  runId: string
  startedAt: string
  /** Runs listened to. */
  runsHeard: number
  sections: SectionSaid[]
  skippedAgain: SkippedAgain[]
}

/** A sentence is skipped again and again when more than half the runs that reached it, and at least this many, skipped it. */
export const MIN_SKIPS = 2

/** undefined when no run was listened to. */
export function saidReportOf(runs: readonly RehearsalRun[], heard: ReadonlyMap<string, HeardRun>): SaidReport | undefined {
  const listened = [...runs].filter(run => heard.has(run.runId)).sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const newest = listened.at(-1)
  if (!newest)
    return undefined
  const reached = (run: RehearsalRun) => {
    const times = sectionTimes(run)
    return (section: string) => (times.get(section) ?? 0) > 0
  }
  const last = heard.get(newest.runId)!.sentences.filter(s => s.sectionIndex >= 0)
  const lastTimes = sectionTimes(newest)
  const titles = [...new Map(last.map(s => [s.sectionIndex, s.section])).entries()].sort((a, b) => a[0] - b[0])
  const sections = titles.map(([index, title]): SectionSaid => {
    const inSection = last.filter(s => s.section === title)
    const ms = lastTimes.get(title) ?? 0
    const words = inSection.filter(s => s.said).reduce((sum, s) => sum + wordCount(s.text), 0)
    return {
      index,
      title,
      sentences: inSection.length,
      skipped: ms > 0 ? inSection.filter(s => !s.said).map(s => s.text) : null,
      ...(ms > 0 && words > 0 ? { wordsPerMinute: words / (ms / 60_000) } : {}),
    }
  })
  const tally = new Map<string, SkippedAgain>()
  for (const run of listened) {
    const wasReached = reached(run)
    for (const sentence of heard.get(run.runId)!.sentences) {
      if (sentence.sectionIndex < 0 || !wasReached(sentence.section))
        continue
      const key = `${sentence.section}\n${sentence.text}`
      const entry = tally.get(key) ?? { section: sentence.section, text: sentence.text, skips: 0, runs: 0 }
      entry.runs++
      entry.skips += sentence.said ? 0 : 1
      tally.set(key, entry)
    }
  }
  return {
    runId: newest.runId,
    startedAt: newest.startedAt,
    runsHeard: listened.length,
    sections,
    skippedAgain: [...tally.values()].filter(s => s.skips >= MIN_SKIPS && s.skips > s.runs / 2),
  }
}

/** The report as the terminal shows it. */
export function formatSaid(said: SaidReport | undefined, recordedRuns: number): string {
  if (!said) {
    return recordedRuns === 0
      ? 'What you said: no run recorded (press Record in the presenter view; the dev server listens to the run once it is saved).'
      : 'What you said: not listened to yet (the dev server listens to a recorded run once it is saved; keep npm start running a moment).'
  }
  const rows = said.sections.map(section => [
    section.title,
    section.skipped === null ? 'not reached' : `${section.sentences - section.skipped.length} of ${section.sentences}`,
    section.wordsPerMinute === undefined ? '-' : String(Math.round(section.wordsPerMinute)),
  ])
  const skipped = said.sections.filter(section => section.skipped?.length)
  return [
    `What you said in the last run listened to (${said.startedAt.slice(0, 16).replace('T', ' ')} UTC, ${said.runsHeard} run${said.runsHeard === 1 ? '' : 's'} listened to):`,
    ...textTable([['section', 'sentences said', 'real words a minute'], ...rows]),
    ...(skipped.length === 0
      ? ['No sentence skipped.']
      : ['Skipped:', ...skipped.flatMap(section => section.skipped!.map(text => `  ${section.title}: ${text}`))]),
    said.skippedAgain.length === 0
      ? 'No sentence skipped again and again.'
      : ['Skipped again and again:', ...said.skippedAgain.map(s => `  ${s.section}: ${s.text} (skipped in ${s.skips} of ${s.runs} runs)`)].join('\n'),
  ].join('\n')
}
