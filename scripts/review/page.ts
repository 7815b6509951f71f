// The review's two pages, as HTML: every picture of the lesson with its one-click answers, and the icons
// offered for one word. Pure. Lesson text is escaped; icon bodies come from the icon set, never the lesson.
import type { IconSvg } from '../lesson/types.ts'
import type { ReviewedPicture, ReviewedSection, WordToDraw } from './pictures.ts'
import { escapeHtml, htmlPage } from '../html.ts'

const STYLE = `<link rel="icon" href="data:,">
<style>
body { font: 16px/1.4 system-ui, sans-serif; margin: 2rem auto; max-width: 72rem; padding: 0 1.5rem; color: #1f2430; }
h1 { font-size: 1.5rem; margin: 0 0 .3rem; } h2 { font-size: 1.2rem; margin: 2rem 0 .5rem; }
.how, .directive { color: #555; } code { background: #f1f2f6; padding: .1rem .3rem; border-radius: 4px; }
.notice { background: #eef7ee; border: 1px solid #9c9; padding: .6rem .9rem; border-radius: 6px; }
.problem { background: #fdeeee; border: 1px solid #d99; padding: .6rem .9rem; border-radius: 6px; white-space: pre-wrap; }
.pictures { display: grid; grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.picture { border: 1px solid #d8dbe3; border-radius: 8px; padding: .8rem; display: flex; flex-direction: column; gap: .4rem; }
.picture.is-picked { border-color: #5a8f5a; }
svg.icon { width: 4rem; height: 4rem; flex: none; } .now { display: flex; align-items: center; gap: .8rem; }
.word { font-weight: 600; } .icon-name { color: #666; font-size: .85rem; } .sentence { margin: 0; }
mark { background: #fff0a8; } .answers { display: flex; gap: .5rem; margin-top: auto; }
button, .button { font: inherit; padding: .35rem .8rem; border-radius: 6px; border: 1px solid #888; background: #fff; color: inherit; text-decoration: none; cursor: pointer; }
button.wrong { border-color: #c55; color: #a22; }
.forbidden { display: flex; flex-wrap: wrap; gap: .5rem 1.2rem; padding: 0; list-style: none; } .forbidden li, .forbidden form { display: flex; align-items: center; gap: .4rem; }
.offers { display: grid; grid-template-columns: repeat(auto-fill, minmax(8rem, 1fr)); gap: .8rem; padding: 0; list-style: none; }
.offer button { width: 100%; display: flex; flex-direction: column; align-items: center; gap: .3rem; }
</style>`

export interface PageNotes {
  /** What the last answer wrote, shown once. */
  notice?: string
  /** Why the lesson can't be shown (it doesn't generate), or why the deck was not regenerated. */
  problem?: string
}

/** The page of every picture of the lesson. */
export function listPage(lesson: string, sections: ReviewedSection[], notes: PageNotes = {}): string {
  const body = sections.map(section => `<section id="section-${section.index}" data-section="${escapeHtml(section.heading)}">
<h2>${escapeHtml(section.heading)}</h2>
${section.directive ? `<p class="directive">In the lesson: <code>${escapeHtml(section.directive)}</code></p>` : ''}
${section.forbidden.length > 0 ? `<ul class="forbidden">${section.forbidden.map(word => `<li>Never “${escapeHtml(word)}” ${answerForm({ section: section.index, heading: section.heading, word }, 'forget', 'Draw again')}</li>`).join('')}</ul>` : ''}
${section.pictures.length > 0 ? `<ul class="pictures">${section.pictures.map(pictureCard).join('\n')}</ul>` : '<p class="how">No picture of things.</p>'}
${section.mayAdd ? addForm(section.index) : ''}
</section>`).join('\n')
  return htmlPage({
    title: `Pictures of ${lesson}`,
    head: STYLE,
    body: `<h1>Pictures of ${escapeHtml(lesson)}</h1>
<p class="how">Each picture as the deck draws it. <b>Wrong</b> never draws the word in its section; <b>Pick another</b> draws it with another icon;
<b>Draw again</b> and <b>Undo pick</b> give the word back to the generator. A story or analogy left without a picture takes one of its words to draw.
Each answer is written into the lesson, as a <code>&lt;!-- pictures: … --&gt;</code> line under the section's heading, and the deck is generated again.</p>
${noteHtml(notes)}
${body || '<p class="how">This lesson shows no picture of things.</p>'}`,
  })
}

/** The icons offered for one picture's word (or for what the author searched instead); for a word with no picture yet, the first ones. */
export function pickPage(picture: ReviewedPicture | WordToDraw, query: string, offers: { icon: string, svg: IconSvg }[]): string {
  const choices = offers.map(offer => `<li class="offer">${answerForm(picture, 'pick', `${svgHtml(offer.svg, offer.icon)}<span class="icon-name">${escapeHtml(offer.icon)}</span>`, offer.icon)}</li>`).join('\n')
  const drawn = 'svg' in picture ? picture : undefined
  return htmlPage({
    title: `${drawn ? 'Pick another icon' : 'Pick an icon'} for ${picture.said}`,
    head: STYLE,
    body: `<h1>${drawn ? 'Another icon' : 'An icon'} for “${escapeHtml(picture.said)}” in ${escapeHtml(picture.heading)}</h1>
<p class="sentence">${markedSentence(picture)}</p>
${drawn ? `<div class="now">Now ${svgHtml(drawn.svg, drawn.icon)} <span class="icon-name">${escapeHtml(drawn.icon)}</span> ${answerForm(picture, 'wrong', 'Wrong: draw nothing')}</div>` : ''}
<form method="get" action="/pick">
<input type="hidden" name="section" value="${picture.section}"><input type="hidden" name="word" value="${escapeHtml(picture.word)}">
<label>Icons for <input name="q" value="${escapeHtml(query)}"></label> <button>Search</button> <a class="button" href="/#section-${picture.section}">Back</a>
</form>
${choices ? `<ul class="offers">${choices}</ul>` : `<p class="how">No icon of the set is named or tagged “${escapeHtml(query)}”: search another word.</p>`}`,
  })
}

function pictureCard(picture: ReviewedPicture): string {
  const pick = `/pick?section=${picture.section}&word=${encodeURIComponent(picture.word)}`
  return `<li class="picture${picture.picked ? ' is-picked' : ''}" data-word="${escapeHtml(picture.word)}" data-icon="${escapeHtml(picture.icon)}">
${svgHtml(picture.svg, picture.said)}
<span class="word">${escapeHtml(picture.caption)}</span><span class="icon-name">${escapeHtml(picture.icon)}${picture.picked ? ' · picked' : ''}</span>
<p class="sentence">${markedSentence(picture)}</p>
<div class="answers">${answerForm(picture, 'wrong', 'Wrong')}<a class="button" href="${escapeHtml(pick)}">Pick another</a>${picture.picked ? answerForm(picture, 'forget', 'Undo pick') : ''}</div>
</li>`
}

function answerForm(picture: Pick<ReviewedPicture, 'section' | 'heading' | 'word'>, kind: 'wrong' | 'pick' | 'forget', label: string, icon?: string): string {
  return `<form method="post" action="/answer">
<input type="hidden" name="kind" value="${kind}"><input type="hidden" name="section" value="${picture.section}">
<input type="hidden" name="heading" value="${escapeHtml(picture.heading)}"><input type="hidden" name="word" value="${escapeHtml(picture.word)}">
${icon ? `<input type="hidden" name="icon" value="${escapeHtml(icon)}">` : ''}<button class="${kind}">${label}</button>
</form>`
}

/** The form that adds a picture to a section without one: a word it says, then its icon. */
function addForm(section: number): string {
  return `<form method="get" action="/pick" class="add">
<input type="hidden" name="section" value="${section}"><label>Draw a word it says <input name="word" required></label> <button>Find icons</button>
</form>`
}

/** The sentence with the word marked where it is first said. */
function markedSentence(picture: Pick<ReviewedPicture, 'sentence' | 'said'>): string {
  const at = picture.sentence.toLowerCase().indexOf(picture.said)
  if (at < 0)
    return escapeHtml(picture.sentence)
  const end = at + picture.said.length
  return `${escapeHtml(picture.sentence.slice(0, at))}<mark>${escapeHtml(picture.sentence.slice(at, end))}</mark>${escapeHtml(picture.sentence.slice(end))}`
}

function svgHtml(svg: IconSvg, label: string): string {
  return `<svg class="icon" xmlns="http://www.w3.org/2000/svg" viewBox="${escapeHtml(svg.viewBox)}" role="img" aria-label="${escapeHtml(label)}">${svg.body}</svg>`
}

function noteHtml(notes: PageNotes): string {
  return [
    notes.notice ? `<p class="notice" role="status">${escapeHtml(notes.notice)}</p>` : '',
    notes.problem ? `<p class="problem" role="alert">${escapeHtml(notes.problem)}</p>` : '',
  ].join('\n')
}

/** A page saying what went wrong, with the way back to the list. */
export function messagePage(message: string): string {
  return htmlPage({ title: 'Review', head: STYLE, body: `<p class="problem">${escapeHtml(message)}</p><p><a class="button" href="/">Back to the pictures</a></p>` })
}
