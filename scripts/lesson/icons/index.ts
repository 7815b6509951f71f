// The icons the generator can draw, read once per process at the edge: the committed word index
// (icon-index.json, built by scripts/icons/build-index.ts from emojibase, WordNet and the icon set) and the
// Fluent Emoji Flat set itself, whose SVG of each used icon goes into the slide's props, so a deck ships
// only the icons it shows.
import type { IconifyJSON } from '@iconify/types'
import type { IconSvg } from '../types.ts'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { getIconData, iconToSVG } from '@iconify/utils'

const require = createRequire(import.meta.url)

/** Drawable English nouns (lower case, singular, words separated by one space) → Iconify icon name. */
export interface IconIndex {
  icons: ReadonlyMap<string, string>
}

let index: IconIndex | undefined
let iconSet: IconifyJSON | undefined

export function iconIndex(): IconIndex {
  index ??= { icons: new Map(Object.entries(JSON.parse(readFileSync(new URL('./icon-index.json', import.meta.url), 'utf8')).icons as Record<string, string>)) }
  return index
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
