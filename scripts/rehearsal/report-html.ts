// The rehearsal report as one self-contained HTML page (`npm run rehearsals -- --html`): charts drawn
// as inline SVG, styles inline, nothing fetched, so it opens offline from the file system. Every chart
// has the same figures in a table below it, for screen readers and for copying. Pure: text out.
import type { Pace } from './pace.ts'
import type { Report, RunSummary } from './report.ts'
import type { SkippedFile } from './runs-dir.ts'
import type { SaidReport } from './said-report.ts'
import { escapeHtml, htmlPage } from '../html.ts'
import { formatSeconds } from '../lesson/timing.ts'
import { REPORT_STYLE } from './report-style.ts'
import { saidSection } from './said-html.ts'

export interface HtmlReportInput {
  report: Report
  /** Undefined when the lesson's words could not be counted (its script is not in lessons/). */
  pace?: Pace
  /** Why there is no pace, when there is none. */
  paceMissing?: string
  skipped: SkippedFile[]
  /** What was said in the runs the dev server listened to. */
  said?: SaidReport
}

/** The runs the per-section chart draws: the newest ones, so a long history stays readable. */
export const MAX_CHART_RUNS = 6
/** Run colours, oldest to newest of the runs drawn: one blue from light to dark (the figures are in the table too). */
const RUN_COLOURS = ['#93a7d1', '#7189c2', '#526fb1', '#3a5ca3', '#234790', '#0f3178']

export function reportHtml({ report, pace, paceMissing, skipped, said }: HtmlReportInput): string {
  const title = `Rehearsals of ${report.lessonSlug}`
  return htmlPage({
    title,
    head: `<style>${REPORT_STYLE}</style>`,
    body: `<header>
<h1>${escapeHtml(title)}</h1>
<p>${report.runs} run${report.runs === 1 ? '' : 's'}, the last started ${escapeHtml(whenOf(report.lastStartedAt))} UTC.${unfinishedNote(report.runList)}</p>
</header>
<main>
${summarySection(report, pace, paceMissing)}
${saidSection(said)}
${sectionsChart(report)}
${trendChart(report)}
${overrunSection(report)}
${detailTable(report, pace)}
</main>
<footer>
${footer(skipped)}
</footer>`,
  })
}

function summarySection(report: Report, pace: Pace | undefined, paceMissing: string | undefined): string {
  const talkPace = pace?.talk.medianWpm
  const last = report.runList.at(-1)!
  const figures = [
    ['Whole talk, median', formatSeconds(report.total.medianSeconds), `budget ${formatSeconds(report.total.budgetSeconds)}`],
    ['Whole talk, last run', formatSeconds(report.total.lastSeconds), last.counted ? overBy(report.total.lastSeconds, report.total.budgetSeconds) : 'unfinished: it covers only part of the deck'],
    ['Measured pace, median', talkPace === undefined ? '–' : `${Math.round(talkPace)} wpm`, talkPace === undefined ? (paceMissing ?? 'not enough words timed yet') : `words a minute over ${pace!.talk.runs} run${pace!.talk.runs === 1 ? '' : 's'}`],
    ['Measured pace, last run', pace?.talk.lastWpm === undefined ? '–' : `${Math.round(pace.talk.lastWpm)} wpm`, last.unfinished ? 'an unfinished run' : whenOf(last.startedAt)],
  ]
  return `<section aria-labelledby="summary-title">
<h2 id="summary-title">At a glance</h2>
<dl class="figures">
${figures.map(([label, value, note]) => `<div><dt>${escapeHtml(label!)}</dt><dd><strong>${escapeHtml(value!)}</strong> <span>${escapeHtml(note!)}</span></dd></div>`).join('\n')}
</dl>
<p>Plan the deck at your measured pace: <code>npm run generate -- --wpm rehearsed</code> (or <code>npm start -- --wpm rehearsed</code>).</p>
</section>`
}

function overBy(seconds: number, budget: number): string {
  if (budget <= 0)
    return ''
  return seconds > budget ? `over the budget by ${formatSeconds(seconds - budget)}` : `within the budget by ${formatSeconds(budget - seconds)}`
}

/** Per section, one bar per run (the newest MAX_CHART_RUNS) against the budget's mark. */
function sectionsChart(report: Report): string {
  const runs = report.runList.slice(-MAX_CHART_RUNS)
  const sections = report.sections.filter(section => section.index >= 0)
  const colours = RUN_COLOURS.slice(-runs.length)
  const offset = report.runList.length - runs.length
  const labelWidth = 230
  const plotWidth = 470
  const barHeight = 9
  const rowGap = 14
  const rowHeight = runs.length * barHeight + rowGap
  const top = 8
  const height = top + sections.length * rowHeight + 30
  const longest = Math.max(1, ...sections.map(section => Math.max(
    section.budgetSeconds ?? 0,
    ...runs.map(run => run.sectionSeconds[report.sections.indexOf(section)]!),
  )))
  const scale = niceScale(longest)
  const x = (seconds: number) => labelWidth + seconds / scale.max * plotWidth
  const rows = sections.map((section, s) => {
    const y0 = top + s * rowHeight
    const column = report.sections.indexOf(section)
    const bars = runs.map((run, r) => {
      const seconds = run.sectionSeconds[column]!
      const over = section.budgetSeconds !== null && seconds > section.budgetSeconds
      return `<rect class="bar" x="${labelWidth}" y="${y0 + r * barHeight}" width="${round(x(seconds) - labelWidth)}" height="${barHeight - 2}" fill="${run.unfinished ? 'url(#unfinished-fill)' : colours[r]}"><title>${escapeHtml(`${runLabel(run, offset + r)}: ${formatSeconds(seconds)}${over ? ' (over)' : ''}`)}</title></rect>${
        over ? `<text x="${round(x(seconds) + 4)}" y="${y0 + r * barHeight + barHeight - 2}" class="over-mark">▲</text>` : ''}`
    }).join('')
    const budget = section.budgetSeconds === null
      ? ''
      : `<line x1="${round(x(section.budgetSeconds))}" x2="${round(x(section.budgetSeconds))}" y1="${y0 - 3}" y2="${y0 + runs.length * barHeight + 1}" class="budget"><title>${escapeHtml(`budget ${formatSeconds(section.budgetSeconds)}`)}</title></line>`
    const label = `<text x="${labelWidth - 8}" y="${y0 + runs.length * barHeight / 2 + 4}" text-anchor="end" class="label${section.keepsOverrunning ? ' keeps' : ''}">${escapeHtml(truncate(section.title, 30))}</text>`
    return label + bars + budget
  }).join('\n')
  const axisY = top + sections.length * rowHeight
  const ticks = scale.ticks.map(seconds => `<line x1="${round(x(seconds))}" x2="${round(x(seconds))}" y1="${top - 4}" y2="${axisY}" class="grid"/><text x="${round(x(seconds))}" y="${axisY + 16}" text-anchor="middle" class="tick">${formatSeconds(seconds)}</text>`).join('')
  const legend = runs.map((run, r) => `<li><span class="swatch${run.unfinished ? ' unfinished-swatch' : ''}"${run.unfinished ? '' : ` style="background:${colours[r]}"`}></span>${escapeHtml(runLabel(run, offset + r))}</li>`).join('')
  const shown = runs.length === report.runList.length ? `each of the ${runs.length} run${runs.length === 1 ? '' : 's'}` : `the last ${runs.length} of ${report.runList.length} runs`
  return `<section aria-labelledby="sections-title">
<h2 id="sections-title">Time spent per section against its budget</h2>
<p>One bar per run, ${shown}; the black mark is the section's budget, ▲ marks a run over it. Sections in red keep overrunning.</p>
<ul class="legend"><li><span class="swatch budget-swatch"></span>budget</li>${legend}</ul>
<svg id="sections-chart" role="img" aria-labelledby="sections-chart-title sections-chart-desc" viewBox="0 0 ${labelWidth + plotWidth + 30} ${height}" width="100%">
<title id="sections-chart-title">Time spent per section in each run, against the section's budget</title>
<defs><pattern id="unfinished-fill" width="5" height="5" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="5" height="5" fill="#e5e7eb"/><rect width="2.5" height="5" fill="#4b5563"/></pattern></defs>
<desc id="sections-chart-desc">${escapeHtml(sections.map((section) => {
  const column = report.sections.indexOf(section)
  return `${section.title}: budget ${section.budgetSeconds === null ? 'none' : formatSeconds(section.budgetSeconds)}; runs ${runs.map(run => formatSeconds(run.sectionSeconds[column]!)).join(', ')}`
}).join('. '))}</desc>
${ticks}
${rows}
</svg>
</section>`
}

/** The whole talk per run, oldest to newest, against the talk's budget. */
function trendChart(report: Report): string {
  const runs = report.runList
  const width = 730
  const height = 240
  const left = 56
  const right = 20
  const top = 16
  const bottom = 44
  const scale = niceScale(Math.max(report.total.budgetSeconds, ...runs.map(run => run.totalSeconds), 1))
  const x = (i: number) => runs.length === 1 ? left + (width - left - right) / 2 : left + i / (runs.length - 1) * (width - left - right)
  const y = (seconds: number) => top + (1 - seconds / scale.max) * (height - top - bottom)
  const grid = scale.ticks.map(seconds => `<line x1="${left}" x2="${width - right}" y1="${round(y(seconds))}" y2="${round(y(seconds))}" class="grid"/><text x="${left - 8}" y="${round(y(seconds)) + 4}" text-anchor="end" class="tick">${formatSeconds(seconds)}</text>`).join('')
  const budget = report.total.budgetSeconds > 0
    ? `<line x1="${left}" x2="${width - right}" y1="${round(y(report.total.budgetSeconds))}" y2="${round(y(report.total.budgetSeconds))}" class="budget dashed"/><text x="${width - right}" y="${round(y(report.total.budgetSeconds)) - 6}" text-anchor="end" class="tick">budget ${formatSeconds(report.total.budgetSeconds)}</text>`
    : ''
  // The line joins the runs in the medians; an unfinished part of a run is a point of its own, off the line.
  const joined = runs.flatMap((run, i) => (run.counted ? [`${round(x(i))},${round(y(run.totalSeconds))}`] : []))
  const line = joined.length > 1 ? `<polyline points="${joined.join(' ')}" class="trend"/>` : ''
  const points = runs.map((run, i) => `<circle cx="${round(x(i))}" cy="${round(y(run.totalSeconds))}" r="5" class="${run.unfinished ? 'point unfinished' : 'point'}"><title>${escapeHtml(`${runLabel(run, i)}: ${formatSeconds(run.totalSeconds)}`)}</title></circle>`).join('')
  const step = Math.max(1, Math.ceil(runs.length / 8))
  const labels = runs.map((run, i) => (i % step === 0 || i === runs.length - 1) ? `<text x="${round(x(i))}" y="${height - bottom + 18}" text-anchor="middle" class="tick">${escapeHtml(`#${i + 1} ${run.startedAt.slice(5, 10)}`)}</text>` : '').join('')
  return `<section aria-labelledby="trend-title">
<h2 id="trend-title">The whole talk, run by run</h2>
<p>Total time of each run, oldest first, against the talk's budget (dashed).${runs.some(run => run.unfinished) ? ' Hollow points are unfinished runs; the line leaves out those that cover only part of the deck.' : ''}</p>
<svg id="trend-chart" role="img" aria-labelledby="trend-chart-title trend-chart-desc" viewBox="0 0 ${width} ${height}" width="100%">
<title id="trend-chart-title">Total time per run, against the budget</title>
<desc id="trend-chart-desc">${escapeHtml(runs.map((run, i) => `${runLabel(run, i)}: ${formatSeconds(run.totalSeconds)}`).join('; '))}. Budget ${formatSeconds(report.total.budgetSeconds)}.</desc>
${grid}
${budget}
${line}
${points}
${labels}
</svg>
</section>`
}

function overrunSection(report: Report): string {
  const overrunning = report.sections.filter(section => section.keepsOverrunning)
  const body = overrunning.length === 0
    ? '<p>No section keeps overrunning (over its budget by more than 10 % in most runs, and at least twice).</p>'
    : `<ul class="overruns">${overrunning.map(section => `<li><strong>${escapeHtml(section.title)}</strong>: over in ${section.overruns} of ${section.runs} runs, median ${formatSeconds(section.medianSeconds ?? 0)} for a budget of ${formatSeconds(section.budgetSeconds ?? 0)}</li>`).join('')}</ul>`
  return `<section aria-labelledby="overruns-title">
<h2 id="overruns-title">Sections that keep overrunning</h2>
${body}
</section>`
}

function detailTable(report: Report, pace: Pace | undefined): string {
  const wpm = (value: number | undefined) => (value === undefined ? '–' : String(Math.round(value)))
  const rows = report.sections.filter(section => section.index >= 0).map((section) => {
    const sectionPace = pace?.sections.find(each => each.title === section.title)
    return `<tr${section.keepsOverrunning ? ' class="keeps"' : ''}><th scope="row">${escapeHtml(section.title)}</th><td>${clock(section.budgetSeconds)}</td><td>${clock(section.lastSeconds)}</td><td>${clock(section.medianSeconds)}</td><td>${section.budgetSeconds === null || section.runs === 0 ? '' : `${section.overruns} of ${section.runs}`}</td><td>${wpm(sectionPace?.lastWpm)}</td><td>${wpm(sectionPace?.medianWpm)}</td></tr>`
  }).join('\n')
  return `<section aria-labelledby="table-title">
<h2 id="table-title">Every section in figures</h2>
<table>
<caption>Budget, time spent and pace per section (wpm: words of the notes shown, a minute)</caption>
<thead><tr><th scope="col">Section</th><th scope="col">Budget</th><th scope="col">Last run</th><th scope="col">Median</th><th scope="col">Over budget</th><th scope="col">Pace, last (wpm)</th><th scope="col">Pace, median (wpm)</th></tr></thead>
<tbody>
${rows}
<tr class="total"><th scope="row">Whole talk</th><td>${clock(report.total.budgetSeconds)}</td><td>${clock(report.total.lastSeconds)}</td><td>${clock(report.total.medianSeconds)}</td><td></td><td>${wpm(pace?.talk.lastWpm)}</td><td>${wpm(pace?.talk.medianWpm)}</td></tr>
</tbody>
</table>
</section>`
}

function footer(skipped: SkippedFile[]): string {
  if (skipped.length === 0)
    return '<p>Every file in the lesson\'s rehearsals folder is a run: none skipped.</p>'
  return `<p>${skipped.length} file${skipped.length === 1 ? '' : 's'} skipped: not rehearsal runs.</p>
<ul class="skipped">${skipped.map(file => `<li><code>${escapeHtml(file.file)}</code>: ${escapeHtml(file.reason)}</li>`).join('')}</ul>`
}

function unfinishedNote(runs: RunSummary[]): string {
  const unfinished = runs.filter(run => run.unfinished)
  if (unfinished.length === 0)
    return ''
  const leftOut = unfinished.filter(run => !run.counted).length
  const what = unfinished.length === 1 ? '1 run is unfinished (its presenter view was closed mid-run)' : `${unfinished.length} runs are unfinished (their presenter view was closed mid-run)`
  const why = leftOut === 0 ? 'each covers the whole deck, so it counts' : leftOut === 1 ? '1 of them covers only part of the deck and is left out of the medians' : `${leftOut} of them cover only part of the deck and are left out of the medians`
  return ` ${what}; ${why}.`
}

function runLabel(run: RunSummary, i: number): string {
  return `Run ${i + 1}, ${whenOf(run.startedAt)}${run.unfinished ? ' (unfinished)' : ''}`
}

function whenOf(iso: string): string {
  return iso.slice(0, 16).replace('T', ' ')
}

function clock(seconds: number | null): string {
  return seconds === null ? '–' : formatSeconds(seconds)
}

/** An axis from 0 to a round number of seconds at or above `seconds`, with 4 to 6 ticks. */
export function niceScale(seconds: number): { max: number, ticks: number[] } {
  const steps = [5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600]
  const step = steps.find(each => seconds / each <= 5) ?? Math.ceil(seconds / 5 / 3600) * 3600
  const max = Math.max(step, Math.ceil(seconds / step) * step)
  return { max, ticks: Array.from({ length: max / step + 1 }, (_, i) => i * step) }
}

function truncate(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
