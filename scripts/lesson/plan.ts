// Lesson → Deck: which slides each section becomes, what they show, and the notes for each click.
// Pure. Words on a slide are short; the section's whole narration goes to the notes.
import { planScene } from './scenes.ts'
import { isAllStrong, labelOf, paragraphsOf, plain, regroup, type Sentence, sentencesOf, sentencesOfParagraphs, spans, wordCount } from './text.ts'
import { DEFAULT_WORDS_PER_MINUTE, planTiming } from './timing.ts'
import type { Deck, Lesson, NoteChunk, Rich, Section, Slide, SlideSection } from './types.ts'

export interface PlanOptions {
  wordsPerMinute?: number
  /** The next lesson's deck, when it is built beside this one: the Next Video slide links to it. */
  nextDeck?: { url: string, title: string }
}

/** How many key sentences a text slide shows at most. */
const MAX_POINTS = 4
const RE_STRAIGHT_QUOTE = /"/g
/** Words a key sentence should have: short enough to read from the back of a room. */
const IDEAL_POINT_WORDS = 7

export function planDeck(lesson: Lesson, options: PlanOptions = {}): Deck {
  const words = lesson.sections.map(section => wordCount(paragraphsOf(section.blocks).map(plain).join(' ')))
  const { timing, warnings } = planTiming(lesson, words, options.wordsPerMinute ?? DEFAULT_WORDS_PER_MINUTE)
  const slides = [coverSlide(lesson), ...lesson.sections.flatMap((section, index) => planSection(section, { index, kind: section.kind, title: section.title }))]
  const { nextDeck } = options
  if (nextDeck) {
    for (const slide of slides.filter(s => s.section.kind === 'next'))
      slide.component.props.next = { url: nextDeck.url, title: nextDeck.title }
  }
  return { lesson, slides, timing, warnings }
}

function planSection(section: Section, ref: SlideSection): Slide[] {
  const scene = planScene(section, ref)
  if (scene)
    return scene
  switch (section.kind) {
    case 'software':
      return labelledColumns(section, ref) ?? [keyPointsSlide(section, ref)]
    case 'diagram':
      return [diagramSlide(section, ref)]
    case 'examples':
      return [cardsSlide(section, ref) ?? keyPointsSlide(section, ref)]
    case 'think':
      return [thinkSlide(section, ref) ?? keyPointsSlide(section, ref)]
    case 'recap':
      return [recapSlide(section, ref) ?? keyPointsSlide(section, ref)]
    case 'one-liner':
      return [oneLinerSlide(section, ref)]
    default:
      return [keyPointsSlide(section, ref)]
  }
}

function coverSlide(lesson: Lesson): Slide {
  const details = Object.entries(lesson.meta).map(([key, value]) => `${key}: ${value}`)
  return {
    section: { index: -1, kind: 'cover', title: lesson.title },
    title: lesson.title,
    layout: 'cover',
    component: { name: 'LessonCover', props: { title: lesson.title, details } },
    clicks: 0,
    notes: [[spans(`${lesson.title}.`), ...details.map(detail => spans(`${detail}.`)), ...paragraphsOf(lesson.preamble)]],
  }
}

/** A heading and up to four key sentences of the narration, one click each; notes follow the sentences. */
export function keyPointsSlide(section: Section, ref: SlideSection, paragraphs = paragraphsOf(section.blocks), title = section.title): Slide {
  const sentences = sentencesOfParagraphs(paragraphs)
  const picked = pickKeySentences(sentences.map(sentence => (sentence.code ? '' : plain(sentence.text))), MAX_POINTS)
  return {
    section: ref,
    title,
    layout: 'default',
    // A slide that continues a section names the section above its own heading.
    component: { name: 'KeyPoints', props: { heading: title, kicker: title === section.title ? section.remarks.join(' · ') : section.title, points: picked.map(i => asPoint(sentences[i]!.text)) } },
    clicks: picked.length,
    notes: chunksAt(sentences, picked),
  }
}

/**
 * Picks up to `max` sentences spread over the text: the narration is cut into `max` runs,
 * and from each the sentence closest to a readable length (a `Label:` sentence is preferred).
 * Empty strings (code) are never picked.
 */
export function pickKeySentences(sentences: string[], max: number): number[] {
  const candidates = sentences.flatMap((sentence, i) => (sentence.trim() ? [i] : []))
  const picked: number[] = []
  const runs = Math.min(max, candidates.length)
  for (let run = 0; run < runs; run++) {
    const from = Math.floor(run * candidates.length / runs)
    const to = Math.floor((run + 1) * candidates.length / runs)
    const best = candidates.slice(from, to).reduce((a, b) => (pointScore(sentences[b]!) < pointScore(sentences[a]!) ? b : a))
    picked.push(best)
  }
  return picked
}

/** A sentence lifted out of its paragraph, without a quotation mark whose partner stayed behind. */
export function asPoint(sentence: Rich): string {
  const text = plain(sentence)
  const quotes = text.match(RE_STRAIGHT_QUOTE)?.length ?? 0
  if (quotes % 2 === 0)
    return text
  return text.startsWith('"') ? text.slice(1) : text.endsWith('"') ? text.slice(0, -1) : text
}

function pointScore(sentence: string): number {
  const words = wordCount(sentence)
  const labelBonus = /^[^:]{2,30}:\s/.test(sentence) ? 2 : 0
  return Math.abs(words - IDEAL_POINT_WORDS) - labelBonus + (words < 3 ? 4 : 0)
}

/**
 * Splits the narration at the given sentences: chunk 0 is what comes before the first,
 * chunk k runs from the k-th start up to the next.
 */
export function chunksAt(sentences: Sentence[], starts: number[]): NoteChunk[] {
  const bounds = [0, ...starts, sentences.length]
  return bounds.slice(0, -1).map((from, k) => regroup(sentences.slice(from, bounds[k + 1])))
}

/** Bold-labelled paragraphs (`**Product team.** …`): the first two side by side, the rest one slide each. */
function labelledColumns(section: Section, ref: SlideSection): Slide[] | undefined {
  const paragraphs = paragraphsOf(section.blocks)
  const labelled = paragraphs.map(labelOf)
  if (labelled.filter(Boolean).length < 2 || !labelled[0] || !labelled[1])
    return undefined
  const [left, right] = [labelled[0], labelled[1]]
  const column = (body: Rich) => pickKeySentences(sentencesOf(body).map(plain), 3).map(i => asPoint(sentencesOf(body)[i]!))
  const columns: Slide = {
    section: ref,
    title: `${left.label} vs ${right.label}`,
    layout: 'default',
    component: {
      name: 'TwoColumns',
      props: { kicker: section.title, heading: `${left.label} vs ${right.label}`, left: { title: left.label, points: column(left.body) }, right: { title: right.label, points: column(right.body) } },
    },
    clicks: 2,
    notes: [[], [paragraphs[0]!], [paragraphs[1]!]],
  }
  const rest = paragraphs.slice(2)
  const restSlides = rest.length === 0
    ? []
    : [keyPointsSlide(section, ref, rest, labelOf(rest[0]!)?.label ?? section.title)]
  return [columns, ...restSlides]
}

function diagramSlide(section: Section, ref: SlideSection): Slide {
  const code = section.blocks.find(block => block.kind === 'code')
  if (!code || code.kind !== 'code')
    return keyPointsSlide(section, ref)
  const narration = paragraphsOf(section.blocks.filter(block => block !== code))
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'AsciiDiagram', props: { heading: section.title, text: code.value } },
    clicks: 0,
    notes: [narration],
  }
}

/** One card per bold-labelled paragraph, one click each. */
function cardsSlide(section: Section, ref: SlideSection): Slide | undefined {
  const paragraphs = paragraphsOf(section.blocks)
  const cards = paragraphs.map(labelOf)
  if (cards.length === 0 || cards.some(card => !card))
    return undefined
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: {
      name: 'Cards',
      props: {
        heading: section.title,
        cards: cards.map(card => ({ title: card!.label, text: sentencesOf(card!.body).slice(0, 2).map(asPoint).join(' ') })),
      },
    },
    clicks: cards.length,
    notes: [[], ...paragraphs.map(paragraph => [paragraph])],
  }
}

/** A bold question, then the answer on click. */
function thinkSlide(section: Section, ref: SlideSection): Slide | undefined {
  const [question, ...answer] = paragraphsOf(section.blocks)
  if (!question || !isAllStrong(question) || answer.length === 0)
    return undefined
  const answerSentences = answer.flatMap(sentencesOf)
  const short = answerSentences.slice(0, 1).concat(answerSentences.filter(s => /\btrade-?off|\bgoal\b/i.test(plain(s))).slice(0, 2))
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'ThinkPause', props: { heading: section.title, question: plain(question), answer: short.map(plain) } },
    clicks: 1,
    notes: [[question], answer],
  }
}

function recapSlide(section: Section, ref: SlideSection): Slide | undefined {
  const list = section.blocks.find(block => block.kind === 'list')
  if (!list || list.kind !== 'list')
    return undefined
  const others = paragraphsOf(section.blocks.filter(block => block !== list))
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'KeyPoints', props: { heading: section.title, kicker: section.remarks.join(' · '), points: list.items.map(plain) } },
    clicks: list.items.length,
    notes: [others, ...list.items.map(item => [item])],
  }
}

function oneLinerSlide(section: Section, ref: SlideSection): Slide {
  const paragraphs = paragraphsOf(section.blocks)
  return {
    section: ref,
    title: section.title,
    layout: 'center',
    component: { name: 'OneLiner', props: { heading: section.title, line: paragraphs.map(plain).join(' ') } },
    clicks: 0,
    notes: [paragraphs.length > 0 ? paragraphs : [spans(section.title)]],
  }
}
