// The report page's "What you said" section (said-report.ts): per section of the last run listened
// to, the sentences said, the real pace and the sentences skipped; then those skipped again and again.
import type { SaidReport } from './said-report.ts'
import { escapeHtml } from '../html.ts'

export function saidSection(said: SaidReport | undefined): string {
  if (!said) {
    return `<section aria-labelledby="said-title">
<h2 id="said-title">What you said</h2>
<p>No run listened to yet. Press <strong>Record</strong> in the presenter view before you start the timer: once the run is saved, the dev server listens to the recording on this machine and tells which sentences of the notes you said.</p>
</section>`
  }
  const rows = said.sections.map(section => `<tr${section.skipped?.length ? ' class="keeps"' : ''}><th scope="row">${escapeHtml(section.title)}</th><td>${
    section.skipped === null ? 'not reached' : `${section.sentences - section.skipped.length} of ${section.sentences}`}</td><td>${
    section.wordsPerMinute === undefined ? '–' : Math.round(section.wordsPerMinute)}</td><td class="said-skipped">${
    (section.skipped ?? []).map(text => `<q>${escapeHtml(text)}</q>`).join(' ')}</td></tr>`).join('\n')
  const again = said.skippedAgain.length === 0
    ? `<p>No sentence skipped again and again (in most of the runs listened to, and at least twice).</p>`
    : `<ul class="overruns">${said.skippedAgain.map(s => `<li><q>${escapeHtml(s.text)}</q> (${escapeHtml(s.section)}): skipped in ${s.skips} of ${s.runs} runs</li>`).join('')}</ul>`
  return `<section aria-labelledby="said-title">
<h2 id="said-title">What you said</h2>
<p>The last run listened to, started ${escapeHtml(said.startedAt.slice(0, 16).replace('T', ' '))} UTC (${said.runsHeard} run${said.runsHeard === 1 ? '' : 's'} listened to). Real pace: the words you said over the time you spent in the section.</p>
<table class="said">
<caption>Sentences of the notes said, real pace and sentences skipped, per section</caption>
<thead><tr><th scope="col">Section</th><th scope="col">Said</th><th scope="col">Real wpm</th><th scope="col">Skipped</th></tr></thead>
<tbody>
${rows}
</tbody>
</table>
<h3>Skipped again and again</h3>
${again}
</section>`
}
