// The rehearsal handout as one HTML page: per slide a frame for its picture, section, time budget and
// notes, split at the clicks. Pure; every piece of lesson text is escaped, so it prints as the text it
// is. Each frame holds a link to `pictureLink(i)`: Chromium prints the link as an annotation marking
// where the frame landed, and handout-pdf.ts draws the deck PDF's page there.
import type { Deck, Rich } from '../lesson/types.ts'
import { escapeHtml } from '../html.ts'
import { plain, wordCount } from '../lesson/text.ts'
import { formatSeconds } from '../lesson/timing.ts'

export type Paper = 'a4' | 'letter'

export const PAPER_SIZES: Record<Paper, { css: string, playwright: 'A4' | 'Letter' }> = {
  a4: { css: 'A4', playwright: 'A4' },
  letter: { css: 'letter', playwright: 'Letter' },
}

export interface HandoutInput {
  deck: Deck
  /** The slide's size in pixels: the frames have its shape. */
  slideSize: { width: number, height: number }
  paper: Paper
  /** Stylesheets to load (the deck's fonts). */
  stylesheets: string[]
}

/** The link that marks where slide i (from 0) goes: never followed, it names a place for pdf-lib. */
export function pictureLink(i: number): string {
  return `https://handout.invalid/slide/${i + 1}`
}

/** One paragraph of notes; a paragraph that is one multi-line code span stays preformatted. */
export function richHtml(paragraph: Rich): string {
  if (paragraph.length === 1 && paragraph[0]!.code && paragraph[0]!.text.includes('\n'))
    return `<pre>${escapeHtml(paragraph[0]!.text)}</pre>`
  const inline = paragraph.map((span) => {
    let html = escapeHtml(span.text)
    if (span.code)
      html = `<code>${html}</code>`
    if (span.emphasis)
      html = `<em>${html}</em>`
    if (span.strong)
      html = `<strong>${html}</strong>`
    return html
  }).join('')
  return `<p>${inline}</p>`
}

/** Seconds the notes of a slide take at the deck's speaking rate. */
export function speakingSeconds(notes: Rich[][], wordsPerMinute: number): number {
  const words = notes.flat().reduce((sum, paragraph) => sum + wordCount(plain(paragraph)), 0)
  return Math.round(words / wordsPerMinute * 60)
}

/** The label of notes chunk k: what the speaker sees on screen while saying it. */
export function chunkLabel(k: number, clicks: number): string {
  if (clicks === 0)
    return ''
  return k === 0 ? 'Before the first click' : `Click ${k} of ${clicks}`
}

export function handoutHtml(input: HandoutInput): string {
  const { deck, slideSize, paper, stylesheets } = input
  const { lesson, timing } = deck
  const total = deck.slides.length
  const parts: string[] = []
  let sectionIndex: number | undefined
  deck.slides.forEach((slide, i) => {
    if (slide.section.index !== sectionIndex && slide.section.index >= 0) {
      sectionIndex = slide.section.index
      const plan = timing.planSeconds[sectionIndex]
      const need = timing.speakSeconds[sectionIndex]
      const over = plan !== undefined && need !== undefined && need > plan
      parts.push(`<h2 class="section">${escapeHtml(slide.section.title)}`
        + `<span class="budget${over ? ' over' : ''}">${plan !== undefined ? `budget ${formatSeconds(plan)}` : ''}`
        + `${need !== undefined ? ` · notes need ${formatSeconds(need)}` : ''}</span></h2>`)
    }
    const chunks = slide.notes
      .map((chunk, k) => ({ label: chunkLabel(k, slide.clicks), chunk }))
      .filter(({ chunk }) => chunk.length > 0)
      .map(({ label, chunk }) => `<div class="chunk">${label ? `<h4>${escapeHtml(label)}</h4>` : ''}${chunk.map(richHtml).join('')}</div>`)
    const seconds = speakingSeconds(slide.notes, timing.wordsPerMinute)
    // Preformatted notes (an ASCII diagram) need the whole width: the picture goes above them.
    const wide = chunks.some(chunk => chunk.includes('<pre>'))
    parts.push(`<article class="slide${wide ? ' wide' : ''}">
<header><span class="no">${i + 1}/${total}</span><h3>${escapeHtml(slide.title)}</h3>`
+ `<span class="meta">${slide.clicks > 0 ? `${slide.clicks} click${slide.clicks > 1 ? 's' : ''} · ` : ''}${seconds > 0 ? `≈ ${formatSeconds(seconds)} of notes` : 'no notes'}</span></header>
<div class="body"><figure style="aspect-ratio: ${slideSize.width} / ${slideSize.height}"><a class="picture" href="${pictureLink(i)}" aria-label="Slide ${i + 1}: ${escapeHtml(slide.title)}"></a></figure>
<div class="notes">${chunks.length > 0 ? chunks.join('\n') : '<p class="none">No notes for this slide.</p>'}</div></div>
</article>`)
  })
  const details = Object.entries(lesson.meta).map(([key, value]) => `${key}: ${value}`).join(' · ')
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${escapeHtml(lesson.title)} — rehearsal handout</title>
${stylesheets.map(href => `<link rel="stylesheet" href="${escapeHtml(href)}">`).join('\n')}
<style>${handoutCss(paper)}</style>
</head>
<body>
<header class="cover">
<h1>${escapeHtml(lesson.title)}</h1>
<p>${escapeHtml(details)}${details ? ' · ' : ''}${total} slides · planned ${formatSeconds(timing.totalSeconds)} at ${timing.wordsPerMinute} words a minute</p>
</header>
${parts.join('\n')}
</body>
</html>
`
}

function handoutCss(paper: Paper): string {
  return `
@page { size: ${PAPER_SIZES[paper].css}; }
* { box-sizing: border-box; -webkit-print-color-adjust: exact; print-color-adjust: exact; }
html { font-family: "Nunito Sans", ui-sans-serif, system-ui, sans-serif, "Noto Color Emoji"; font-size: 10.5pt; color: #1f2937; }
body { margin: 0; }
code, pre { font-family: "Fira Code", ui-monospace, monospace; font-size: 0.88em; }
pre { white-space: pre-wrap; background: #f3f4f6; padding: 2mm 3mm; border-radius: 2mm; }
.wide pre { white-space: pre; font-size: 7.5pt; line-height: 1.25; }
.cover { border-bottom: 0.6mm solid #1f2937; margin-bottom: 4mm; padding-bottom: 2mm; }
.cover h1 { font-size: 20pt; margin: 0 0 1mm; }
.cover p { margin: 0; color: #4b5563; }
h2.section { display: flex; justify-content: space-between; align-items: baseline; gap: 4mm; font-size: 13pt; margin: 6mm 0 2mm; padding-bottom: 1mm; border-bottom: 0.3mm solid #9ca3af; break-after: avoid-page; }
.budget { font-size: 9.5pt; font-weight: 600; color: #0f766e; white-space: nowrap; }
.budget.over { color: #b45309; }
.slide { margin: 0 0 5mm; break-inside: avoid-page; }
.slide > header { display: flex; align-items: baseline; gap: 3mm; margin-bottom: 1.5mm; }
.slide h3 { font-size: 11.5pt; margin: 0; flex: 1; }
.no, .meta { font-size: 9pt; color: #4b5563; white-space: nowrap; }
.body { display: grid; grid-template-columns: 78mm 1fr; gap: 5mm; align-items: start; }
.wide .body { grid-template-columns: 1fr; }
.wide figure { width: 78mm; }
figure { margin: 0; border: 0.3mm solid #d1d5db; border-radius: 1mm; overflow: hidden; break-inside: avoid; }
figure a.picture { display: block; width: 100%; height: 100%; }
.notes { line-height: 1.42; }
.notes p { margin: 0 0 1.6mm; break-inside: avoid; }
.chunk { margin-bottom: 2mm; }
.chunk h4 { break-after: avoid; font-size: 8.5pt; text-transform: uppercase; letter-spacing: 0.06em; color: #1d4ed8; margin: 0 0 0.8mm; }
.none { color: #6b7280; font-style: italic; }
`
}
