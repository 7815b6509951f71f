// An analogy drawn as the things its narration names (IconScene): each thing an icon with its caption,
// appearing at the click whose notes start at the sentence that names it. A section that names fewer than
// two drawable things (and no word the author picked) is left to the next builder.
import type { NamedThing } from './extract/objects.ts'
import type { IconItem, Section, Slide, SlideSection } from './types.ts'
import { iconReveal } from '../../components/iconSteps.ts'
import { arrangementOf } from './extract/icon-shape.ts'
import { namedThings } from './extract/objects.ts'
import { iconIndex, iconSvg } from './icons/index.ts'
import { sceneThings, withDirective } from './overrides.ts'
import { chunksAt, selectPoints } from './points.ts'
import { sectionSlide } from './section-slide.ts'
import { offSlideParagraphs, paragraphsOf, plain, sentencesOfParagraphs } from './text.ts'

/** Sentences shown above the picture: the topic, and one more when it carries names the narration relies on. */
const LEAD_POINTS = 1

/** Every thing the section names that has an icon, the author's word applied (`<!-- pictures: … -->`), before the scene keeps 2 to 6. */
export function thingsOf(section: Section, plains: string[]): NamedThing[] {
  return withDirective(namedThings(plains, iconIndex()), plains, section.pictures)
}

export function iconSceneSlide(section: Section, ref: SlideSection): Slide[] | undefined {
  const sentences = sentencesOfParagraphs(paragraphsOf(section.blocks))
  const plains = sentences.map(sentence => (sentence.code ? '' : plain(sentence.text)))
  const things = sceneThings(thingsOf(section, plains), section.pictures)
  if (!things)
    return undefined
  const { shape, groups, labels } = arrangementOf(plains, things)
  const items: IconItem[] = things.map((thing, k) => ({
    word: thing.said,
    caption: thing.caption,
    icon: iconSvg(thing.icon),
    mention: thing.sentence,
    group: groups[k]!,
  }))
  const { total, starts } = iconReveal(items.map(item => item.mention))
  // The picture has no words of its own: one line says what it is about, with the names it relies on.
  const off = offSlideParagraphs(section.blocks)
  const lead = selectPoints(sentences, { max: LEAD_POINTS, heading: section.title, hidden: sentence => off.has(sentence.paragraph) }).map(point => point.text)
  return sectionSlide(section, ref, {
    component: { name: 'IconScene', props: { heading: section.title, kicker: section.remarks.join(' · '), lead, shape, items, ...(labels ? { groupLabels: labels } : {}) } },
    clicks: total,
    notes: chunksAt(sentences, starts),
  })
}
