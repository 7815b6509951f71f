// What the exports need to know about a deck file, read with Slidev's own parser: its slides,
// their titles as a reader sees them, their clicks, sections and time budgets. Pure.
import { parseSync, resolveConfig } from '@slidev/parser'
import { FRONTMATTER } from '../lesson/types.ts'

export interface DeckSlide {
  /** 1-based, as Slidev numbers slides. */
  no: number
  /** The title as it reads on the page (escapes and markup removed); '' when the slide has none. */
  title: string
  /** Clicks the slide reserves (frontmatter `clicks`). */
  clicks: number
  /** The section the slide belongs to, when the deck says (frontmatter `section`). */
  section?: string
  /** The section's planned seconds (frontmatter `budgetSeconds`). */
  budgetSeconds?: number
}

export interface DeckInfo {
  /** The deck file, relative to the project root. */
  entry: string
  /** Names the export files: headmatter `lessonSlug`, else `exportFilename`, else the file's stem. */
  slug: string
  title: string
  /** Headmatter `info`, as plain text. */
  info: string
  wordsPerMinute: number
  /** Slide size in CSS pixels. */
  width: number
  height: number
  /** Web fonts the deck names (headmatter `fonts`): they must ship with the deck. */
  fonts: string[]
  slides: DeckSlide[]
}

const RE_TAG = /<[^>]*>/g
const RE_ENTITY = /&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|apos);/gi
const RE_BACKSLASH_ESCAPE = /\\([!"#$%&'()*+,\-./:;<=>?@[\\\]^_`{|}~])/g
const NAMED_ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: '\'' }
const DEFAULT_WORDS_PER_MINUTE = 150

/** A title or info string as written in frontmatter → the text a reader sees: `\*` → `*`, `&#91;` → `[`, tags dropped. */
export function plainText(markup: string): string {
  return markup
    .replace(RE_TAG, '')
    .replace(RE_BACKSLASH_ESCAPE, '$1')
    .replace(RE_ENTITY, (_, name: string) => {
      const lower = name.toLowerCase()
      if (lower.startsWith('#x'))
        return String.fromCodePoint(Number.parseInt(lower.slice(2), 16))
      if (lower.startsWith('#'))
        return String.fromCodePoint(Number(lower.slice(1)))
      return NAMED_ENTITIES[lower]!
    })
    .trim()
}

export function readDeckInfo(markdown: string, entry: string): DeckInfo {
  const { slides } = parseSync(markdown, entry)
  const headmatter: Record<string, unknown> = slides[0]?.frontmatter ?? {}
  const config = resolveConfig(headmatter, {}, entry)
  const stem = entry.replace(/^.*\//, '').replace(/\.md$/, '').replace(/^\./, '')
  return {
    entry,
    slug: stringOf(headmatter[FRONTMATTER.lessonSlug]) ?? stringOf(headmatter.exportFilename) ?? stem,
    title: plainText(stringOf(headmatter.title) ?? slides[0]?.title ?? stem),
    info: plainText(stringOf(headmatter.info) ?? ''),
    wordsPerMinute: numberOf(headmatter[FRONTMATTER.wordsPerMinute]) ?? DEFAULT_WORDS_PER_MINUTE,
    width: config.canvasWidth,
    height: Math.round(config.canvasWidth / config.aspectRatio),
    fonts: config.fonts.webfonts.filter(family => !config.fonts.local.includes(family)),
    slides: slides.map((slide, i) => ({
      no: i + 1,
      title: plainText(slide.title ?? ''),
      clicks: Math.max(0, Math.floor(numberOf(slide.frontmatter[FRONTMATTER.clicks]) ?? 0)),
      section: stringOf(slide.frontmatter[FRONTMATTER.section]),
      budgetSeconds: numberOf(slide.frontmatter[FRONTMATTER.budgetSeconds]),
    })),
  }
}

function stringOf(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined
}

function numberOf(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined
}
