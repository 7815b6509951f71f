// What `npm run review` lists: every picture of things a lesson's deck shows, with its section, its word,
// the sentence that says it and its icon, read from the planned deck itself. Pure.
import type { Deck, IconSvg, PicturesDirective } from '../lesson/types.ts'
import { directiveComment } from '../lesson/directive.ts'
import { thingsOf } from '../lesson/icon-scene.ts'
import { findSaid, sentencesOf } from '../lesson/overrides.ts'
import { ANALOGY_KINDS } from '../lesson/pictures.ts'

export interface ReviewedPicture {
  /** The section's index in the lesson, and its title. */
  section: number
  heading: string
  /** The word as a directive names it (`filing cabinet`), and as the narration says it (`filing cabinets`). */
  word: string
  said: string
  caption: string
  /** The sentence that first says it. */
  sentence: string
  /** Its icon's name in the set, and its drawing. */
  icon: string
  svg: IconSvg
  /** Whether the author picked this icon. */
  picked: boolean
}

/** A word of a section the author wants drawn that has no picture yet: what the page of icons needs of it. */
export type WordToDraw = Pick<ReviewedPicture, 'section' | 'heading' | 'word' | 'said' | 'sentence'>

export interface ReviewedSection {
  index: number
  heading: string
  /** An analogy's section left without a picture, to which the author may add one of its words. */
  mayAdd: boolean
  /** The section's `pictures:` comment as it stands, when it has one. */
  directive?: string
  /** The words it forbids. */
  forbidden: string[]
  pictures: ReviewedPicture[]
}

/** The sections with a picture of things, or a `pictures:` comment, in lesson order. */
export function reviewedSections(deck: Deck): ReviewedSection[] {
  return deck.lesson.sections.flatMap((section, index): ReviewedSection[] => {
    const plains = sentencesOf(section)
    const things = thingsOf(section, plains)
    const pictures = deck.slides.filter(slide => slide.section.index === index).flatMap(slide => slide.component.name === 'IconScene'
      ? slide.component.props.items.flatMap((item): ReviewedPicture[] => {
          const thing = things.find(each => each.said === item.word && each.sentence === item.mention)
          return thing
            ? [{
                section: index,
                heading: section.title,
                word: thing.word,
                said: item.word,
                caption: item.caption,
                sentence: plains[item.mention] ?? '',
                icon: thing.icon,
                svg: item.icon,
                picked: isPicked(section.pictures, thing.icon),
              }]
            : []
        })
      : [])
    // An analogy left as text is listed too: the author may want one of its things drawn.
    const mayAdd = pictures.length === 0 && ANALOGY_KINDS.has(section.kind) && !section.asText && section.pictures?.none !== true
    if (pictures.length === 0 && !section.pictures && !mayAdd)
      return []
    const forbidden = section.pictures?.forbidden ?? []
    return [{ index, heading: section.title, mayAdd, ...(section.pictures ? { directive: directiveComment(section.pictures) } : {}), forbidden, pictures }]
  })
}

/** A word the section says, to draw: undefined when the section is not one of things or never says it. */
export function wordToDraw(deck: Deck, index: number, word: string): WordToDraw | undefined {
  const section = deck.lesson.sections[index]
  const wanted = word.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!section || !ANALOGY_KINDS.has(section.kind) || !/^\p{L}[\p{L} '’-]*$/u.test(wanted))
    return undefined
  const sentences = sentencesOf(section)
  const said = findSaid(sentences, wanted)
  return said && { section: index, heading: section.title, word: wanted, said: said.said, sentence: sentences[said.sentence] ?? '' }
}

function isPicked(pictures: PicturesDirective | undefined, icon: string): boolean {
  return pictures?.picks.some(pick => pick.icon === icon) ?? false
}
