// The course page (dist/index.html): every lesson in series order, one compact row each, with what a
// speaker needs to pick one up — level, length, slides, whether the narration fits — and links to its
// deck, presenter view, PDF, handout, rehearsal report and video with captions; a filter by level and a search over titles.
// Pure: data in, HTML out. Static, fonts beside it, one small inline script for the filter (without it
// every lesson shows): it works offline from any static server. All links are relative to the page.
import { COURSE_FORMATS, FORMATS } from '../export/formats.ts'
import { escapeHtml, htmlPage } from '../html.ts'
import { formatSeconds } from '../lesson/timing.ts'

export interface CourseEntry {
  slug: string
  file: string
  title: string
  level?: string
  /** `4:00-5:00`, as the lesson states it. */
  videoLength?: string
  slides?: number
  planSeconds?: number
  notesSeconds?: number
  /** `FILE:LINE:COL: …` when the lesson could not be built. */
  error?: string
  /** The rehearsal report's path relative to the page, when there is one. */
  rehearsalReport?: string
  /** The lesson's video (`npm run video`) and its captions, relative to the page, when they were rendered. */
  video?: string
  captions?: string
  /** The title of the lesson its Next Video links to, when that one is in the course. */
  nextTitle?: string
}

/** Font files the page needs, copied beside it from @fontsource/nunito-sans. */
export const PAGE_FONTS = [400, 700, 800].map(weight => `nunito-sans-latin-${weight}-normal.woff2`)
export const PAGE_ASSETS_DIR = 'course-assets'

export function coursePage(title: string, entries: CourseEntry[]): string {
  const failed = entries.filter(entry => entry.error).length
  return htmlPage({
    title,
    head: `<link rel="icon" href="${PAGE_ASSETS_DIR}/favicon.svg">
<style>
${PAGE_FONTS.map(file => `@font-face { font-family: 'Nunito Sans'; font-weight: ${file.match(/-(\d+)-/)![1]}; font-display: swap; src: url(${PAGE_ASSETS_DIR}/${file}) format('woff2'); }`).join('\n')}
${STYLE}
</style>`,
    body: `<header class="course-header">
  <p class="kicker">Course</p>
  <h1>${escapeHtml(title)}</h1>
  <p class="summary">${entries.length} ${entries.length === 1 ? 'lesson' : 'lessons'} in series order${failed > 0 ? `, <strong class="failed-count">${failed} failed to build</strong>` : ''}.</p>
</header>
<main>
<form class="find" role="search" hidden>
  <label>Level <select id="find-level"><option value="">All levels</option>${levelsOf(entries).map(level => `<option value="${escapeHtml(level)}">${escapeHtml(level)}</option>`).join('')}</select></label>
  <label>Title <input id="find-title" type="search" placeholder="Search titles" autocomplete="off"></label>
  <p id="find-count" class="find-count" aria-live="polite">${entries.length} of ${entries.length} lessons</p>
</form>
<ol class="lessons">
${entries.map((entry, i) => lessonItem(entry, i + 1)).join('\n')}
</ol>
</main>
<script>${FILTER_SCRIPT}</script>`,
  })
}

/** The levels the lessons state, in the order they first appear. */
function levelsOf(entries: CourseEntry[]): string[] {
  return [...new Set(entries.flatMap(entry => (entry.level ? [entry.level] : [])))]
}

/** Shows the rows whose level and title match; the form is shown only where the script runs. */
const FILTER_SCRIPT = `(() => {
  const form = document.querySelector('.find'); const level = document.getElementById('find-level'); const title = document.getElementById('find-title'); const count = document.getElementById('find-count')
  const rows = [...document.querySelectorAll('ol.lessons > li')]
  const apply = () => {
    const words = title.value.toLowerCase().split(/\\s+/).filter(Boolean)
    let shown = 0
    for (const row of rows) {
      const show = (!level.value || row.dataset.level === level.value) && words.every(word => row.dataset.title.includes(word))
      row.hidden = !show
      shown += show ? 1 : 0
    }
    count.textContent = shown + ' of ' + rows.length + ' lessons'
  }
  form.hidden = false
  form.addEventListener('submit', event => event.preventDefault())
  level.addEventListener('change', apply)
  title.addEventListener('input', apply)
})()`

function lessonItem(entry: CourseEntry, number: number): string {
  const id = `lesson-${entry.slug}`
  const data = `data-level="${escapeHtml(entry.level ?? '')}" data-title="${escapeHtml(entry.title.toLowerCase())}"`
  if (entry.error) {
    return `<li class="lesson lesson--failed" aria-labelledby="${id}" ${data}>
  <p class="number" aria-hidden="true">${number}</p>
  <div class="failure">
    <h2 id="${id}">${escapeHtml(entry.title)} <span class="badge badge--failed">Failed</span></h2>
    <p>This lesson could not be built. Fix the lesson file and build again:</p>
    <pre class="error"><code>${escapeHtml(entry.error)}</code></pre>
  </div>
</li>`
  }
  const base = `${encodeURIComponent(entry.slug)}/`
  const fits = entry.planSeconds !== undefined && entry.notesSeconds !== undefined && entry.notesSeconds <= entry.planSeconds
  const facts: [string, string][] = [
    ['Level', entry.level ?? 'not stated'],
    ['Length', entry.videoLength ?? 'not stated'],
    ['Slides', String(entry.slides ?? '-')],
    ['Plan', entry.planSeconds === undefined ? '-' : formatSeconds(entry.planSeconds)],
    ['Notes need', entry.notesSeconds === undefined ? '-' : `${formatSeconds(entry.notesSeconds)} ${fits ? '<span class="fit fit--ok">✓ fits the plan</span>' : `<span class="fit fit--over">▲ ${formatSeconds(entry.notesSeconds! - entry.planSeconds!)} over the plan</span>`}`],
  ]
  const name = escapeHtml(entry.title)
  // Each link names its lesson for a screen reader, which may list the links out of context.
  const links: [string, string][] = [
    [base, 'Deck'],
    [`${base}presenter/1`, 'Presenter view'],
    ...COURSE_FORMATS.map((name): [string, string] => [`${base}${encodeURIComponent(FORMATS[name].fileName(entry.slug, false))}`, FORMATS[name].label]),
    ...(entry.rehearsalReport ? [[entry.rehearsalReport, 'Rehearsal report'] as [string, string]] : []),
    ...(entry.video ? [[entry.video, 'Video'] as [string, string]] : []),
    ...(entry.captions ? [[entry.captions, 'Captions'] as [string, string]] : []),
  ]
  return `<li class="lesson" aria-labelledby="${id}" ${data}>
  <p class="number" aria-hidden="true">${number}</p>
  <div class="head">
    <h2 id="${id}"><a href="${base}">${name}</a></h2>
    <dl class="facts">
${facts.map(([term, value]) => `      <div><dt>${term}</dt><dd>${term === 'Notes need' ? value : escapeHtml(value)}</dd></div>`).join('\n')}
    </dl>
    ${entry.nextTitle ? `<p class="next">Next video: ${escapeHtml(entry.nextTitle)}</p>` : ''}
  </div>
  <ul class="links">
${links.map(([href, label]) => `    <li><a href="${escapeHtml(href)}">${label}<span class="visually-hidden"> of ${name}</span></a></li>`).join('\n')}
  </ul>
</li>`
}

/** The decks' look (styles/index.css): Nunito Sans, the product blue and platform teal, dark ink. */
const STYLE = `:root { --product: #1d4ed8; --platform: #0f766e; --tension: #b45309; --ink: #1f2937; --muted: #4b5563; --fail: #b91c1c; --paper: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Nunito Sans', system-ui, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.4; }
.course-header { background: #fff; border-bottom: 6px solid var(--platform); padding: 1.2rem max(1.5rem, calc(50vw - 38rem)) 1rem; }
.kicker { margin: 0 0 0.2rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); font-size: 0.9rem; }
h1 { margin: 0 0 0.2rem; font-size: 2rem; font-weight: 800; line-height: 1.15; }
.summary { margin: 0; color: var(--muted); }
.failed-count { color: var(--fail); }
main { padding: 1rem max(1.5rem, calc(50vw - 38rem)) 3rem; }
.find { display: flex; flex-wrap: wrap; align-items: center; gap: 0.6rem 1.4rem; margin: 0 0 0.8rem; }
.find label { font-weight: 700; display: flex; align-items: center; gap: 0.5rem; }
.find select, .find input { font: inherit; font-weight: 400; padding: 0.3rem 0.5rem; border: 2px solid #94a3b8; border-radius: 8px; background: #fff; color: var(--ink); }
.find input { width: 16rem; }
.find-count { margin: 0; color: var(--muted); }
.lessons { list-style: none; margin: 0; padding: 0; display: grid; gap: 0.35rem; }
.lesson { display: grid; grid-template-columns: 2.2rem minmax(0, 1fr) auto; align-items: center; gap: 0.2rem 0.9rem; background: #fff; border-radius: 8px; border-left: 5px solid var(--product); padding: 0.45rem 0.9rem; box-shadow: 0 1px 2px rgb(0 0 0 / 0.08); }
.lesson:nth-child(even) { border-left-color: var(--platform); }
.lesson--failed, .lesson--failed:nth-child(even) { border-left-color: var(--fail); background: #fef2f2; }
.lesson[hidden] { display: none; }
.number { margin: 0; font-size: 1.1rem; font-weight: 800; color: var(--muted); text-align: right; }
.head { min-width: 0; }
h2 { margin: 0; font-size: 1.1rem; font-weight: 800; line-height: 1.25; }
h2 a { color: var(--ink); text-decoration: none; }
h2 a:hover { text-decoration: underline; }
.facts { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0.1rem 0 0; font-size: 0.9rem; }
.facts div { display: flex; gap: 0.3rem; }
dt { color: var(--muted); }
dd { margin: 0; font-weight: 700; }
.fit { font-weight: 700; }
.fit--ok { color: var(--platform); }
.fit--over { color: #92400e; }
.links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; justify-content: flex-end; gap: 0.35rem; }
.links a { display: inline-block; padding: 0.2rem 0.6rem; border-radius: 6px; border: 2px solid var(--product); color: var(--product); font-weight: 700; font-size: 0.9rem; text-decoration: none; }
.links li:first-child a { background: var(--product); color: #fff; }
.links a:hover { text-decoration: underline; }
a:focus-visible, .find :focus-visible { outline: 3px solid var(--tension); outline-offset: 3px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.next { margin: 0; color: var(--muted); font-size: 0.85rem; }
.badge { display: inline-block; vertical-align: middle; font-size: 0.8rem; padding: 0.05rem 0.5rem; border-radius: 999px; }
.badge--failed { background: var(--fail); color: #fff; }
.lesson--failed .failure { grid-column: 2 / -1; }
.lesson--failed p { margin: 0.1rem 0; }
.error { margin: 0.3rem 0 0; padding: 0.5rem 0.8rem; background: #fff; border: 1px solid #fecaca; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.9rem; }
@media (max-width: 52rem) { .lesson { grid-template-columns: 2.2rem minmax(0, 1fr); } .links { grid-column: 2; justify-content: flex-start; } }
@media (prefers-reduced-motion: no-preference) { .links a { transition: background-color 0.15s; } }`
