import { describe, expect, it } from 'vitest'
import { contextOf, namesOf, namesOfAll, shows } from '../../../scripts/lesson/names.ts'

describe('the names of a narration', () => {
  const narration = ['Kafka carries the events.', 'The team trusts Kafka.', 'Platform matters.', 'The platform is shared.', 'Stripe\'s team grew.', 'Platform\'s team grew.', 'It costs 7 pounds and 1 penny.']

  it('are the capitalised words, each once: one opening a sentence when it is named elsewhere, or a possessive never written in lower case', () => {
    expect(namesOfAll(narration)).toEqual(['Kafka', 'Stripe'])
  })

  it('learn from the whole narration which words are names and which are common words', () => {
    const context = contextOf(narration)
    expect([...context.known]).toEqual(['Kafka', 'Stripe'])
    expect(context.common.has('platform')).toBe(true)
    expect(namesOf('Kafka carries the events.')).toEqual([])
    expect(namesOf('Kafka carries the events.', context)).toEqual(['Kafka'])
  })

  it('leave out a word opening a clause or a quote, and capitals that are no name', () => {
    expect(namesOf('He said: Hello there, OK.')).toEqual([])
    expect(namesOf('I think "Redis" helps. AND it does.')).toEqual([])
  })

  it('end a name at a possessive, unless it is a contraction', () => {
    expect(namesOf('Google\'s Site Reliability Engineering team.')).toEqual(['Google', 'Site Reliability Engineering'])
    expect(namesOf('What\'s new at Google\'s office.')).toEqual(['Google'])
  })
})

describe('whether a slide shows a name', () => {
  it('ignores case, and counts an acronym\'s plural as shown by the acronym', () => {
    expect(shows('RETRIES WIN', 'retries')).toBe(true)
    expect(shows('one API', 'APIs')).toBe(true)
    expect(shows('one apple', 'Apples')).toBe(false)
  })
})
