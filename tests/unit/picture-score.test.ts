// Scoring a deck's icons against a file that judges them: matched by lesson, section, word and icon; an
// icon the file does not judge is neither right nor wrong; a section is pictured by two right icons or a
// hand-drawn scene. The deck comes from the real generator, on a lesson in our own words.
import { describe, expect, it } from 'vitest'
import { iconNameOfSvg } from '../../scripts/lesson/icons/index.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { parseJudged, scorePictures, shownIcons } from '../../scripts/lesson/picture-score.ts'

const LESSON = `# Queues at the Fair

## The Hook

Think of a fairground. A child holds a balloon and waits by the carousel. Her father buys a ticket at the booth.

## Another Way to See It

Product team: designs the new car model. Platform team: builds the factory. The assembly line. The robots. The car rolls out of the factory with a new engine.
`

const HEADER = '# judged by looking at each sentence\nlesson\tsection\tword\ticon\tjudged\twhy\n'

describe('scorePictures', () => {
  const { deck } = generateDeck(LESSON, 'fair.md')
  const shown = shownIcons('fair', deck, iconNameOfSvg)

  it('reads the icons a deck shows, by section, word and icon name', () => {
    expect(shown.map(icon => icon.word)).toEqual(expect.arrayContaining(['balloon', 'carousel', 'ticket']))
    expect(shown.every(icon => icon.section === 'The Hook' && icon.icon !== 'unknown')).toBe(true)
  })

  it('counts right, wrong and unjudged icons, and the sections pictured right', () => {
    const [first, second, third] = shown
    const judged = parseJudged(`${HEADER
    }fair\tThe Hook\t${first!.word}\t${first!.icon}\tright\t\n`
    + `fair\tThe Hook\t${second!.word}\t${second!.icon}\twrong\tanother sense\n`
    + `fair\tThe Hook\t${third!.word}\tsome-other-icon\tright\t\n`, 'judged.tsv')
    const score = scorePictures([{ lesson: 'fair', deck }], judged, iconNameOfSvg)
    expect(score).toMatchObject({ shown: shown.length, right: 1, analogies: 2 })
    expect(score.wrong).toEqual([second])
    // The third is judged with another icon: what is shown is not judged.
    expect(score.unjudged).toContainEqual(third)
    expect(score.wrongShare).toBeCloseTo(1 / shown.length)
    // The Hook has one right icon; the car factory is drawn by hand.
    expect(score.picturedRight).toBe(1)
    expect(score.picturedShare).toBe(0.5)
  })

  it('pictures a section with two right icons', () => {
    const rows = shown.slice(0, 2).map(icon => `fair\tThe Hook\t${icon.word}\t${icon.icon}\tright\t`).join('\n')
    expect(scorePictures([{ lesson: 'fair', deck }], parseJudged(HEADER + rows, 'judged.tsv'), iconNameOfSvg).picturedRight).toBe(2)
  })

  it('names the file and the line of a row it cannot read', () => {
    expect(() => parseJudged(`${HEADER}fair\tThe Hook\tballoon\tballoon\tmaybe\t\n`, 'judged.tsv'))
      .toThrow(/^judged\.tsv:3: expected lesson, section, word, icon, judged, why .*got "fair\tThe Hook\tballoon\tballoon\tmaybe\t"$/)
  })
})
