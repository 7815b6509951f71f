// Sections drawn by an animated scene: the analogies, the split diagram, the disaster timeline.
// Returns undefined when no scene fits, and the planner falls back to its text slides.
// Words reach the scenes only through props taken from the lesson; the notes keep the whole narration,
// cut into one chunk per click in the order the picture reveals its parts.
import { type Analogy, extractAnalogy } from './analogy.ts'
import { type BoxDiagram, parseBoxDiagram, wordsOfText } from './diagram.ts'
import { paragraphsOf, plain, regroup, type Sentence, sentencesOfParagraphs } from './text.ts'
import { extractTimeline } from './timeline.ts'
import type { Json, NoteChunk, Section, Slide, SlideSection } from './types.ts'

export type SceneName = 'CarFactory' | 'Restaurant' | 'Theater' | 'TwoSidedScene'

/** A drawn scene knows its analogy by words the section uses; the earliest mention wins. */
const SCENE_CUES: [Exclude<SceneName, 'TwoSidedScene'>, RegExp[]][] = [
  ['CarFactory', [/\bfactor(?:y|ies)\b/i, /\bcars?\b/i]],
  ['Restaurant', [/\brestaurants?\b/i]],
  ['Restaurant', [/\bchefs?\b/i, /\bkitchens?\b/i]],
  ['Theater', [/\bthea(?:ter|tre)s?\b/i]],
  ['Theater', [/\bstage\b/i, /\bactors?\b/i]],
]

/** What a split diagram can show without crowding the slide (measured on the 980×552 canvas). */
const DIAGRAM_LIMITS = { lines: 12, cellChars: 44, calloutChars: 90 }
/** Words that name no part of a diagram: `PRODUCT TEAM` is found by `product`. */
const STOP_WORDS = new Set(['the', 'a', 'an', 'and', 'or', 'of', 'vs', 'team', 'teams'])

export function planScene(section: Section, ref: SlideSection): Slide[] | undefined {
  switch (section.kind) {
    case 'hook':
    case 'story':
    case 'analogy':
      return oneSlide(analogySlide(section, ref))
    case 'diagram':
      return oneSlide(splitDiagramSlide(section, ref))
    case 'disaster':
      return oneSlide(timelineSlide(section, ref))
    default:
      return undefined
  }
}

function oneSlide(slide: Slide | undefined): Slide[] | undefined {
  return slide && [slide]
}

export function sceneFor(text: string): SceneName {
  let best: { name: SceneName, at: number } = { name: 'TwoSidedScene', at: Infinity }
  for (const [name, cues] of SCENE_CUES) {
    const positions = cues.map(cue => text.search(cue))
    if (positions.every(at => at >= 0) && Math.min(...positions) < best.at)
      best = { name, at: Math.min(...positions) }
  }
  return best.name
}

function analogySlide(section: Section, ref: SlideSection): Slide | undefined {
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks))
  const analogy = extractAnalogy(sentences.map(sentence => plain(sentence.text)))
  if (!analogy || analogy.front.items.length + analogy.back.items.length === 0)
    return undefined
  const { starts } = analogy
  const stepStarts = [starts.front, starts.back, starts.reaction, starts.takeaway].filter((at): at is number => at !== undefined)
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: sceneFor(sentences.map(sentence => plain(sentence.text)).join(' ')), props: analogyProps(section, analogy) },
    clicks: stepStarts.length,
    notes: chunksAt(sentences, stepStarts),
  }
}

function analogyProps(section: Section, analogy: Analogy): { [key: string]: Json } {
  return {
    heading: section.title,
    kicker: section.remarks.join(' · '),
    front: analogy.front,
    back: analogy.back,
    ...(analogy.reaction === undefined ? {} : { reaction: analogy.reaction }),
    ...(analogy.takeaway === undefined ? {} : { takeaway: analogy.takeaway }),
  }
}

function splitDiagramSlide(section: Section, ref: SlideSection): Slide | undefined {
  const code = section.blocks.find(block => block.kind === 'code')
  if (code?.kind !== 'code')
    return undefined
  const diagram = parseBoxDiagram(code.value)
  if (!diagram || !fitsSlide(diagram))
    return undefined
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks.filter(block => block !== code)))
  const steps = diagramStepKeywords(diagram)
  const notes = chunksAt(sentences, alignToSteps(sentences.map(sentence => plain(sentence.text)), steps))
  // The diagram as drawn stays in the notes, above the narration, for the speaker to glance at.
  notes[0] = [[{ text: code.value, code: true }], ...notes[0]!]
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: { name: 'SplitDiagram', props: { heading: section.title, diagram } },
    clicks: steps.length,
    notes,
  }
}

/** Whether the parsed diagram fits the canvas at a readable size; otherwise the slide shows it verbatim. */
export function fitsSlide(diagram: BoxDiagram): boolean {
  const lines = 1 + diagram.bands.reduce((sum, band) => sum + (band.kind === 'row'
    ? 1
    : (band.cells.some(cell => cell.lead) ? 1 : 0) + Math.ceil(Math.max(...band.cells.map(cell => cell.items.length)) / 2)), 0)
    + (diagram.callout ? 1 + Math.ceil(diagram.callout.lines.length / 2) : 0)
  const cells = [...diagram.headings, ...diagram.bands.flatMap(band => (band.kind === 'row' ? band.cells : band.cells.flatMap(cell => [cell.lead, ...cell.items])))]
  return lines <= DIAGRAM_LIMITS.lines
    && cells.every(cell => cell.length <= DIAGRAM_LIMITS.cellChars)
    && (diagram.callout?.lines ?? []).every(line => line.label.length + line.text.length <= DIAGRAM_LIMITS.calloutChars)
}

/**
 * The words that name each step of the diagram, in the order it is revealed:
 * each column (its heading), each compared row (its label), then the callout (its heading).
 */
export function diagramStepKeywords(diagram: BoxDiagram): string[][] {
  const keywords = (text: string) => wordsOfText(text).filter(word => !STOP_WORDS.has(word))
  return [
    ...diagram.headings.map(keywords),
    // A row whose cells have different labels (`Removal: …` / `Support: …`) is named by all of them.
    ...diagram.bands.filter(band => band.kind === 'row').map(band => keywords(band.label || band.cells.map(cell => cell.split(':')[0]).join(' '))),
    ...(diagram.callout ? [keywords(diagram.callout.heading)] : []),
  ]
}

/**
 * Where the narration reaches each step: a sentence moves the notes on to the first later step it names,
 * or stays with the current one. Returns, per step, the index of the sentence it starts at.
 */
export function alignToSteps(sentences: string[], steps: string[][]): number[] {
  const starts: number[] = steps.map(() => sentences.length)
  let current = 0
  sentences.forEach((sentence, i) => {
    const words = wordsOfText(sentence)
    const next = steps.findIndex((keywords, k) => k + 1 > current && keywords.some(keyword => words.some(word => sameStem(word, keyword))))
    if (next >= 0) {
      for (let step = current + 1; step <= next + 1; step++)
        starts[step - 1] = i
      current = next + 1
    }
  })
  return starts
}

function sameStem(a: string, b: string): boolean {
  return a === b || a === `${b}s` || b === `${a}s` || a === `${b}es` || b === `${a}es`
}

function timelineSlide(section: Section, ref: SlideSection): Slide | undefined {
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks))
  const timeline = extractTimeline(sentences.map(sentence => plain(sentence.text)))
  if (!timeline)
    return undefined
  return {
    section: ref,
    title: section.title,
    layout: 'default',
    component: {
      name: 'Timeline',
      props: { heading: section.title, kicker: section.remarks.join(' · '), phases: timeline.phases, moral: timeline.endsWithMoral },
    },
    // The first phase is on screen from the start: the story opens with it.
    clicks: timeline.phases.length - 1,
    notes: chunksAt(sentences, timeline.starts.slice(1)),
  }
}

/** Chunk 0 is the narration before the first start; chunk k runs from the k-th start up to the next. */
export function chunksAt(sentences: Sentence[], starts: number[]): NoteChunk[] {
  const bounds = [0, ...starts, sentences.length]
  return bounds.slice(0, -1).map((from, k) => regroup(sentences.slice(from, bounds[k + 1])))
}
