// Makes each planned text slide fit its canvas at every click, deciding before the browser does. A slide whose
// words fit at a readable size (layouts.ts) stays as it is. Otherwise: a list of points or a grid of cards goes
// on over as many slides as it needs, each with its share of the points, clicks and notes; a timeline shows one
// line per phase; a think pause keeps the first lines of its answer; two columns keep their first points; an icon
// scene keeps the first line of its lead (the notes keep every word). A slide that still can't fit is refused, and the planner tries the section's next
// builder. Pure.
import type { ComponentProps, NoteChunk, Slide } from '../types.ts'
import { cardsSize, iconSceneFits, keyPointsSize, thinkSizes, timelineSizes, twoColumnsSize } from './layouts.ts'

/** What a continuation slide says above its heading. */
export const CONTINUED = 'continued'

/** The slides, each made to fit; undefined when one of them can't be. */
export function fitSlides(slides: Slide[]): Slide[] | undefined {
  const fitted: Slide[] = []
  for (const slide of slides) {
    const parts = fitSlide(slide)
    if (!parts)
      return undefined
    fitted.push(...parts)
  }
  return fitted
}

export function fitSlide(slide: Slide): Slide[] | undefined {
  const { component } = slide
  switch (component.name) {
    case 'KeyPoints': {
      const reserveNext = slide.section.kind === 'next'
      const part = (from: number, to: number) => keyPointsPart(component.props, from, to)
      const fits = (props: ComponentProps['KeyPoints']) => keyPointsSize(props, reserveNext) !== undefined
      return revealedInParts(slide, component.props.points.length, component.props.shownAtStart ?? 0, part, fits)
    }
    case 'Cards':
      return revealedInParts(slide, component.props.cards.length, component.props.shownAtStart ?? 0, (from, to) => ({
        ...component.props,
        cards: component.props.cards.slice(from, to),
        ...(from > 0 || component.props.shownAtStart ? { shownAtStart: 1 } : {}),
      }), part => cardsSize(part) !== undefined)
    case 'Timeline': {
      const props = [component.props, { ...component.props, phases: component.props.phases.map(phase => ({ ...phase, points: phase.points.slice(0, 1) })) }]
        .find(candidate => timelineSizes(candidate) !== undefined)
      return props && [{ ...slide, component: { name: 'Timeline', props } }]
    }
    case 'ThinkPause': {
      const { answer } = component.props
      const props = answer.map((_, i) => ({ ...component.props, answer: answer.slice(0, answer.length - i) }))
        .find(candidate => thinkSizes(candidate) !== undefined)
      return props && [{ ...slide, component: { name: 'ThinkPause', props } }]
    }
    case 'TwoColumns': {
      const { left, right } = component.props
      const most = Math.max(left.points.length, right.points.length)
      const props = Array.from({ length: Math.max(most, 1) }, (_, i) => most - i)
        .map(keep => ({ ...component.props, left: { ...left, points: left.points.slice(0, keep) }, right: { ...right, points: right.points.slice(0, keep) } }))
        .find(candidate => twoColumnsSize(candidate) !== undefined)
      return props && [{ ...slide, component: { name: 'TwoColumns', props } }]
    }
    case 'IconScene': {
      // The lead's first line says what the picture is about; a second one goes when the things need its room.
      const props = [component.props, { ...component.props, lead: component.props.lead.slice(0, 1) }].find(iconSceneFits) ?? component.props
      return [{ ...slide, component: { name: 'IconScene', props } }]
    }
    default:
      return [slide]
  }
}

function keyPointsPart(props: ComponentProps['KeyPoints'], from: number, to: number): ComponentProps['KeyPoints'] {
  if (from === 0)
    return { ...props, points: props.points.slice(0, to) }
  const { next, ...rest } = props
  return {
    ...rest,
    ...(next && to === props.points.length ? { next } : {}),
    kicker: props.kicker ? `${props.kicker} · ${CONTINUED}` : CONTINUED,
    points: props.points.slice(from, to),
    shownAtStart: 1,
    first: from + 1,
  }
}

/**
 * Items revealed one per click (after `shownAtStart` on screen from the start), cut into as few runs as fit, each
 * run as even as the others. A run after the first opens on its first item, with that item's notes said before
 * its first click: notes[0] goes with the items shown at the start, notes[k] with item `shownAtStart + k - 1`.
 * With no cut that fits, the runs of one item each (as near as the slide can come).
 */
function revealedInParts<P>(slide: Slide, count: number, shownAtStart: number, part: (from: number, to: number) => P, fits: (props: P) => boolean): Slide[] {
  for (let runs = 1; runs <= count; runs++) {
    const bounds = evenRuns(count, runs, Math.max(shownAtStart, 1))
    if (runs === count || bounds.every(([from, to]) => fits(part(from, to))))
      return bounds.map(([from, to]) => partSlide(slide, from, to, shownAtStart, part(from, to)))
  }
  return [slide]
}

/** `count` items in `runs` consecutive runs, the longer ones first, the first at least `first` long. */
export function evenRuns(count: number, runs: number, first = 1): [number, number][] {
  const bounds: [number, number][] = []
  let from = 0
  for (let r = 0; r < runs; r++) {
    const left = count - from
    let size = Math.ceil(left / (runs - r))
    if (r === 0)
      size = Math.min(Math.max(size, first), count - (runs - 1))
    bounds.push([from, from + size])
    from += size
  }
  return bounds
}

function partSlide<P>(slide: Slide, from: number, to: number, shownAtStart: number, props: P): Slide {
  const opening = from === 0 ? shownAtStart : 1
  const notes: NoteChunk[] = from === 0
    ? slide.notes.slice(0, to - shownAtStart + 1)
    : slide.notes.slice(from - shownAtStart + 1, to - shownAtStart + 1)
  return { ...slide, component: { ...slide.component, props } as Slide['component'], clicks: to - from - opening, notes }
}
