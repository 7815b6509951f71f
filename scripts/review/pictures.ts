// What `npm run review` lists: every picture of things a lesson's deck shows, with its section, its word,
// the sentence that says it and its icon, read from the planned deck itself. Pure.
import type { Deck, IconSvg, PicturesDirective } from '../lesson/types.ts'
import { directiveComment } from '../lesson/directive.ts'
import { thingsOf } from '../lesson/icon-scene.ts'
import { sentencesOf } from '../lesson/overrides.ts'

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

export interface ReviewedSection {
  index: number
  heading: string
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
    if (pictures.length === 0 && !section.pictures)
      return []
    const forbidden = section.pictures?.forbidden ?? []
    return [{ index, heading: section.title, ...(section.pictures ? { directive: directiveComment(section.pictures) } : {}), forbidden, pictures }]
  })
}

function isPicked(pictures: PicturesDirective | undefined, icon: string): boolean {
  return pictures?.picks.some(pick => pick.icon === icon) ?? false
}
