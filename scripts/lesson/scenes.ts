// Sections drawn by an animated scene: the analogies, the split diagram, the disaster timeline.
// Each builder returns undefined when its scene doesn't fit, and the planner tries the next one.
// Words reach the scenes only through props taken from the lesson; the notes keep the whole narration,
// cut into one chunk per click in the order the picture reveals its parts.
import type { Analogy } from './extract/analogy.ts'
import type { AnalogyProps, Section, SectionKind, Slide, SlideBuilder, SlideSection } from './types.ts'
import { drawnDiagramSlide } from './drawing/slide.ts'
import { extractAnalogy } from './extract/analogy.ts'
import { diagramStepKeywords, parseBoxDiagram } from './extract/diagram.ts'
import { extractTimeline } from './extract/timeline.ts'
import { iconSceneSlide } from './icon-scene.ts'
import { alignToSteps, chunksAt } from './points.ts'
import { fitsSlide, sceneFor } from './scene-fit.ts'
import { sectionSlide } from './section-slide.ts'
import { paragraphsOf, plain, sentencesOfParagraphs } from './text.ts'

/** An analogy: a hand-drawn scene when its words fit one, else the things it names, else two generic sides. */
const ANALOGY_SCENES: SlideBuilder[] = [handDrawnAnalogySlide, iconSceneSlide, analogySlide]

/** The drawn scenes each section kind tries before its text slides (plan.ts), best first. */
export const SCENES_BY_KIND: Partial<Record<SectionKind, SlideBuilder[]>> = {
  hook: ANALOGY_SCENES,
  story: ANALOGY_SCENES,
  analogy: ANALOGY_SCENES,
  diagram: [splitDiagramSlide, drawnDiagramSlide],
  disaster: [timelineSlide],
}

/** An analogy (Hook, Story, Another Way to See It) drawn as the scene its words call for. */
export function analogySlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks))
  const analogy = extractAnalogy(sentences.map(sentence => plain(sentence.text)))
  if (!analogy || analogy.front.items.length + analogy.back.items.length === 0)
    return undefined
  const { starts } = analogy
  const stepStarts = [starts.front, starts.back, starts.reaction, starts.takeaway].filter((at): at is number => at !== undefined)
  return sectionSlide(section, ref, {
    component: { name: sceneFor(sentences.map(sentence => plain(sentence.text)).join(' ')), props: analogyProps(section, analogy) },
    clicks: stepStarts.length,
    notes: chunksAt(sentences, stepStarts),
  })
}

/** The analogy only when a hand-drawn scene (car factory, restaurant, theater) knows its words. */
export function handDrawnAnalogySlide(section: Section, ref: SlideSection): Slide[] | undefined {
  // Icons the author picked call for the picture of things (IconScene), not a scene with art of its own.
  if (section.pictures?.picks.length)
    return undefined
  const slides = analogySlide(section, ref)
  return slides?.[0]?.component.name === 'TwoSidedScene' ? undefined : slides
}

function analogyProps(section: Section, analogy: Analogy): AnalogyProps {
  return {
    heading: section.title,
    kicker: section.remarks.join(' · '),
    front: analogy.front,
    back: analogy.back,
    ...(analogy.reaction === undefined ? {} : { reaction: analogy.reaction }),
    ...(analogy.takeaway === undefined ? {} : { takeaway: analogy.takeaway }),
  }
}

/** A box diagram read into columns, rows and callout, revealed step by step as the narration names them. */
export function splitDiagramSlide(section: Section, ref: SlideSection): Slide[] | undefined {
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
  return sectionSlide(section, ref, {
    component: { name: 'SplitDiagram', props: { heading: section.title, diagram } },
    clicks: steps.length,
    notes,
  })
}

/** A disaster story as a timeline of its phases. */
export function timelineSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks))
  const timeline = extractTimeline(sentences.map(sentence => plain(sentence.text)))
  if (!timeline)
    return undefined
  return sectionSlide(section, ref, {
    component: {
      name: 'Timeline',
      props: { heading: section.title, kicker: section.remarks.join(' · '), phases: timeline.phases, moral: timeline.endsWithMoral },
    },
    // The first phase is on screen from the start: the story opens with it.
    clicks: timeline.phases.length - 1,
    notes: chunksAt(sentences, timeline.starts.slice(1)),
  })
}
