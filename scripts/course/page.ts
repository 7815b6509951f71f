// The course page (dist/index.html): every lesson in series order with what a speaker needs to
// pick one up — level, length, slides, whether the narration fits — and links to its deck,
// presenter view, PDF, handout, rehearsal report, and its video with captions. Pure: data in, HTML out. Static, no script,
// fonts beside it: it works offline from any static server. All links are relative to the page.
import { escapeHtml } from '../export/handout-html.ts'
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
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="${PAGE_ASSETS_DIR}/favicon.svg">
<style>
${PAGE_FONTS.map(file => `@font-face { font-family: 'Nunito Sans'; font-weight: ${file.match(/-(\d+)-/)![1]}; font-display: swap; src: url(${PAGE_ASSETS_DIR}/${file}) format('woff2'); }`).join('\n')}
${STYLE}
</style>
</head>
<body>
<header class="course-header">
  <p class="kicker">Course</p>
  <h1>${escapeHtml(title)}</h1>
  <p class="summary">${entries.length} ${entries.length === 1 ? 'lesson' : 'lessons'} in series order${failed > 0 ? `, <strong class="failed-count">${failed} failed to build</strong>` : ''}.</p>
</header>
<main>
<ol class="lessons">
${entries.map((entry, i) => lessonItem(entry, i + 1)).join('\n')}
</ol>
</main>
</body>
</html>
`
}

function lessonItem(entry: CourseEntry, number: number): string {
  const id = `lesson-${entry.slug}`
  if (entry.error) {
    return `<li class="lesson lesson--failed" aria-labelledby="${id}">
  <p class="number" aria-hidden="true">${number}</p>
  <div class="body">
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
    ['Video length', entry.videoLength ?? 'not stated'],
    ['Slides', String(entry.slides ?? '-')],
    ['Planned time', entry.planSeconds === undefined ? '-' : formatSeconds(entry.planSeconds)],
    ['Notes need', entry.notesSeconds === undefined ? '-' : `${formatSeconds(entry.notesSeconds)} ${fits ? '<span class="fit fit--ok">✓ fits the plan</span>' : `<span class="fit fit--over">▲ ${formatSeconds(entry.notesSeconds! - entry.planSeconds!)} over the plan</span>`}`],
  ]
  const name = escapeHtml(entry.title)
  // Each link names its lesson for a screen reader, which may list the links out of context.
  const links: [string, string][] = [
    [base, 'Deck'],
    [`${base}presenter/1`, 'Presenter view'],
    [`${base}${encodeURIComponent(entry.slug)}.pdf`, 'PDF'],
    [`${base}${encodeURIComponent(entry.slug)}-handout.pdf`, 'Handout'],
    ...(entry.rehearsalReport ? [[entry.rehearsalReport, 'Rehearsal report'] as [string, string]] : []),
    ...(entry.video ? [[entry.video, 'Video'] as [string, string]] : []),
    ...(entry.captions ? [[entry.captions, 'Captions'] as [string, string]] : []),
  ]
  return `<li class="lesson" aria-labelledby="${id}">
  <p class="number" aria-hidden="true">${number}</p>
  <div class="body">
    <h2 id="${id}"><a href="${base}">${name}</a></h2>
    <dl class="facts">
${facts.map(([term, value]) => `      <div><dt>${term}</dt><dd>${term === 'Notes need' ? value : escapeHtml(value)}</dd></div>`).join('\n')}
    </dl>
    <ul class="links">
${links.map(([href, label]) => `      <li><a href="${escapeHtml(href)}">${label}<span class="visually-hidden"> of ${name}</span></a></li>`).join('\n')}
    </ul>
    ${entry.nextTitle ? `<p class="next">Next video: ${escapeHtml(entry.nextTitle)}</p>` : ''}
  </div>
</li>`
}

/** The decks' look (styles/index.css): Nunito Sans, the product blue and platform teal, dark ink. */
const STYLE = `:root { --product: #1d4ed8; --platform: #0f766e; --tension: #b45309; --ink: #1f2937; --muted: #4b5563; --fail: #b91c1c; --paper: #f8fafc; }
* { box-sizing: border-box; }
body { margin: 0; font-family: 'Nunito Sans', system-ui, sans-serif; color: var(--ink); background: var(--paper); line-height: 1.45; }
.course-header { background: #fff; border-bottom: 6px solid var(--platform); padding: 2rem max(1.5rem, calc(50vw - 30rem)) 1.5rem; }
.kicker { margin: 0 0 0.4rem; text-transform: uppercase; letter-spacing: 0.08em; color: var(--muted); font-size: 0.95rem; }
h1 { margin: 0 0 0.4rem; font-size: 2.3rem; font-weight: 800; line-height: 1.15; }
.summary { margin: 0; color: var(--muted); }
.failed-count { color: var(--fail); }
main { padding: 1.5rem max(1.5rem, calc(50vw - 30rem)) 3rem; }
.lessons { list-style: none; margin: 0; padding: 0; display: grid; gap: 1.1rem; }
.lesson { display: grid; grid-template-columns: 3.2rem 1fr; gap: 1rem; background: #fff; border-radius: 12px; border-left: 6px solid var(--product); padding: 1.1rem 1.3rem; box-shadow: 0 1px 3px rgb(0 0 0 / 0.08); }
.lesson:nth-child(even) { border-left-color: var(--platform); }
.lesson--failed, .lesson--failed:nth-child(even) { border-left-color: var(--fail); background: #fef2f2; }
.number { margin: 0; font-size: 2rem; font-weight: 800; color: var(--muted); text-align: center; }
h2 { margin: 0 0 0.6rem; font-size: 1.45rem; font-weight: 800; }
h2 a { color: var(--ink); text-decoration: none; }
h2 a:hover { text-decoration: underline; }
.facts { display: flex; flex-wrap: wrap; gap: 0.4rem 1.6rem; margin: 0 0 0.9rem; }
.facts div { min-width: 6rem; }
dt { font-size: 0.8rem; text-transform: uppercase; letter-spacing: 0.06em; color: var(--muted); }
dd { margin: 0; font-weight: 700; }
.fit { font-weight: 700; font-size: 0.9rem; }
.fit--ok { color: var(--platform); }
.fit--over { color: #92400e; }
.links { list-style: none; margin: 0; padding: 0; display: flex; flex-wrap: wrap; gap: 0.5rem; }
.links a { display: inline-block; padding: 0.35rem 0.9rem; border-radius: 8px; border: 2px solid var(--product); color: var(--product); font-weight: 700; text-decoration: none; }
.links li:first-child a { background: var(--product); color: #fff; }
.links a:hover { text-decoration: underline; }
a:focus-visible { outline: 3px solid var(--tension); outline-offset: 3px; }
.visually-hidden { position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0; }
.next { margin: 0.8rem 0 0; color: var(--muted); }
.badge { display: inline-block; vertical-align: middle; font-size: 0.85rem; padding: 0.1rem 0.55rem; border-radius: 999px; }
.badge--failed { background: var(--fail); color: #fff; }
.error { margin: 0.4rem 0 0; padding: 0.7rem 0.9rem; background: #fff; border: 1px solid #fecaca; border-radius: 8px; white-space: pre-wrap; overflow-wrap: anywhere; font-size: 0.95rem; }
@media (prefers-reduced-motion: no-preference) { .links a { transition: background-color 0.15s; } }`
