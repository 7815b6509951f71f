// An analogy told in the lesson format → its two sides and how the story turns. Pure, over plain sentences.
// The format introduces each side with a label (`Product team: designs the new car model.`) or as
// `The product team is the head chef.`, lists what belongs to it (`the actors, the script, the costumes`
// or `The ovens. The refrigeration.`), may show who gets the praise (`They applaud the performance.`)
// and closes on a pair of lines, one per side (`Platform enables. Product delivers.`).
import type { SceneSide, Takeaway } from '../types.ts'

export interface Analogy {
  /** The side introduced first: what the audience sees. */
  front: SceneSide
  /** The side introduced second: what makes the first possible. */
  back: SceneSide
  /** The line where the audience thanks the visible side (`They compliment the food.`). */
  reaction?: string
  takeaway?: Takeaway
  /** Index of the sentence each part starts at; they increase in this order. */
  starts: { front: number, back: number, reaction?: number, takeaway?: number }
}

/** Items a side can show at once. */
export const MAX_ITEMS = 5

/** `Product team: designs the new car model.` (a label of one to three words). */
const RE_LABELLED = /^([A-Z][\w'-]*(?: [\w'-]+){0,2}):\s+(\S.*)$/
/** `The product team is the head chef.` */
const RE_IS = /^The ([a-z][\w'-]*(?: [\w'-]+){0,2}) is (.+)$/i
/** A short sentence naming one thing: `The robots.`, `They design the menu.` */
const RE_FRAGMENT = /^(?:(?:they|it|we|you) [a-z]+ )?(?:the|a|an) ([^,;:]+)$/i
const RE_ARTICLE = /^(?:the|a|an)\s+/i
const RE_ENUMERATION_START = /^.*?(?:[—–:]|\s-\s)\s*/
const RE_PRAISE = /\b(?:applaud|applauds|compliment|compliments|thank|thanks|praise|praises|cheer|cheers|love|loves|clap|claps)\b/i
const RE_NEGATION = /\b(?:never|not|no|nobody)\b|n't\b/i
const RE_END_PUNCTUATION = /[.!?]+["”]?$/

export function extractAnalogy(sentences: string[]): Analogy | undefined {
  const intros = sideIntros(sentences)
  if (!intros)
    return undefined
  const [a, b] = intros
  const keys = [keyOf(a.label), keyOf(b.label)] as const
  const reactionAt = sentences.findIndex((sentence, i) => i > b.at && RE_PRAISE.test(sentence) && !RE_NEGATION.test(sentence))
  const takeawayAt = sentences.findIndex((sentence, i) => i > b.at && i + 1 < sentences.length && isPair(sentence, sentences[i + 1]!, keys))
  const reaction = reactionAt >= 0 && (takeawayAt < 0 || reactionAt < takeawayAt) ? reactionAt : undefined
  const takeaway = takeawayAt >= 0 ? takeawayAt : undefined
  // The contrast just before the praise (`The audience doesn't applaud the lighting technician.`) is part of that beat.
  let reactionStart = reaction
  while (reactionStart !== undefined && reactionStart - 1 > b.at && RE_PRAISE.test(sentences[reactionStart - 1]!))
    reactionStart--
  const backEnd = reactionStart ?? takeaway ?? sentences.length

  return {
    front: sideOf(a, sentences.slice(a.at + 1, b.at)),
    back: sideOf(b, sentences.slice(b.at + 1, backEnd)),
    ...(reaction === undefined ? {} : { reaction: sentences[reaction]! }),
    ...(takeaway === undefined ? {} : { takeaway: takeawayOf(sentences[takeaway]!, sentences[takeaway + 1]!, keys) }),
    starts: { front: a.at, back: b.at, reaction: reactionStart, takeaway },
  }
}

interface Intro {
  at: number
  label: string
  rest: string
}

/** The first two side introductions with different labels: `Label: …` sentences first, else `The X is …`. */
function sideIntros(sentences: string[]): [Intro, Intro] | undefined {
  for (const pattern of [RE_LABELLED, RE_IS]) {
    const found: Intro[] = []
    sentences.forEach((sentence, at) => {
      const match = pattern.exec(sentence)
      if (match && found.length < 2 && !found.some(intro => intro.label.toLowerCase() === match[1]!.toLowerCase()))
        found.push({ at, label: capitalize(match[1]!), rest: match[2]! })
    })
    if (found.length === 2 && areCounterparts(found[0]!.label, found[1]!.label))
      return [found[0]!, found[1]!]
  }
  return undefined
}

/** `Product team` / `Platform team`, `Old API` / `New API`, `Chef` / `Kitchen`: two sides of one thing, not any two labels. */
function areCounterparts(a: string, b: string): boolean {
  const [wordsA, wordsB] = [a, b].map(label => label.toLowerCase().split(' '))
  if (keyOf(a) === keyOf(b))
    return false
  return (wordsA!.length === 1 && wordsB!.length === 1) || (wordsA!.length > 1 && wordsA!.at(-1) === wordsB!.at(-1))
}

/** The word a side's closing line starts with: `Product team` → `product`. */
function keyOf(label: string): string {
  return label.replace(RE_ARTICLE, '').split(' ')[0]!.toLowerCase()
}

function sideOf(intro: Intro, following: string[]): SceneSide {
  const introItems = enumerationOf(intro.rest)
  const items = introItems ?? following.map(enumerationOf).find(Boolean) ?? fragmentsOf(following)
  const role = introItems ? following.find(sentence => /^what\b/i.test(sentence)) ?? '' : intro.rest
  return { label: intro.label, role: capitalize(stripEnd(role)), items: items.slice(0, MAX_ITEMS) }
}

/** `seats, dashboard, engine, paint color` (also after a dash or colon) → the items; three or more short ones. */
export function enumerationOf(sentence: string): string[] | undefined {
  const body = stripEnd(sentence)
  for (const text of [body.replace(RE_ENUMERATION_START, ''), body]) {
    const parts = text.split(/,\s*(?:and\s+|or\s+)?/).map(part => part.trim().replace(RE_ARTICLE, ''))
    if (parts.length >= 3 && parts.every(part => part !== '' && part.split(/\s+/).length <= 3))
      return parts
  }
  return undefined
}

/** The run of one-thing sentences right after an introduction: `The assembly line. The robots.` */
function fragmentsOf(sentences: string[]): string[] {
  const items: string[] = []
  for (const sentence of sentences) {
    const match = RE_FRAGMENT.exec(stripEnd(sentence))
    if (!match || sentence.split(/\s+/).length > 5)
      break
    items.push(match[1]!)
  }
  return items
}

function startsWithKey(sentence: string, key: string): boolean {
  return new RegExp(`^(?:[\\w ]{1,20}:\\s*)?(?:the\\s+)?${escapeRegExp(key)}\\b`, 'i').test(sentence)
}

function isPair(first: string, second: string, [front, back]: readonly [string, string]): boolean {
  return (startsWithKey(first, front) && startsWithKey(second, back)) || (startsWithKey(first, back) && startsWithKey(second, front))
}

function takeawayOf(first: string, second: string, [front]: readonly [string, string]): Takeaway {
  const label = /^([\w ]{1,20}):\s*/.exec(first)
  const clean = (sentence: string) => capitalize(sentence.replace(/^[\w ]{1,20}:\s*/, ''))
  const [f, b] = startsWithKey(first, front) ? [first, second] : [second, first]
  return { label: label?.[1] ?? '', front: clean(f), back: clean(b) }
}

function stripEnd(sentence: string): string {
  return sentence.trim().replace(RE_END_PUNCTUATION, '')
}

/** `designs the car` → `Designs the car`; a first word like `v1` or `iOS` stays as written. */
export function capitalize(text: string): string {
  return /^[a-z]+\b/.test(text) ? text.charAt(0).toUpperCase() + text.slice(1) : text
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}
