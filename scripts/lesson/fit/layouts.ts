// The text components' boxes, mirrored from their CSS, and the type size at which their words fit them: the
// planner decides with these whether a slide fits (fit/slides.ts), and each component sets its type with the
// same function, so what the plan decided is what the browser draws. Sizes are px on the 980×552 slide.
import type { Card, ComponentProps, IconSceneProps, TimelinePhase } from '../deck-contract.ts'
import type { FontWeight } from './measure.ts'
import { columnsOf, groupsOf, iconSize } from '../../../components/iconSteps.ts'
import { splitLabel } from '../../../components/pointLabel.ts'
import { linesAt, textWidth } from './measure.ts'

/** Body text never smaller: a point still reads from the back of a room on a projected 980×552 slide. */
export const FLOOR_PX = 20
/** Cards and timeline phases, read as a grid of short texts, may go a little smaller. */
export const DENSE_FLOOR_PX = 18
/** Slidev's default layout less its padding (56 px each side, 40 px above and below). */
export const CANVAS = { width: 868, height: 472 }
/**
 * The measured widths are Chromium's own (kerning included). At the full width the model counted the lines of 351
 * of the 355 points, cards, phases and bullets of the 11 lessons' decks as Chromium broke them, and one line too
 * few for 4 that ended within a pixel of the line's end; with this half per cent it counts 348 exactly and 7 one
 * line too many, never too few. The layout's 40 px padding under the text absorbs what a model can still miss.
 */
const WIDTH_SAFETY = 0.995

/** The heading (Slidev's h1: 40 px lines, 1rem below; its size taken at 36 px) and the kicker above it (56 px, measured). */
export function headerHeight(heading: string, kicker?: string): number {
  return linesAt(heading, 36, CANVAS.width * WIDTH_SAFETY, 700) * 40 + 16 + (kicker ? 56 : 0)
}

/** Height `texts` stack to at `size` px in a column `width` px wide, each adding `perItem` px. */
export function stackHeight(texts: string[], size: number, width: number, lineHeight: number, perItem = 0, weight: FontWeight = 400): number {
  return texts.reduce((sum, text) => sum + linesAt(text, size, width * WIDTH_SAFETY, weight) * size * lineHeight + perItem, 0)
}

/** The largest whole size from `max` down to `min` that `fits`, or undefined when none does. */
export function largestFitting(max: number, min: number, fits: (size: number) => boolean): number | undefined {
  for (let size = max; size >= min; size--) {
    if (fits(size))
      return size
  }
  return undefined
}

interface KeyPointsBox { heading: string, kicker?: string, points: string[], next?: unknown }

/**
 * The KeyPoints list is centred in its box, so a list a little taller than the box takes half the difference from
 * the 26 px between it and the heading and half from the 40 px padding under it, and still reads well.
 */
const CENTRED_GRACE = 32

/**
 * KeyPoints: numbered slots, 12 px apart, each its text beside a 44 px number, 10 px padding above and below, and
 * at least 1.8 lines' height.
 */
export function keyPointsSize(props: KeyPointsBox, reserveNext = false): number | undefined {
  const room = CANVAS.height - headerHeight(props.heading, props.kicker) - 9.6 + CENTRED_GRACE - (props.next || reserveNext ? 61 : 0)
  const width = CANVAS.width - 5 - 44 - 14 - 16
  // A point's lead-in is set in bold: it takes the room of the same words set wider.
  const boldExtra = (point: string, size: number) => {
    const { label } = splitLabel(point)
    return label ? textWidth(`${label}:`, size, 800) - textWidth(`${label}:`, size) : 0
  }
  const slot = (point: string, size: number) => Math.max(stackHeight([point], size, width - boldExtra(point, size), 1.3), 1.8 * size) + 20
  return largestFitting(34, FLOOR_PX, size => props.points.reduce((sum, point) => sum + slot(point, size), 0) + 12 * (props.points.length - 1) <= room)
}

/** Cards per row: at most three; four make two rows of two. */
export function cardsPerRow(count: number): number {
  return count === 4 ? 2 : Math.min(Math.max(count, 1), 3)
}

/** Cards: a grid under the heading, each card its title (1.7rem, weight 800) over its text. */
export function cardsSize(props: { heading: string, cards: Card[] }): number | undefined {
  const perRow = cardsPerRow(props.cards.length)
  const width = (CANVAS.width - 16 * (perRow - 1)) / perRow - 36
  const room = CANVAS.height - headerHeight(props.heading) - 16
  const rows = Array.from({ length: Math.ceil(props.cards.length / perRow) }, (_, r) => props.cards.slice(r * perRow, (r + 1) * perRow))
  const cardHeight = (card: Card, size: number) => 34 + stackHeight([card.title], 27.2, width, 1.2, 8, 800) + stackHeight([card.text], size, width, 1.4)
  const gridHeight = (size: number) => rows.reduce((sum, row) => sum + Math.max(...row.map(card => cardHeight(card, size))), 0) + 16 * (rows.length - 1)
  return largestFitting(28, DENSE_FLOOR_PX, size => gridHeight(size) <= room)
}

/** ThinkPause: the question in its box (at most 170 px tall), the answer under it, its first line 1.2 times larger. */
export function thinkSizes(props: ComponentProps['ThinkPause']): { question: number, answer: number } | undefined {
  const room = CANVAS.height - headerHeight(props.heading) - 24
  const questionHeight = (size: number) => stackHeight([props.question], size, CANVAS.width - 46, 1.4, 28)
  const question = largestFitting(30, FLOOR_PX, size => questionHeight(size) <= 170)
  if (question === undefined)
    return undefined
  const lineHeight = (line: string, i: number, size: number) => (i === 0
    ? stackHeight([line], size * 1.2, CANVAS.width, 1.4, 10, 800)
    : stackHeight([line], size, CANVAS.width, 1.4, 10))
  const answerHeight = (size: number) => props.answer.reduce((sum, line, i) => sum + lineHeight(line, i, size), 0)
  const answer = largestFitting(28, FLOOR_PX, size => answerHeight(size) <= room - questionHeight(question))
  return answer === undefined ? undefined : { question, answer }
}

/** TwoColumns: two framed columns side by side, each its title (1.6rem) over its bullets. */
export function twoColumnsSize(props: Omit<ComponentProps['TwoColumns'], 'kicker'> & { kicker?: string }): number | undefined {
  const room = CANVAS.height - headerHeight(props.heading, props.kicker) - 12.8 - 34
  const width = (CANVAS.width - 20) / 2 - 36
  return largestFitting(30, FLOOR_PX, size => [props.left, props.right].every(column =>
    stackHeight([column.title], 25.6, width, 1.2, 8, 800) + stackHeight(column.points, size, width - 1.1 * size, 1.35, 10) <= room))
}

/** Timeline sizes: the phases' points and labels, and the closing banner's line. */
export interface TimelineSizes { point: number, label: number, moral: number }

/** Timeline: a line through time, the phases side by side under it, a closing banner across the slide. */
export function timelineSizes(props: { heading: string, kicker?: string, phases: TimelinePhase[], moral?: boolean }): TimelineSizes | undefined {
  const events: TimelinePhase[] = props.moral ? props.phases.slice(0, -1) : props.phases
  const closing = props.moral ? props.phases.at(-1) : undefined
  const width = (CANVAS.width - 12.8 * (events.length - 1)) / Math.max(events.length, 1) - 17.6
  const room = CANVAS.height - headerHeight(props.heading, props.kicker) - 9.6 - 36 - 8
  const at = (point: number): TimelineSizes => ({ point, label: point + 0.8, moral: point + 3.2 })
  const eventHeight = (phase: TimelinePhase, sizes: TimelineSizes) => 22.6
    + (phase.label ? stackHeight([phase.label], sizes.label, width, 1.2, 4.8, 800) : 0)
    + stackHeight(phase.points, sizes.point, width, 1.3, 4)
  const moralHeight = (sizes: TimelineSizes) => (closing
    ? 14.4 + 25.2 + stackHeight([[closing.label.toUpperCase(), ...closing.points].join('   ')], sizes.moral, CANVAS.width - 38, 1.3, 0, 700)
    : 0)
  const point = largestFitting(19, DENSE_FLOOR_PX, size => Math.max(...events.map(phase => eventHeight(phase, at(size)))) + moralHeight(at(size)) <= room)
  return point === undefined ? undefined : at(point)
}

/**
 * IconScene: whether the things fit under the heading and the lead lines (1.25rem, 54rem wide): each a row of
 * icons with their captions (1.3rem, weight 700, as wide as the icon and its margin); two sides framed (396 px inside), with
 * their labels when they have them.
 */
export function iconSceneFits(props: IconSceneProps): boolean {
  const lead = props.lead.reduce((sum, line) => sum + stackHeight([line], 20, 864, 1.3, 3.2), 0)
  const room = CANVAS.height - headerHeight(props.heading, props.kicker) - lead
  const icon = iconSize(props.shape, props.items)
  const groups = groupsOf(props.shape, props.items)
  const framed = groups.length === 2
  const groupWidth = framed ? 396 : CANVAS.width
  const itemWidth = icon + 38.4
  const groupHeight = (group: typeof props.items) => {
    const perRow = framed ? Math.max(Math.floor((groupWidth + 19.2) / (itemWidth + 19.2)), 1) : columnsOf(group.length)
    const rows = Array.from({ length: Math.ceil(group.length / perRow) }, (_, r) => group.slice(r * perRow, (r + 1) * perRow))
    const rowHeight = (row: typeof group) => icon + 8 + 14.4 + Math.max(...row.map(item => stackHeight([item.caption], 20.8, itemWidth, 1.2, 0, 700)))
    const frame = framed ? 25.6 + 5 + (props.groupLabels ? 20.8 * 1.2 + 9.6 : 0) : 0
    return rows.reduce((sum, row) => sum + rowHeight(row), 0) + 16 * (rows.length - 1) + frame
  }
  return Math.max(...groups.map(groupHeight)) <= room
}
