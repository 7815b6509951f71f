// The rehearsal report: per section, its budget, the last run, the median of all runs, and the
// sections that keep overrunning. Pure: runs in, rows and text out.
import type { RehearsalRun } from './run.ts'
import { formatSeconds } from '../lesson/timing.ts'
import { median } from '../median.ts'
import { textTable } from '../text-table.ts'
import { coversDeck, sectionTimes } from './run.ts'

export interface SectionReport {
  index: number
  title: string
  /** From the newest run that has the section; null for the cover. */
  budgetSeconds: number | null
  /** Seconds in the newest run; null when that run never reached the section. */
  lastSeconds: number | null
  /** Median over the runs that reached the section (an unfinished run only when it covers the whole deck). */
  medianSeconds: number | null
  /** Runs that reached the section, and how many of them went over its budget (see isOverrun). */
  runs: number
  overruns: number
  keepsOverrunning: boolean
}

/** One run as the report's charts show it. */
export interface RunSummary {
  runId: string
  startedAt: string
  /** Saved from what the browser kept after the presenter view was closed mid-run. */
  unfinished: boolean
  /** Whether the run is in the medians: a finished run, or an unfinished one that covers the whole deck. */
  counted: boolean
  totalSeconds: number
  /** Seconds per section, in the order of Report.sections; 0 where the run never reached it. */
  sectionSeconds: number[]
}

export interface Report {
  lessonSlug: string
  runs: number
  lastStartedAt: string
  sections: SectionReport[]
  total: { budgetSeconds: number, lastSeconds: number, medianSeconds: number }
  /** Oldest first. */
  runList: RunSummary[]
}

/** A section keeps overrunning when more than half the runs that reached it, and at least this many, went over. */
export const MIN_OVERRUNS = 2
/** Going over counts from this share of the budget (and at least a second): budgets are estimates, not stopwatches. */
export const OVERRUN_SHARE = 0.1

export function isOverrun(seconds: number, budgetSeconds: number): boolean {
  return seconds > budgetSeconds * (1 + OVERRUN_SHARE) && seconds - budgetSeconds >= 1
}

/** `runs` in any order; the newest (by start time) is "the last run". */
export function reportOf(runs: RehearsalRun[]): Report {
  if (runs.length === 0)
    throw new Error('a report needs at least one run')
  const ordered = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const newest = ordered.at(-1)!
  const timesByRun = ordered.map(run => ({ run, counted: !run.unfinished || coversDeck(run), times: sectionTimes(run) }))
  const counted = timesByRun.filter(entry => entry.counted)
  const sectionList = sectionsOf(ordered)
  const sections = sectionList.map(({ index, title, budgetSeconds }) => {
    const secondsIn = ({ times }: { times: Map<string, number> }) => (times.get(title) ?? 0) / 1000
    const reached = counted.map(entry => ({ run: entry.run, seconds: secondsIn(entry) })).filter(entry => entry.seconds > 0)
    const overruns = budgetSeconds === null ? 0 : reached.filter(entry => isOverrun(entry.seconds, budgetSeconds)).length
    const last = secondsIn(timesByRun.at(-1)!)
    return {
      index,
      title,
      budgetSeconds,
      lastSeconds: last > 0 ? last : null,
      medianSeconds: reached.length > 0 ? median(reached.map(entry => entry.seconds)) : null,
      runs: reached.length,
      overruns,
      keepsOverrunning: overruns >= MIN_OVERRUNS && overruns > reached.length / 2,
    }
  })
  return {
    lessonSlug: newest.lessonSlug,
    runs: ordered.length,
    lastStartedAt: newest.startedAt,
    sections,
    total: {
      budgetSeconds: sections.reduce((sum, section) => sum + (section.budgetSeconds ?? 0), 0),
      lastSeconds: newest.elapsedMs / 1000,
      medianSeconds: counted.length > 0 ? median(counted.map(entry => entry.run.elapsedMs / 1000)) : newest.elapsedMs / 1000,
    },
    runList: timesByRun.map(({ run, counted, times }) => ({
      runId: run.runId,
      startedAt: run.startedAt,
      unfinished: run.unfinished === true,
      counted,
      totalSeconds: run.elapsedMs / 1000,
      sectionSeconds: sectionList.map(section => (times.get(section.title) ?? 0) / 1000),
    })),
  }
}

/** Sections by title (a regenerated lesson may renumber them), with index and budget from the newest run that has them. */
function sectionsOf(ordered: RehearsalRun[]): { index: number, title: string, budgetSeconds: number | null }[] {
  const byTitle = new Map<string, { index: number, title: string, budgetSeconds: number | null }>()
  for (const run of ordered) {
    for (const slide of run.slides)
      byTitle.set(slide.section, { index: slide.sectionIndex, title: slide.section, budgetSeconds: slide.budgetSeconds })
  }
  return [...byTitle.values()].sort((a, b) => a.index - b.index)
}

/** The report as the terminal shows it. */
export function formatReport(report: Report): string {
  const clock = (seconds: number | null) => (seconds === null ? '-' : formatSeconds(seconds))
  const rows = report.sections.map(section => [
    section.index < 0 ? 'Cover' : section.title,
    clock(section.budgetSeconds),
    clock(section.lastSeconds),
    clock(section.medianSeconds),
    section.budgetSeconds === null || section.runs === 0 ? '' : `${section.overruns} of ${section.runs}`,
    section.keepsOverrunning ? 'keeps overrunning' : '',
  ])
  rows.push(['whole talk', clock(report.total.budgetSeconds), clock(report.total.lastSeconds), clock(report.total.medianSeconds), '', ''])
  const header = ['section', 'budget', 'last', 'median', 'over budget', '']
  const overrunning = report.sections.filter(section => section.keepsOverrunning)
  return [
    `Rehearsals of ${report.lessonSlug}: ${report.runs} run${report.runs === 1 ? '' : 's'}${unfinishedOf(report)}, the last started ${report.lastStartedAt.slice(0, 16).replace('T', ' ')} UTC`,
    ...textTable([header, ...rows]),
    overrunning.length === 0
      ? 'No section keeps overrunning.'
      : `Keeps overrunning: ${overrunning.map(s => `${s.title} (over in ${s.overruns} of ${s.runs} runs, median ${clock(s.medianSeconds)} for ${clock(s.budgetSeconds)})`).join('; ')}`,
  ].join('\n')
}

/** ` (1 unfinished, left out of the medians)`: runs saved after their view was closed mid-run. */
function unfinishedOf(report: Report): string {
  const unfinished = report.runList.filter(run => run.unfinished)
  if (unfinished.length === 0)
    return ''
  const leftOut = unfinished.filter(run => !run.counted).length
  return ` (${unfinished.length} unfinished${leftOut === 0 ? '' : leftOut === unfinished.length ? ', left out of the medians' : `, ${leftOut} left out of the medians`})`
}
