// Deck → the text of slides.md. Pure and deterministic: the same deck gives the same bytes.
// Every piece of lesson text goes through an escape made for the place it lands in, so a lesson
// containing `{{ }}`, raw HTML, `---` or `<!-- -->` shows that text instead of running it.
import type { Deck, DeckHeadmatter, Json, NoteChunk, Rich, Slide, SlideComponent, SlideFrontmatter } from './types.ts'
import { createHash } from 'node:crypto'
import { escapeAttribute, escapeNoteCode, escapeNoteText, escapeTitle } from './escape.ts'
import { formatSeconds } from './timing.ts'
import { FRONTMATTER } from './types.ts'

/** The headmatter line that carries the hash of everything else in the file. */
export const HASH_LINE_PREFIX = '# body-sha256: '
const RE_HASH_LINE = /^# body-sha256: ([0-9a-f]{64})\n/m
const RE_DASH_BEFORE_TWO = /-(?=--)/g
/** What would make a notes line a heading, list item or rule: `# `, `- `, `1. ` … */
const RE_LINE_START_MARK = /^(\d*)([#\-+=]|(?<=\d)[.)])/

export interface RenderOptions {
  /** The lesson's path as the headmatter should name it (relative to the project). */
  source: string
}

export function renderDeck(deck: Deck, options: RenderOptions): string {
  const body = deck.slides.map((slide, i) => renderSlide(deck, slide, i, options)).join('\n')
  return withHash(body)
}

/** Inserts the hash line under the headmatter's first comment, hashing the text without it. */
function withHash(text: string): string {
  const cut = text.indexOf('\n', 4) + 1
  return `${text.slice(0, cut)}${HASH_LINE_PREFIX}${hashOf(text)}\n${text.slice(cut)}`
}

export function hashOf(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

/**
 * 'generated' when the file is exactly what the generator wrote (its hash line matches its body),
 * 'edited' when it was changed since, 'foreign' when it has no hash line at all.
 */
export function provenanceOf(text: string): 'generated' | 'edited' | 'foreign' {
  const match = RE_HASH_LINE.exec(text)
  if (!match)
    return 'foreign'
  const body = text.slice(0, match.index) + text.slice(match.index + match[0].length)
  return hashOf(body) === match[1] ? 'generated' : 'edited'
}

function renderSlide(deck: Deck, slide: Slide, index: number, options: RenderOptions): string {
  const { lesson, timing } = deck
  const headmatter: Record<string, Json> & DeckHeadmatter | undefined = index === 0
    ? {
        theme: 'default',
        colorSchema: 'light',
        // Offline by design: fonts come from npm packages (styles/index.css), the icon from public/.
        fonts: { sans: 'Nunito Sans', mono: 'Fira Code', provider: 'none' },
        favicon: '/favicon.svg',
        title: escapeTitle(lesson.title),
        info: escapeNoteText(Object.entries(lesson.meta).map(([k, v]) => `${k}: ${v}`).join(' · ') || lesson.title),
        duration: formatDuration(timing.totalSeconds),
        exportFilename: lesson.slug,
        [FRONTMATTER.lessonSlug]: lesson.slug,
        [FRONTMATTER.lessonSource]: options.source,
        [FRONTMATTER.wordsPerMinute]: timing.wordsPerMinute,
      }
    : undefined
  const fields: SlideFrontmatter = {
    [FRONTMATTER.title]: headmatter ? String(headmatter.title) : escapeTitle(slide.title),
    [FRONTMATTER.layout]: slide.layout,
    [FRONTMATTER.clicks]: slide.clicks,
    [FRONTMATTER.section]: slide.section.title,
    [FRONTMATTER.sectionKind]: slide.section.kind,
    [FRONTMATTER.sectionIndex]: slide.section.index,
    [FRONTMATTER.budgetSeconds]: slide.section.index >= 0 ? timing.planSeconds[slide.section.index] : undefined,
    // What the section's notes need at the speaking rate: the strip shows it beside the budget.
    [FRONTMATTER.needSeconds]: slide.section.index >= 0 ? timing.speakSeconds[slide.section.index] : undefined,
  }
  const head = index === 0
    ? [`# Generated from ${options.source} by \`npm run generate\`. Edit the lesson, not this file.`]
    : []
  const yaml = Object.entries({ ...headmatter, ...fields })
    .filter(([, value]) => value !== undefined)
    .map(([key, value]) => `${key}: ${yamlValue(value as Json)}`)
  return [
    '---',
    ...head,
    ...yaml,
    '---',
    '',
    renderComponent(slide.component),
    '',
    renderNotes(slide.notes),
    '',
  ].join('\n')
}

/**
 * JSON is YAML; but Slidev ends a frontmatter block at the first `---` anywhere in it,
 * so dashes that would make one are written as escapes (`\u002d`), which YAML reads back as dashes.
 */
export function yamlValue(value: Json): string {
  return JSON.stringify(value).replace(RE_DASH_BEFORE_TWO, '\\u002d')
}

/** One line, so Markdown passes the tag through whole; props are JSON in single-quoted, escaped attributes. */
export function renderComponent({ name, props }: SlideComponent): string {
  const attributes = Object.entries(props).map(([key, value]) => ` :${key}='${escapeAttribute(JSON.stringify(value))}'`)
  return `<${name}${attributes.join('')} />`
}

/** The single trailing comment; chunk k starts with a click marker, empty chunks fold into the next. */
export function renderNotes(chunks: NoteChunk[]): string {
  const parts: string[] = []
  let pendingClicks = 0
  chunks.forEach((chunk, k) => {
    if (k > 0)
      pendingClicks++
    if (chunk.length === 0)
      return
    const paragraphs = chunk.map(renderNoteParagraph)
    if (pendingClicks > 0) {
      const marker = pendingClicks === 1 ? '[click]' : `[click:${pendingClicks}]`
      // A <pre> must open its line to stay one HTML block, so its marker gets a line of its own.
      paragraphs[0] = paragraphs[0]!.startsWith('<pre>') ? `${marker}\n\n${paragraphs[0]}` : `${marker} ${paragraphs[0]}`
    }
    pendingClicks = 0
    parts.push(...paragraphs)
  })
  return ['<!--', ...parts.join('\n\n').split('\n'), '-->'].join('\n')
}

function renderNoteParagraph(paragraph: Rich): string {
  // A code block: an HTML block, which Markdown leaves alone, keeps it verbatim.
  if (paragraph.length === 1 && paragraph[0]!.code)
    return `<pre>${escapeNoteCode(paragraph[0]!.text)}</pre>`
  return paragraph.map((span) => {
    const text = span.text.replace(/\s+/g, ' ')
    // Inline HTML is still read as Markdown inside, so inline code gets the full text escape.
    if (span.code)
      return `<code>${escapeNoteText(text)}</code>`
    const core = text.trim()
    if (core === '' || (!span.strong && !span.emphasis))
      return escapeNoteText(text)
    const mark = span.strong ? '**' : '*'
    const lead = text.startsWith(' ') ? ' ' : ''
    const tail = text.endsWith(' ') ? ' ' : ''
    return `${lead}${mark}${escapeNoteText(core)}${mark}${tail}`
  }).join('').trim().replace(RE_LINE_START_MARK, '$1\\$2')
}

/** 270 → `4min30s`, a form Slidev's timer reads. */
function formatDuration(seconds: number): string {
  const [minutes, rest] = formatSeconds(seconds).split(':').map(Number)
  return rest ? `${minutes}min${rest}s` : `${minutes}min`
}
