// Lesson script (Markdown) → typed Lesson. Pure: text in, value out; no file system.
import type { Heading, PhrasingContent, Root, RootContent } from 'mdast'
import type { Block, Lesson, Position, Rich, SecondsRange, Section, SectionKind, Span } from './types.ts'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { CliError, startOf } from '../errors.ts'
import { readSectionDirective } from './directive.ts'
import { slugOf } from './slug.ts'
import { paragraphsOf, plainText } from './text.ts'

/** Section headings of the lesson format, matched on the heading without its parentheses; the first match wins. */
export const SECTION_HEADINGS = [
  [/^(?:the )?hook\b/i, 'hook'],
  // The Beginner lessons say "The Big Analogy", "A Second Way to Think About It", "Now Let's Connect to Software", "Real Examples".
  [/^the story\b|^the big analogy\b/i, 'story'],
  [/^another way to see it\b|^a second way to think about it\b/i, 'analogy'],
  [/^(?:now let'?s )?connect(?:ing)? to software\b/i, 'software'],
  [/\bdiagram\b/i, 'diagram'],
  [/^real(?:[- ]world)? examples?\b/i, 'examples'],
  [/^let'?s think together\b/i, 'think'],
  [/^what could go wrong\b/i, 'disaster'],
  [/^surprising truth\b|\bfun fact\b/i, 'fact'],
  [/^(?:quick )?recap\b/i, 'recap'],
  [/^one[- ]liner\b/i, 'one-liner'],
  [/^next video\b|^up next\b/i, 'next'],
] as const satisfies readonly (readonly [RegExp, Exclude<SectionKind, 'other'>])[]

/** `20-30 seconds`, `1 minute`, `45s`, `~4-5 minutes`, `1.5 min` */
const RE_DURATION = /^~?\s*(\d+(?:\.\d+)?)\s*(?:[-–]\s*(\d+(?:\.\d+)?)\s*)?(s|secs?|seconds?|m|mins?|minutes?)$/i
/** A trailing or inner `( … )` remark of a heading. */
const RE_PARENTHESES = /\s*\(([^()]*)\)/g
/** `Key: value` in the line under the title. */
const RE_META_PAIR = /^\s*([^\s:|](?:[^:|]*[^\s:|])?)\s*:\s*(\S(?:.*\S)?)\s*$/
const RE_CURLY_APOSTROPHE = /[\u2018\u2019]/g

export function parseLesson(markdown: string, file: string): Lesson {
  if (markdown.trim() === '')
    throw new CliError('EMPTY', 'the lesson is empty; expected a `# Title` line followed by `## Section` headings', startOf(file))

  // Of GFM, the parts a script uses (tables, strikethrough); autolinks and footnotes would cost a
  // third of the parse and, left out, stay in the text as written.
  const root: Root = fromMarkdown(markdown, {
    extensions: [gfmTable(), gfmStrikethrough()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
  })
  const nodes = root.children.filter(node => node.type !== 'thematicBreak')

  const first = nodes[0]
  if (!first || first.type !== 'heading' || first.depth !== 1) {
    throw new CliError('NO_TITLE', `expected the lesson to start with a \`# Title\` heading, found ${describe(first)}`, { file, ...positionOf(first) })
  }

  const lesson: Lesson = {
    file,
    slug: slugOf(file),
    title: plainText(richOf(first.children)),
    meta: {},
    preamble: [],
    sections: [],
  }

  let current: Section | undefined
  for (const node of nodes.slice(1)) {
    if (node.type === 'heading' && node.depth === 1) {
      throw new CliError('BAD_SECTION', 'found a second `#` title; expected one `# Title` and then `## Section` headings', { file, ...positionOf(node) })
    }
    if (node.type === 'heading' && node.depth === 2) {
      const text = plainText(richOf(node.children))
      if (!current && lesson.sections.length === 0 && isMetaLine(text)) {
        readMeta(lesson, text)
        continue
      }
      current = sectionOf(node, text)
      lesson.sections.push(current)
      continue
    }
    if (node.type === 'html' && readSectionDirective(node.value, positionOf(node), file, current))
      continue
    const block = blockOf(node)
    if (!block)
      continue
    if (current) {
      current.blocks.push(block)
    }
    else if (block.kind === 'paragraph' && isMetaLine(plainText(block.text)) && Object.keys(lesson.meta).length === 0) {
      readMeta(lesson, plainText(block.text))
    }
    else {
      lesson.preamble.push(block)
    }
  }

  if (lesson.sections.length === 0) {
    const end = root.position?.end ?? { line: 1, column: 1 }
    throw new CliError('NO_SECTIONS', 'the lesson has a title but no sections; expected `## Section` headings such as `## The Hook (20-30 seconds)`', { file, line: end.line, column: end.column })
  }
  return lesson
}

/** `20-30 seconds` → { min: 20, max: 30 }; undefined when the text is not a duration. */
export function parseDuration(text: string): SecondsRange | undefined {
  const match = RE_DURATION.exec(text.trim())
  if (!match)
    return undefined
  const unit = match[3]!.toLowerCase().startsWith('m') ? 60 : 1
  const min = Number(match[1]) * unit
  const max = match[2] === undefined ? min : Number(match[2]) * unit
  return min <= max ? { min, max } : { min: max, max: min }
}

export function sectionKindOf(title: string): SectionKind {
  const normal = title.replace(RE_CURLY_APOSTROPHE, '\'')
  return SECTION_HEADINGS.find(([pattern]) => pattern.test(normal))?.[1] ?? 'other'
}

function sectionOf(node: Heading, heading: string): Section {
  const remarks: string[] = []
  let budget: SecondsRange | undefined
  for (const [, inner] of heading.matchAll(RE_PARENTHESES)) {
    const duration = parseDuration(inner!)
    if (duration && !budget)
      budget = duration
    else remarks.push(inner!.trim())
  }
  const title = heading.replace(RE_PARENTHESES, '').trim() || heading
  return { kind: sectionKindOf(title), heading, title, remarks, budget, blocks: [], at: positionOf(node) }
}

function isMetaLine(text: string): boolean {
  const pairs = text.split('|').map(part => RE_META_PAIR.exec(part))
  return pairs.every(Boolean) && pairs.some(pair => /length|level|duration/i.test(pair![1]!))
}

function readMeta(lesson: Lesson, text: string): void {
  for (const part of text.split('|')) {
    const [, key, value] = RE_META_PAIR.exec(part)!
    lesson.meta[key!] = value!
    if (/length|duration/i.test(key!))
      lesson.videoLength = parseDuration(value!)
    if (/level/i.test(key!))
      lesson.level = value
  }
}

function blockOf(node: RootContent): Block | undefined {
  const at = positionOf(node)
  switch (node.type) {
    case 'paragraph':
      return { kind: 'paragraph', text: richOf(node.children), at }
    case 'heading':
      return { kind: 'heading', depth: node.depth, text: richOf(node.children), at }
    case 'code':
      return { kind: 'code', lang: node.lang ?? '', value: node.value, at }
    case 'html':
      // Raw HTML in a lesson is text to show, never markup to run.
      return { kind: 'paragraph', text: [{ text: node.value }], at }
    case 'list':
      return { kind: 'list', ordered: Boolean(node.ordered), items: listItemsOf(node.children), at }
    case 'blockquote':
      return { kind: 'quote', paragraphs: node.children.flatMap(child => richOfBlock(child)), at }
    case 'table':
      return { kind: 'table', rows: node.children.map(row => row.children.map(cell => richOf(cell.children))), at }
    default:
      return undefined
  }
}

/** Nested lists are flattened: every item keeps its words, in reading order. */
function listItemsOf(items: RootContent[]): Rich[] {
  return items.flatMap(item => ('children' in item ? item.children as RootContent[] : []).flatMap(richOfBlock))
}

function richOfBlock(node: RootContent): Rich[] {
  const block = blockOf(node)
  return block ? paragraphsOf([block]) : []
}

function richOf(children: PhrasingContent[], marks: Omit<Span, 'text'> = {}): Rich {
  const spans: Rich = []
  for (const child of children) {
    switch (child.type) {
      case 'text':
      case 'html':
        spans.push({ ...marks, text: child.value })
        break
      case 'inlineCode':
        spans.push({ ...marks, code: true, text: child.value })
        break
      case 'break':
        spans.push({ ...marks, text: ' ' })
        break
      case 'image':
        spans.push({ ...marks, text: child.alt ?? '' })
        break
      case 'strong':
        spans.push(...richOf(child.children, { ...marks, strong: true }))
        break
      case 'emphasis':
        spans.push(...richOf(child.children, { ...marks, emphasis: true }))
        break
      default:
        if ('children' in child)
          spans.push(...richOf(child.children as PhrasingContent[], marks))
        else if ('value' in child && typeof child.value === 'string')
          spans.push({ ...marks, text: child.value })
    }
  }
  return mergeSpans(spans)
}

/** Neighbouring spans with the same marks become one, so text compares simply. */
function mergeSpans(spans: Rich): Rich {
  const merged: Rich = []
  for (const span of spans) {
    const last = merged.at(-1)
    if (last && last.strong === span.strong && last.emphasis === span.emphasis && last.code === span.code)
      last.text += span.text
    else if (span.text !== '')
      merged.push({ ...span })
  }
  return merged
}

function positionOf(node: { position?: { start: { line: number, column: number } } } | undefined): Position {
  return { line: node?.position?.start.line ?? 1, column: node?.position?.start.column ?? 1 }
}

function describe(node: RootContent | undefined): string {
  if (!node)
    return 'nothing'
  if (node.type === 'heading')
    return `a level-${node.depth} heading`
  return `a ${node.type}`
}

export { slugOf }
