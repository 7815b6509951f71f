// How right the icons of a set of decks are, against a file that judges each icon shown for a lesson's
// section and word (the series' `pictures-judged.tsv`: lesson, section, word, icon, judged, why). Pure:
// the reading of files and the icons' names are the caller's. Used by the series' test and the bench.
import type { Deck } from './types.ts'
import { ANALOGY_KINDS } from './pictures.ts'

export interface JudgedIcon { lesson: string, section: string, word: string, icon: string, right: boolean, why: string }

/** An icon a deck shows: its lesson, section, word as said and Iconify name. */
export interface ShownIcon { lesson: string, section: string, word: string, icon: string }

export interface PictureScore {
  shown: number
  right: number
  wrong: ShownIcon[]
  /** Icons shown that the file does not judge: neither right nor wrong until someone looks. */
  unjudged: ShownIcon[]
  analogies: number
  /** Analogy sections showing two or more icons judged right, or a hand-drawn scene. */
  picturedRight: number
  /** wrong / shown, and picturedRight / analogies, as fractions (0 when there is nothing to divide). */
  wrongShare: number
  picturedShare: number
}

/** Scenes drawn by hand for an analogy's own world: a section drawn by one is pictured. */
const HAND_DRAWN = new Set(['CarFactory', 'Restaurant', 'Theater'])
const COLUMNS = ['lesson', 'section', 'word', 'icon', 'judged', 'why']

/** The judged file's rows; a line that is not a row is an error naming the file and the line. */
export function parseJudged(text: string, file: string): JudgedIcon[] {
  const rows: JudgedIcon[] = []
  text.split('\n').forEach((line, at) => {
    if (line.trim() === '' || line.startsWith('#') || line === COLUMNS.join('\t'))
      return
    const [lesson, section, word, icon, judged, why = ''] = line.split('\t')
    if (!lesson || !section || !word || !icon || (judged !== 'right' && judged !== 'wrong'))
      throw new Error(`${file}:${at + 1}: expected ${COLUMNS.join(', ')} separated by tabs, with judged \`right\` or \`wrong\`; got "${line}"`)
    rows.push({ lesson, section, word, icon, right: judged === 'right', why })
  })
  return rows
}

/** The icons a deck shows, with the name `nameOf` gives each icon's SVG body. */
export function shownIcons(lesson: string, deck: Deck, nameOf: (body: string) => string): ShownIcon[] {
  return deck.slides.flatMap(slide => (slide.component.name === 'IconScene'
    ? slide.component.props.items.map(item => ({ lesson, section: slide.section.title, word: item.word, icon: nameOf(item.icon.body) }))
    : []))
}

export function scorePictures(decks: { lesson: string, deck: Deck }[], judged: JudgedIcon[], nameOf: (body: string) => string): PictureScore {
  const key = (icon: ShownIcon) => [icon.lesson, icon.section, icon.word, icon.icon].join('\t')
  const verdicts = new Map(judged.map(row => [key(row), row.right]))
  const score: PictureScore = { shown: 0, right: 0, wrong: [], unjudged: [], analogies: 0, picturedRight: 0, wrongShare: 0, picturedShare: 0 }
  for (const { lesson, deck } of decks) {
    const icons = shownIcons(lesson, deck, nameOf)
    score.shown += icons.length
    for (const icon of icons) {
      const right = verdicts.get(key(icon))
      if (right === undefined)
        score.unjudged.push(icon)
      else if (right)
        score.right++
      else
        score.wrong.push(icon)
    }
    deck.lesson.sections.forEach((section, index) => {
      if (!ANALOGY_KINDS.has(section.kind))
        return
      score.analogies++
      const rightHere = icons.filter(icon => icon.section === section.title && verdicts.get(key(icon)) === true).length
      const handDrawn = deck.slides.some(slide => slide.section.index === index && HAND_DRAWN.has(slide.component.name))
      if (rightHere >= 2 || handDrawn)
        score.picturedRight++
    })
  }
  score.wrongShare = score.shown === 0 ? 0 : score.wrong.length / score.shown
  score.picturedShare = score.analogies === 0 ? 0 : score.picturedRight / score.analogies
  return score
}
