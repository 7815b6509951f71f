// The author's word on a section's picture: `<!-- pictures: … -->` and `<!-- slide: text -->` read by the
// real parser, their errors with file and line, and what the planned deck draws because of them.
import type { Slide } from '../../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { CliError } from '../../../scripts/errors.ts'
import { directiveComment, forbidWord, pickIcon } from '../../../scripts/lesson/directive.ts'
import { iconSvg } from '../../../scripts/lesson/icons/index.ts'
import { generateDeck } from '../../../scripts/lesson/index.ts'
import { parseLesson } from '../../../scripts/lesson/parse.ts'
import { picturesReport } from '../../../scripts/lesson/pictures.ts'

/** A kitchen told in our words: the picker draws the cook; it has no icon for `broth`. */
const HOOK = 'A cook stirs the broth while a helper carries a kettle to the guest. Every guest gets a dish at once.'
const THEATER = 'Think of a theater. Product team: the actors, the script, the costumes. What the audience sees. Platform team: the stage, the lights, the sound system. The audience applauds the performance.'

function lessonWith(directive: string, body = HOOK): string {
  return `# Kitchens\n\n## Video Length: ~3 minutes | Level: Staff\n\n## The Hook\n${directive}\n\n${body}\n\n## Quick Recap\n\n- Keep it warm.\n`
}

function errorOf(markdown: string): CliError {
  try {
    generateDeck(markdown, 'lessons/kitchens.md')
  }
  catch (error) {
    expect(error).toBeInstanceOf(CliError)
    return error as CliError
  }
  throw new Error('expected the lesson to be refused')
}

function hookSlide(markdown: string): Slide {
  return generateDeck(markdown, 'lessons/kitchens.md').deck.slides.find(slide => slide.section.kind === 'hook')!
}

function drawnWords(slide: Slide): string[] {
  expect(slide.component.name).toBe('IconScene')
  return slide.component.name === 'IconScene' ? slide.component.props.items.map(item => item.word) : []
}

describe('reading a directive', () => {
  it('reads picks, forbidden words and none, with the comment\'s lines, and keeps it out of the blocks', () => {
    const lesson = parseLesson(lessonWith('<!-- pictures: Dish = steaming-bowl, filing  cabinet = file-cabinet; not: client, Key -->'), 'k.md')
    const hook = lesson.sections[0]!
    expect(hook.pictures).toEqual({
      picks: [{ word: 'dish', icon: 'steaming-bowl' }, { word: 'filing cabinet', icon: 'file-cabinet' }],
      forbidden: ['client', 'key'],
      none: false,
      line: 6,
      endLine: 6,
    })
    expect(hook.blocks.map(block => block.kind)).toEqual(['paragraph'])
    expect(parseLesson(lessonWith('<!-- pictures: none -->'), 'k.md').sections[0]!.pictures!.none).toBe(true)
    expect(parseLesson(lessonWith('<!--\n  slide: text\n-->'), 'k.md').sections[0]!.asText).toEqual({ line: 6, endLine: 8 })
  })

  it('leaves any other comment as it was: text of the lesson', () => {
    const hook = parseLesson(lessonWith('<!-- remember to smile -->'), 'k.md').sections[0]!
    expect(hook.pictures).toBeUndefined()
    expect(hook.blocks[0]).toMatchObject({ kind: 'paragraph', text: [{ text: '<!-- remember to smile -->' }] })
  })

  it.each([
    ['<!-- pictures: dish steaming-bowl -->', 6, /could not read `dish steaming-bowl`; expected `word = icon-name`, `not: word, word` or `none`/],
    ['<!-- pictures: dish = Steaming Bowl -->', 6, /could not read `dish = Steaming Bowl`/],
    ['<!-- pictures: dish = steaming_bowl -->', 6, /`steaming_bowl` is not an icon name/],
    ['<!-- pictures: -->', 6, /says nothing/],
    ['<!-- pictures: not: -->', 6, /lists no word/],
    ['<!-- pictures: none; not: key -->', 6, /`none` shows no picture/],
    ['<!-- pictures: dish = steaming-bowl; not: dish -->', 6, /`dish` is both picked and forbidden/],
    ['<!-- pictures: dish = steaming-bowl, dish = bowl-with-spoon -->', 6, /`dish` is picked twice/],
    ['<!-- slide: pictures -->', 6, /expected `<!-- slide: text -->`/],
    ['<!-- pictures: none -->\n<!-- pictures: none -->', 7, /a second `pictures:` comment for The Hook/],
  ])('refuses %s at its line, with what was expected', (directive, line, problem) => {
    const error = errorOf(lessonWith(directive))
    expect(error.code).toBe('BAD_DIRECTIVE')
    expect(error.exitStatus).toBe(2)
    expect(error.message).toMatch(new RegExp(`^lessons/kitchens\\.md:${line}:1: `))
    expect(error.problem).toMatch(problem)
  })

  it('refuses an icon the set does not have, naming icons for the word', () => {
    const error = errorOf(lessonWith('<!-- pictures: dish = steaming-bol -->'))
    expect(error.message).toMatch(/^lessons\/kitchens\.md:6:1: the Fluent Emoji Flat set has no icon `steaming-bol`; expected one of its names \(for `dish`: .*petri-dish/)
  })

  it('refuses a pick of a word the section never says', () => {
    expect(errorOf(lessonWith('<!-- pictures: teapot = teapot -->')).message)
      .toBe('lessons/kitchens.md:6:1: The Hook never says `teapot`; expected a word of its narration to draw as `teapot`')
  })

  it('refuses picks where no things are drawn, and picks on a section set as text', () => {
    expect(errorOf(lessonWith('', `${HOOK}\n\n## Quick Recap\n<!-- pictures: not: soup -->`)).problem).toMatch(/^Quick Recap shows no things to pick or forbid/)
    expect(errorOf(lessonWith('<!-- slide: text -->\n<!-- pictures: dish = steaming-bowl -->')).problem).toMatch(/set as text \(`slide: text`\)/)
    expect(errorOf(`# K\n\n<!-- pictures: none -->\n\n## The Hook\n\n${HOOK}\n`).problem).toMatch(/stands before any section/)
  })
})

describe('what the deck draws', () => {
  it('draws a picked word with its icon, even one the picker leaves out, at the sentence that says it', () => {
    expect(drawnWords(hookSlide(lessonWith('')))).not.toContain('broth')
    const slide = hookSlide(lessonWith('<!-- pictures: broth = pot-of-food -->'))
    const broth = slide.component.name === 'IconScene' ? slide.component.props.items.find(item => item.word === 'broth') : undefined
    expect(broth).toMatchObject({ caption: 'Broth', mention: 0, icon: iconSvg('pot-of-food') })
  })

  it('replaces the icon of a word the picker found, and leaves out a forbidden word in any number', () => {
    expect(drawnWords(hookSlide(lessonWith('')))).toContain('cook')
    const slide = hookSlide(lessonWith('<!-- pictures: cook = woman-cook -->'))
    const cook = slide.component.name === 'IconScene' ? slide.component.props.items.find(item => item.word === 'cook') : undefined
    expect(cook!.icon).toEqual(iconSvg('woman-cook'))
    expect(drawnWords(hookSlide(lessonWith('<!-- pictures: broth = pot-of-food; not: cooks -->')))).not.toContain('cook')
  })

  it('draws a single pick on its own, where the picker alone would leave the section as text', () => {
    const body = 'Everyone waits for the broth while the evening goes on.'
    expect(hookSlide(lessonWith('', body)).component.name).toBe('KeyPoints')
    expect(drawnWords(hookSlide(lessonWith('<!-- pictures: broth = pot-of-food -->', body)))).toEqual(['broth'])
  })

  it('takes a hand-drawn scene away for picks, shows no scene for none, and plain points for text', () => {
    expect(hookSlide(lessonWith('', THEATER)).component.name).toBe('Theater')
    expect(drawnWords(hookSlide(lessonWith('<!-- pictures: theater = performing-arts -->', THEATER)))).toContain('theater')
    expect(hookSlide(lessonWith('<!-- pictures: none -->', THEATER)).component.name).toBe('KeyPoints')
    expect(hookSlide(lessonWith('<!-- slide: text -->', THEATER)).component.name).toBe('KeyPoints')
  })

  it('leaves a drawing as written under `pictures: none`, and in the notes only under `slide: text`', () => {
    const drawing = '```\n┌────────┐     ┌────────┐\n│ Cook   │ ──► │ Guest  │\n└────────┘     └────────┘\n```'
    const lesson = (directive: string) => `# K\n\n## Let's Walk Through the Diagram\n${directive}\n\nThe cook hands the plate to the guest.\n\n${drawing}\n`
    const diagram = (directive: string) => generateDeck(lesson(directive), 'k.md').deck.slides.filter(slide => slide.section.kind === 'diagram').map(slide => slide.component.name)
    expect(diagram('')).toEqual(['DrawnDiagram'])
    expect(diagram('<!-- pictures: none -->')).toEqual(['DrawingText'])
    expect(diagram('<!-- slide: text -->')).toEqual(['KeyPoints'])
  })

  it('says in generate\'s report what the lesson asked for', () => {
    const { deck } = generateDeck(lessonWith('<!-- pictures: broth = pot-of-food; not: kettle -->'), 'lessons/kitchens.md')
    expect(picturesReport(deck).slice(-2)).toEqual(['As the lesson says:', '  The Hook: <!-- pictures: broth = pot-of-food; not: kettle -->'])
  })

  it('keeps the directive out of the slides and the notes', () => {
    const { text } = generateDeck(lessonWith('<!-- pictures: broth = pot-of-food; not: kettle -->'), 'lessons/kitchens.md')
    expect(text).not.toMatch(/pictures:|pot-of-food|not: kettle/)
  })
})

describe('writing a directive back', () => {
  it('forbids a word (dropping its pick) and picks an icon (no longer forbidden), in one line', () => {
    const start = { picks: [{ word: 'dish', icon: 'steaming-bowl' }], forbidden: ['client'] }
    expect(directiveComment(forbidWord(start, 'Key'))).toBe('<!-- pictures: dish = steaming-bowl; not: client, key -->')
    expect(directiveComment(forbidWord(start, 'dish'))).toBe('<!-- pictures: not: client, dish -->')
    expect(directiveComment(pickIcon(start, 'client', 'office-worker'))).toBe('<!-- pictures: dish = steaming-bowl, client = office-worker -->')
    expect(directiveComment(pickIcon(start, 'dish', 'bowl-with-spoon'))).toBe('<!-- pictures: dish = bowl-with-spoon; not: client -->')
    expect(directiveComment({ picks: [], forbidden: [], none: true })).toBe('<!-- pictures: none -->')
  })

  it('writes what the parser reads back', () => {
    const written = directiveComment(pickIcon(forbidWord({ picks: [], forbidden: [] }, 'knife'), 'dish', 'steaming-bowl'))
    expect(parseLesson(lessonWith(written), 'k.md').sections[0]!.pictures).toMatchObject({ picks: [{ word: 'dish', icon: 'steaming-bowl' }], forbidden: ['knife'] })
  })
})
