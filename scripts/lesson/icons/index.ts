// The icons the generator can draw, read once per process at the edge: the committed word index
// (icon-index.json, built by scripts/icons/build-index.ts from emojibase, WordNet and the icon set) and the
// Fluent Emoji Flat set itself, whose SVG of each used icon goes into the slide's props, so a deck ships
// only the icons it shows.
import type { IconifyJSON } from '@iconify/types'
import type { Idiom } from '../extract/idioms.ts'
import type { IconSvg } from '../types.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { getIconData, iconToSVG } from '@iconify/utils'
import { idiomsByWord } from '../extract/idioms.ts'

const require = createRequire(import.meta.url)

/** Drawable English nouns (lower case, singular, words separated by one space) → Iconify icon name. */
export interface IconIndex {
  icons: ReadonlyMap<string, string>
  /** What WordNet says of a word's senses, for the words that need it (scripts/icons/senses.ts). */
  senses?: ReadonlyMap<string, SenseNote>
  /** Common nouns of things that have no icon (`museum`, `roof`): unlike abstract words, they may name a thing's kind. */
  unpictured?: ReadonlySet<string>
  /** Idioms around drawable words, by each of their words (extract/idioms.ts): `hands are tied`, `gold standard`. */
  idioms?: ReadonlyMap<string, Idiom[]>
  /** The icons of people: a noun of people stays a person after any other noun (`triage nurse`). */
  people?: ReadonlySet<string>
}

/**
 * A word the generator draws only with care: it is mostly an adjective, it has a software sense, or its icon
 * draws only one of its uses, and then only when its section says one of the cue words (stems).
 */
export interface SenseNote {
  adjective?: true
  software?: true
  /** Its icon draws a narrower kind of it (a `machine` by a fax machine): two cue words are wanted. */
  narrower?: true
  cues?: string[]
}

interface IndexFile { icons: Record<string, string>, senses?: Record<string, SenseNote>, unpictured?: string, idioms?: string[], people?: string[] }

/** The figures of a third and a fourth person of a story, after two of `person`: never a crowd of one figure. */
export const OTHER_PEOPLE = ['person-curly-hair', 'person-white-hair']

let index: IconIndex | undefined
let iconSet: IconifyJSON | undefined

export function iconIndex(): IconIndex {
  if (!index) {
    const read = JSON.parse(readFileSync(new URL('./icon-index.json', import.meta.url), 'utf8')) as IndexFile
    index = {
      icons: new Map(Object.entries(read.icons)),
      senses: new Map(Object.entries(read.senses ?? {})),
      unpictured: new Set((read.unpictured ?? '').split(' ')),
      idioms: idiomsByWord(read.idioms ?? []),
      people: new Set(read.people ?? []),
    }
  }
  return index
}

let namesBySvg: Map<string, string> | undefined

/** The name of an icon of the index, from the SVG body a slide carries (for measuring what decks show). */
export function iconNameOfSvg(body: string): string {
  namesBySvg ??= new Map([...new Set([...iconIndex().icons.values(), ...OTHER_PEOPLE])].map(name => [iconSvg(name).body, name]))
  return namesBySvg.get(body) ?? 'unknown'
}

/** The SVG of an icon of the set, as the component draws it. */
export function iconSvg(name: string): IconSvg {
  const data = getIconData(theIconSet(), name)
  if (!data)
    throw new Error(`The icon set has no icon named ${name}: rebuild the index (node scripts/icons/build-index.ts)`)
  const { body, attributes } = iconToSVG(data)
  return { body, viewBox: attributes.viewBox }
}

/** Whether the set has an icon of that name (an alias counts). */
export function hasIcon(name: string): boolean {
  return getIconData(theIconSet(), name) !== null
}

/** Every icon name of the set, aliases included. */
export function iconNames(): string[] {
  const set = theIconSet()
  return [...Object.keys(set.icons), ...Object.keys(set.aliases ?? {})]
}

function theIconSet(): IconifyJSON {
  iconSet ??= JSON.parse(readFileSync(require.resolve('@iconify-json/fluent-emoji-flat/icons.json'), 'utf8')) as IconifyJSON
  return iconSet
}
