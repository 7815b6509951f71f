// The text slides a section can become: key points, two columns, cards, a think pause, the recap,
// the one-liner, a diagram shown as drawn. Each builder returns undefined when the section doesn't
// have its shape, and the planner tries the next one; keyPointsSlide always fits.
import { asPoint, chunksAt, MAX_POINTS, pickKeySentences } from './points.ts'
import { isAllStrong, labelOf, paragraphsOf, plain, sentencesOf, sentencesOfParagraphs, spans } from './text.ts'
import type { Lesson, Rich, Section, Slide, SlideSection } from './types.ts'

export function coverSlide(lesson: Lesson): Slide {
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

export function keyPoints(section: Section, ref: SlideSection): Slide[] {
  return [keyPointsSlide(section, ref)]
}

/** Bold-labelled paragraphs (`**Product team.** …`): the first two side by side, the rest one slide each. */
export function labelledColumns(section: Section, ref: SlideSection): Slide[] | undefined {
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

/** The diagram exactly as drawn, for a diagram no scene can read whole; the narration in the notes. */
export function asciiDiagramSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const code = section.blocks.find(block => block.kind === 'code')
  if (code?.kind !== 'code')
    return undefined
  const narration = paragraphsOf(section.blocks.filter(block => block !== code))
  return [{
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'AsciiDiagram', props: { heading: section.title, text: code.value } },
    clicks: 0,
    notes: [narration],
  }]
}

/** One card per bold-labelled paragraph, one click each. */
export function cardsSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const paragraphs = paragraphsOf(section.blocks)
  const cards = paragraphs.map(labelOf)
  if (cards.length === 0 || cards.some(card => !card))
    return undefined
  return [{
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
  }]
}

/** A bold question, then the answer on click. */
export function thinkSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const [question, ...answer] = paragraphsOf(section.blocks)
  if (!question || !isAllStrong(question) || answer.length === 0)
    return undefined
  const answerSentences = answer.flatMap(sentencesOf)
  const short = answerSentences.slice(0, 1).concat(answerSentences.filter(s => /\btrade-?off|\bgoal\b/i.test(plain(s))).slice(0, 2))
  return [{
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'ThinkPause', props: { heading: section.title, question: plain(question), answer: short.map(plain) } },
    clicks: 1,
    notes: [[question], answer],
  }]
}

/** The recap's list, one point per click. */
export function recapSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const list = section.blocks.find(block => block.kind === 'list')
  if (list?.kind !== 'list')
    return undefined
  const others = paragraphsOf(section.blocks.filter(block => block !== list))
  return [{
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'KeyPoints', props: { heading: section.title, kicker: section.remarks.join(' · '), points: list.items.map(plain) } },
    clicks: list.items.length,
    notes: [others, ...list.items.map(item => [item])],
  }]
}

/** The line to remember, large. */
export function oneLinerSlide(section: Section, ref: SlideSection): Slide[] {
  const paragraphs = paragraphsOf(section.blocks)
  return [{
    section: ref,
    title: section.title,
    layout: 'center',
    component: { name: 'OneLiner', props: { heading: section.title, line: paragraphs.map(plain).join(' ') } },
    clicks: 0,
    notes: [paragraphs.length > 0 ? paragraphs : [spans(section.title)]],
  }]
}
