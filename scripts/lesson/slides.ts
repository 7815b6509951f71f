// The text slides a section can become: key points, two columns, cards, a think pause, the recap,
// the one-liner. Each builder returns undefined when the section doesn't
// have its shape, and the planner tries the next one; keyPointsSlide always fits.
import type { Block, Lesson, Rich, Section, Slide, SlideSection } from './types.ts'
import { namesOf, shows } from './names.ts'
import { asPoint, chunksAt, MAX_POINTS, selectPoints, showable } from './points.ts'
import { sectionSlide } from './section-slide.ts'
import { isAllStrong, labelledItem, labelOf, offSlideParagraphs, paragraphsOf, plain, sentencesOf, sentencesOfParagraphs, spans } from './text.ts'

/** The lines of a Think Together answer worth showing: the trade-off, the goal. */
const RE_ANSWER_LINE = /\btrade-?off|\bgoal\b/i
/** A sentence that points back to the one before (`It's …`, `That …`). */
const RE_LEANS = /^(?:it|that|this|they)\b/i

/** Lines of a Think Together answer. */
const MAX_ANSWER_LINES = 4

/** Points a column of TwoColumns shows. */
const COLUMN_POINTS = 3

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

/**
 * A heading and up to four points of the narration (selectPoints), one click each; the notes are cut
 * where each point's sentence starts. `from` skips paragraphs another slide of the section shows.
 * When the first point is where the narration starts (the section's topic), it is on screen before the
 * first click, with the words that say it: one click fewer, and step 0 shows what is being said.
 */
export function keyPointsSlide(section: Section, ref: SlideSection, from = 0, title = section.title): Slide {
  const paragraphs = paragraphsOf(section.blocks).slice(from)
  const off = offSlideParagraphs(section.blocks)
  const sentences = sentencesOfParagraphs(paragraphs)
  const points = selectPoints(sentences, { max: MAX_POINTS, heading: title, hidden: sentence => off.has(sentence.paragraph + from) })
  const shownAtStart = points[0]?.at === 0 ? 1 : 0
  return {
    section: ref,
    title,
    layout: 'default',
    // A slide that continues a section names the section above its own heading.
    component: {
      name: 'KeyPoints',
      props: {
        heading: title,
        kicker: title === section.title ? section.remarks.join(' · ') : section.title,
        points: points.map(point => point.text),
        ...(shownAtStart ? { shownAtStart } : {}),
      },
    },
    clicks: points.length - shownAtStart,
    notes: chunksAt(sentences, points.slice(shownAtStart).map(point => point.at)),
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
  const column = (body: Rich) => selectPoints(sentencesOfParagraphs([body]), { max: COLUMN_POINTS }).map(point => point.text)
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
    : [keyPointsSlide(section, ref, 2, labelOf(rest[0]!)?.label ?? section.title)]
  return [columns, ...restSlides]
}

/** One card per bold-labelled paragraph, one click each. */
export function cardsSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const paragraphs = paragraphsOf(section.blocks)
  const cards = paragraphs.map(labelOf)
  if (cards.length === 0 || cards.some(card => !card))
    return undefined
  return sectionSlide(section, ref, {
    component: {
      name: 'Cards',
      props: {
        heading: section.title,
        cards: cards.map(card => ({ title: card!.label, text: sentencesOf(card!.body).slice(0, 2).map(asPoint).join(' ') })),
        // Every paragraph is a card, so the narration starts with the first one: it is on screen from
        // the start, with its words in the notes before the first click.
        shownAtStart: 1,
      },
    },
    clicks: cards.length - 1,
    notes: paragraphs.map(paragraph => [paragraph]),
  })
}

/** Labelled items a grid of cards holds. */
const MAX_GRID_ITEMS = 6

/**
 * A run of labelled items (`**Thread pools**: …`, `Drawer 1: A–F`, `Step 1: …`) as a grid of cards, one
 * click each, instead of a numbered list; the narration before and after it on key-point slides of its own.
 */
export function labelledItemsSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const run = labelledRun(section.blocks)
  if (!run)
    return undefined
  const list = { items: run.items }
  const before = section.blocks.slice(0, run.from)
  const after = section.blocks.slice(run.to)
  // A line or two before the list introduces it, and is said before the first card; more is a slide of its own.
  const intro = sentencesOfParagraphs(paragraphsOf(before)).length <= 2 ? paragraphsOf(before) : []
  const cards = list.items.map(item => labelledItem(item)!)
  const grid: Slide = {
    section: ref,
    title: section.title,
    layout: 'default',
    component: {
      name: 'Cards',
      props: { heading: section.title, cards: cards.map(card => ({ title: card.label, text: sentencesOf(card.body).slice(0, 2).map(asPoint).join(' ') })), shownAtStart: 1 },
    },
    clicks: cards.length - 1,
    notes: list.items.map((item, i) => (i === 0 ? [...intro, item] : [item])),
  }
  const textOf = (blocks: Block[]) => (paragraphsOf(blocks).length > 0 ? [keyPointsSlide({ ...section, blocks }, ref)] : [])
  return [...(intro.length > 0 ? [] : textOf(before)), grid, ...textOf(after)]
}

/** The first run of labelled items: a list whose every item is labelled, or bold-labelled paragraphs one after another. */
function labelledRun(blocks: Block[]): { from: number, to: number, items: Rich[] } | undefined {
  const fits = (count: number) => count >= 2 && count <= MAX_GRID_ITEMS
  for (let from = 0; from < blocks.length; from++) {
    const block = blocks[from]!
    if (block.kind === 'list' && fits(block.items.length) && block.items.every(item => labelledItem(item)))
      return { from, to: from + 1, items: block.items }
    let to = from
    while (blocks[to]?.kind === 'paragraph' && labelOf((blocks[to] as Extract<Block, { kind: 'paragraph' }>).text))
      to++
    if (fits(to - from))
      return { from, to, items: blocks.slice(from, to).map(paragraph => (paragraph as Extract<Block, { kind: 'paragraph' }>).text) }
  }
  return undefined
}

/** A bold question, then the answer on click. */
export function thinkSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const [question, ...answer] = paragraphsOf(section.blocks)
  if (!question || !isAllStrong(question) || answer.length === 0)
    return undefined
  // The answer: its first sentence, then the lines that name the trade-off or the goal, each with the
  // sentence it leans on (`The answer isn't "who's right?" It's "what's the trade-off?"`).
  const sentences = answer.flatMap(sentencesOf).map(plain)
  const wanted = [0, ...sentences.flatMap((sentence, i) => (i > 0 && RE_ANSWER_LINE.test(sentence) ? [i] : [])).slice(0, 2)]
  // A figure the answer relies on (`20% of the next quarter`) gets its line too, when the question doesn't show it.
  const shown = () => [plain(question), ...wanted.map(i => sentences[i]!)].join(' ')
  const figure = sentences.findIndex((sentence, i) => !wanted.includes(i) && namesOf(sentence).some(name => !shows(shown(), name)))
  if (figure > 0 && wanted.length < MAX_ANSWER_LINES)
    wanted.push(figure)
  wanted.sort((a, b) => a - b)
  const short = wanted.map((i) => {
    const before = RE_LEANS.test(sentences[i]!) && i > 0 && !wanted.includes(i - 1) ? `${sentences[i - 1]} ` : ''
    // `The goal isn't removing v1.` is finished by the sentence that answers it: `It's nobody needing v1.`
    const after = sentences[i + 1] !== undefined && RE_LEANS.test(sentences[i + 1]!) && !wanted.includes(i + 1) && /n't\b|\bnot\b/.test(sentences[i]!) ? ` ${sentences[i + 1]}` : ''
    return before ? `${before}${sentences[i]}${after}` : `${showable(sentences[i]!)}${after}`
  })
  return sectionSlide(section, ref, {
    component: { name: 'ThinkPause', props: { heading: section.title, question: plain(question), answer: short.map(line => asPoint(line)) } },
    clicks: 1,
    notes: [[question], answer],
  })
}

/** The recap's list, one point per click. */
export function recapSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const list = section.blocks.find(block => block.kind === 'list')
  if (list?.kind !== 'list')
    return undefined
  const others = paragraphsOf(section.blocks.filter(block => block !== list))
  return sectionSlide(section, ref, {
    component: { name: 'KeyPoints', props: { heading: section.title, kicker: section.remarks.join(' · '), points: list.items.map(plain) } },
    clicks: list.items.length,
    notes: [others, ...list.items.map(item => [item])],
  })
}

/** The line to remember, large. */
export function oneLinerSlide(section: Section, ref: SlideSection): Slide[] {
  const paragraphs = paragraphsOf(section.blocks)
  return sectionSlide(section, ref, {
    layout: 'center',
    component: { name: 'OneLiner', props: { heading: section.title, line: paragraphs.map(plain).join(' ') } },
    clicks: 0,
    notes: [paragraphs.length > 0 ? paragraphs : [spans(section.title)]],
  })
}
