// Icons of the set for a word, best first: the one the index draws it with, then emoji whose label says
// the word, then those that have it among their keywords (emojibase), then icons whose name says it.
// Offered by `npm run review` (pick another) and named in the error for an icon the set does not have.
// Reads emojibase's data on first use only: generating a deck never needs it.
import { createRequire } from 'node:module'
import { hasIcon, iconIndex, iconNames } from './index.ts'

const require = createRequire(import.meta.url)

interface Emoji { label: string, hexcode: string, tags?: string[], order?: number, subgroup?: number, skins?: { hexcode: string }[] }
interface Entry { icon: string, label: string, tags: string[], subgroup?: number }

/** The set's names for an emoji in a skin tone: `cook-medium-dark`. */
const RE_SKIN_TONE = /-(?:medium-)?(?:light|medium|dark)$/

let entries: Entry[] | undefined

/** Up to `limit` icon names for the word (or words), best first. */
export function iconsFor(query: string, limit = 24): string[] {
  const words = query.trim().toLowerCase().replace(/\s+/g, ' ')
  if (!/[a-z0-9]/.test(words))
    return []
  const says = new RegExp(`(?:^|[\\s-])${words.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?:s|es)?(?:$|[\\s-])`)
  const own = iconIndex().icons.get(words) ?? iconIndex().icons.get(words.replace(/e?s$/, ''))
  const ranked: { icon: string, rank: number }[] = own ? [{ icon: own, rank: 0 }] : []
  for (const entry of allEntries()) {
    const rank = says.test(entry.label)
      ? 1
      : entry.tags.some(tag => says.test(tag))
        ? 2
        : says.test(entry.icon.replaceAll('-', ' ')) ? 3 : undefined
    if (rank !== undefined)
      ranked.push({ icon: entry.icon, rank })
  }
  const seen = new Set<string>()
  return ranked
    .sort((a, b) => a.rank - b.rank)
    .filter(({ icon }) => !seen.has(icon) && Boolean(seen.add(icon)))
    .slice(0, limit)
    .map(({ icon }) => icon)
}

/**
 * Icons to offer instead of `current`: those the query names, then, when `akin` (the query is the word
 * itself), those akin to `current`: its keywords' icons, then its kind's (a `road` drawn as a motorway also
 * offers the railway track and the bus stop).
 */
export function iconOffers(query: string, current: string, akin: boolean, limit: number): string[] {
  const more = akin ? [...keywordsOf(current).flatMap(keyword => iconsFor(keyword, limit)), ...iconsAkinTo(current)] : []
  return [...new Set([...iconsFor(query, limit), ...more])].filter(icon => icon !== current).slice(0, limit)
}

/** An icon's emoji label and keywords (emojibase), lower case: `motorway` → `motorway`, `highway`, `road`, … */
export function keywordsOf(icon: string): string[] {
  const entry = allEntries().find(each => each.icon === icon)
  return entry ? [...new Set([...entry.label.split(' '), ...entry.tags])].filter(Boolean) : []
}

/** Icons of the same kind as this one (its emojibase subgroup: ground transport, food prepared, …), in emojibase's order. */
export function iconsAkinTo(icon: string): string[] {
  const subgroup = allEntries().find(each => each.icon === icon)?.subgroup
  return subgroup === undefined ? [] : allEntries().filter(each => each.subgroup === subgroup && each.icon !== icon).map(each => each.icon)
}

/** Every icon of the set with its emoji's label and keywords, in emojibase's order; skin tones left out. */
function allEntries(): Entry[] {
  if (entries)
    return entries
  const chars: Record<string, string> = require('@iconify-json/fluent-emoji-flat/chars.json')
  const emojis: Emoji[] = require('emojibase-data/en/data.json')
  const iconOf = (hexcode: string) => chars[hexcode.toLowerCase()] ?? chars[hexcode.toLowerCase().replace(/-fe0f/g, '')]
  const skins = new Set(emojis.flatMap(emoji => emoji.skins ?? []).map(skin => iconOf(skin.hexcode)))
  const found: Entry[] = []
  const named = new Set<string>()
  for (const emoji of [...emojis].sort((a, b) => (a.order ?? 0) - (b.order ?? 0))) {
    const icon = iconOf(emoji.hexcode)
    if (icon && hasIcon(icon) && !named.has(icon)) {
      named.add(icon)
      found.push({ icon, label: emoji.label.toLowerCase(), tags: (emoji.tags ?? []).map(tag => tag.toLowerCase()), subgroup: emoji.subgroup })
    }
  }
  // Icons of the set that emojibase does not name (the set's own variants) are found by their name.
  for (const icon of iconNames()) {
    if (!named.has(icon) && !skins.has(icon) && !(RE_SKIN_TONE.test(icon) && hasIcon(icon.replace(RE_SKIN_TONE, ''))))
      found.push({ icon, label: '', tags: [] })
  }
  entries = found
  return entries
}
