// What a text slide shows of its section, rule by rule, on sentences from the lessons in lessons/ and
// the steering fixture: the subject and its names stay, bold reaches the slide, no point leans on a
// sentence left out, quotes stay quotes, and sentences are never cut inside a quote or abbreviation.
import type { ComponentProps, Lesson, Section, Slide } from '../../scripts/lesson/types.ts'
import { readdirSync, readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { coverageFigures, coverageOf, RE_LEANING } from '../../scripts/lesson/coverage.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { namesOf } from '../../scripts/lesson/names.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planSection } from '../../scripts/lesson/plan.ts'
import { paragraphsOf, plain, sentencesOfParagraphs } from '../../scripts/lesson/text.ts'

const read = (file: string) => parseLesson(readFileSync(file, 'utf8'), file)
// Read in each test, so that each test is one that runs the parser.
const platform = () => read('lessons/platform-vs-product.md')
const deprecation = () => read('lessons/deprecation-and-migration.md')
const steering = () => read('tests/fixtures/steering/lesson.md')

function slidesOf(lesson: Lesson, title: string): Slide[] {
  const index = lesson.sections.findIndex(section => section.title === title)
  const section = lesson.sections[index]!
  return planSection(section, { index, kind: section.kind, title: section.title })
}

function pointsOf(lesson: Lesson, title: string): string[] {
  const slide = slidesOf(lesson, title).find(s => s.component.name === 'KeyPoints')!
  return (slide.component.props as ComponentProps['KeyPoints']).points
}

/** A one-section lesson from Markdown. */
function section(body: string, heading = 'Surprising Truth / Fun Fact'): Section {
  return parseLesson(`# L\n\n## ${heading}\n\n${body}\n`, 'inline.md').sections[0]!
}

function sentences(text: string): string[] {
  return sentencesOfParagraphs(paragraphsOf(section(text).blocks)).map(s => plain(s.text))
}

describe('sentence splitting', () => {
  it('keeps a quote that ends in ?" or !" and goes on in lower case', () => {
    expect(sentences('Ask "what made that possible?" until you have three. Then stop.')).toEqual(['Ask "what made that possible?" until you have three.', 'Then stop.'])
    expect(sentences('They shout "ship it!" and move on. Later it breaks.')).toEqual(['They shout "ship it!" and move on.', 'Later it breaks.'])
  })

  it('keeps abbreviations, decimals and version numbers whole', () => {
    expect(sentences('The U.S. Forest Service ran reviews like this, e.g. after wildfires. Their version 2.1 guide reads like a runbook.'))
      .toEqual(['The U.S. Forest Service ran reviews like this, e.g. after wildfires.', 'Their version 2.1 guide reads like a runbook.'])
    expect(sentences('Incident command vs. ad-hoc firefighting. Dr. Ana Lopez shows how.')).toEqual(['Incident command vs. ad-hoc firefighting.', 'Dr. Ana Lopez shows how.'])
    expect(sentences('When old APIs were removed in version 1.16 and again in 1.22, clusters broke.')).toHaveLength(1)
  })

  it('still splits where a sentence really ends after a quote', () => {
    expect(sentences('The answer isn\'t "who\'s right?" It\'s "what\'s the trade-off?"')).toEqual(['The answer isn\'t "who\'s right?"', 'It\'s "what\'s the trade-off?"'])
  })
})

describe('the section\'s subject and its names', () => {
  it('surprising Truth names Google and SRE, and no point leans on a sentence left out', () => {
    const points = pointsOf(platform(), 'Surprising Truth / Fun Fact')
    expect(points.join(' ')).toMatch(/Google/)
    expect(points.join(' ')).toMatch(/SRE/)
    expect(points[0]).toBe('Google\'s Site Reliability Engineering (SRE) model: product teams own their service\'s reliability.')
    expect(points.filter(point => RE_LEANING.test(point))).toEqual([])
  })

  it('opens every key-points slide with the section\'s first sentence', () => {
    expect(pointsOf(deprecation(), 'Surprising Truth / Fun Fact')[0]).toMatch(/^Hyrum's Law: /)
    expect(pointsOf(steering(), 'Surprising Truth / Fun Fact')[0]).toMatch(/^Etsy's engineers wrote/)
  })

  it('prefers a statement to one item of a run of examples', () => {
    const points = pointsOf(deprecation(), 'Surprising Truth / Fun Fact')
    expect(points).not.toContain('The order of fields in a response.')
    expect(points).toContain('Migrations break things nobody documented.')
  })

  it('puts figures on the slide: 30 seconds, 45 minutes, 6 weeks', () => {
    expect(pointsOf(deprecation(), 'Surprising Truth / Fun Fact').join(' ')).toMatch(/30 seconds/)
    const fact = pointsOf(steering(), 'Surprising Truth / Fun Fact').join(' ')
    expect(fact).toMatch(/45 minutes/)
    expect(pointsOf(steering(), 'Next Video').join(' ')).toMatch(/6 weeks/)
  })

  it('finds names mid-sentence, acronyms and possessives, not capitals that only start a sentence', () => {
    expect(namesOf('Google\'s Site Reliability Engineering (SRE) model: product teams own their service\'s reliability.'))
      .toEqual(['Google', 'Site Reliability Engineering', 'SRE'])
    expect(namesOf('Platform teams build Titus (container platform), Spinnaker (deployment), Chaos Engineering tools.')).toEqual(['Titus', 'Spinnaker', 'Chaos Engineering'])
    expect(namesOf('Within 6 months, deploy time dropped. 30% of engineering time.')).toEqual(['6 months', '30%'])
    expect(namesOf('That\'s migration. But it works.')).toEqual([])
  })

  it(`reaches ${90} % of the names and figures of every lesson in lessons/, with no dangling point`, () => {
    const sections = readdirSync('lessons').filter(name => name.endsWith('.md')).flatMap((name) => {
      const { deck } = generateDeck(readFileSync(`lessons/${name}`, 'utf8'), name)
      return coverageOf(deck)
    })
    const figures = coverageFigures(sections)
    expect(figures.onSlide / figures.names).toBeGreaterThanOrEqual(0.9)
    expect(sections.flatMap(s => s.dangling)).toEqual([])
  })
})

describe('leaning words', () => {
  it('drops But/And/So/Then from a point, and shows That/This/It only after the sentence it leans on', () => {
    const slide = planSection(section('SRE provides tools. But the product team is on-call. That blurs the line. Nobody owns infrastructure alone.'), { index: 0, kind: 'fact', title: 'T' })[0]!
    const points = (slide.component.props as ComponentProps['KeyPoints']).points
    expect(points).toContain('The product team is on-call.')
    const blurs = points.indexOf('That blurs the line.')
    if (blurs >= 0)
      expect(points[blurs - 1]).toBe('The product team is on-call.')
    expect(points.filter((point, i) => RE_LEANING.test(point) && !(i > 0 && point === 'That blurs the line.'))).toEqual([])
  })
})

describe('bold means "this belongs on the slide"', () => {
  it('makes a bold lead-in and its explanation one point, the term first', () => {
    const points = pointsOf(steering(), 'Surprising Truth / Fun Fact')
    expect(points).toContain('Contributing factors, plural: Complex outages rarely have a single root cause.')
    expect(points).not.toContain('Contributing factors, plural.')
  })

  it('puts any bold phrase on the slide, even the last sentence of a long section', () => {
    expect(pointsOf(steering(), 'Surprising Truth / Fun Fact').join(' ')).toMatch(/timeline of decisions/)
  })

  it('gives the lead-in and its explanation one click and one chunk of notes', () => {
    const slide = slidesOf(steering(), 'Surprising Truth / Fun Fact')[0]!
    const chunk = slide.notes.map(c => c.map(plain).join(' ')).find(text => text.includes('Contributing factors, plural.'))!
    expect(chunk).toMatch(/^Contributing factors, plural\. Complex outages rarely have a single root cause\./)
  })
})

describe('quotes and answers', () => {
  it('keeps a quoted line a quote: "We need this in 2 weeks."', () => {
    const points = slidesOf(platform(), 'Connecting to Software').flatMap(s => (s.component.name === 'KeyPoints' ? s.component.props.points : []))
    expect(points.filter(point => /We need/.test(point)).every(point => point.startsWith('"') && point.endsWith('"'))).toBe(true)
  })

  it('gives the Think Together answer as whole sentences, never a leaning fragment', () => {
    for (const lesson of [platform(), deprecation()]) {
      const slide = slidesOf(lesson, 'Let\'s Think Together')[0]!
      const { answer } = slide.component.props as ComponentProps['ThinkPause']
      expect(answer.filter(line => /^(?:it|that|this)\b/i.test(line))).toEqual([])
    }
    const { answer } = slidesOf(platform(), 'Let\'s Think Together')[0]!.component.props as ComponentProps['ThinkPause']
    expect(answer).toContain('The answer isn\'t "who\'s right?" It\'s "what\'s the trade-off?"')
  })
})

describe('what is not a point', () => {
  it('leaves table rows, sub-headings and HTML comments in the notes', () => {
    const slide = planSection(section('Unknown headings become slides.\n\n| Column | Value |\n| --- | --- |\n| a | 1 |\n\n### A sub-heading\n\n<!-- a note to self -->\n\nText under it.'), { index: 0, kind: 'fact', title: 'T' })[0]!
    expect((slide.component.props as ComponentProps['KeyPoints']).points).toEqual(['Unknown headings become slides.', 'Text under it.'])
    expect(slide.notes.flat().map(plain).join(' ')).toMatch(/Column \| Value.*A sub-heading.*a note to self/)
  })
})

describe('the first step', () => {
  it('shows the topic point before the first click, with the notes that say it, and reserves one click fewer', () => {
    const slide = slidesOf(platform(), 'Surprising Truth / Fun Fact')[0]!
    const props = slide.component.props as ComponentProps['KeyPoints']
    expect(props.shownAtStart).toBe(1)
    expect(slide.clicks).toBe(props.points.length - 1)
    expect(slide.notes).toHaveLength(props.points.length)
    expect(slide.notes[0]!.map(plain).join(' ')).toMatch(/^Google's Site Reliability Engineering \(SRE\) model/)
    expect(slide.notes[1]!.map(plain).join(' ')).toMatch(/^But the product team is on-call\./)
  })
})
