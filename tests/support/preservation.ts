// "Nothing of the lesson is lost", checked by a route independent of the generator: the raw lesson is
// read with mdast, each leaf block flattened with mdast-util-to-string, and cut into sentences by a
// splitter of its own (not the generator's Intl.Segmenter). Each sentence must be in the slides or notes
// of ITS OWN section, as Slidev and Vue show them; a sentence of three words or fewer must be found
// together with its neighbour, so `team.` can't match just anywhere.
import type { Nodes, Parent, Root, RootContent } from 'mdast'
import type { Deck } from '../../scripts/lesson/types.ts'
import type { ReadSlide } from './deck-reader.ts'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough'
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table'
import { toString } from 'mdast-util-to-string'
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough'
import { gfmTable } from 'micromark-extension-gfm-table'
import { plain } from '../../scripts/lesson/text.ts'
import { FRONTMATTER } from '../../scripts/lesson/types.ts'

export const squash = (text: string): string => text.replace(/\s+/g, ' ').trim()

/** After `.`, `!`, `?` (and any closing quote or bracket), where white space follows. */
const RE_SENTENCE_END = /(?<=[.!?…]["'”’)\]]*)\s+/
/** The line under the title: `Video Length: ~4-5 minutes | Level: Staff`. */
const RE_META_PAIR = /^\s*([^\s:|](?:[^:|]*[^\s:|])?)\s*:\s*(\S(?:.*\S)?)\s*$/
const RE_META_KEY = /length|level|duration/i
const TINY_WORDS = 3
const RE_DIRECTIVE = /^\s*<!--\s*(?:pictures|slide)\s*:/i
/** Between two shown strings, so no sentence is found straddling them. */
const APART = '\u0000'
/** Between two chunks of notes (one click to the next). */
const CLICK = '\u0001'

interface ExpectedText {
  /** -1 for the cover (title, meta line, preamble), else the section's index. */
  section: number
  /** Sentences of one leaf block (a paragraph, list item, table cell, heading, code block), in order. */
  sentences: string[]
}

/** What a reader of the script hears or sees, by section, read from the raw lesson text. */
export function expectedTexts(markdown: string): ExpectedText[] {
  const root: Root = fromMarkdown(markdown, {
    extensions: [gfmTable(), gfmStrikethrough()],
    mdastExtensions: [gfmTableFromMarkdown(), gfmStrikethroughFromMarkdown()],
  })
  const out: ExpectedText[] = []
  let section = -1
  for (const node of root.children) {
    if (node.type === 'heading' && node.depth <= 2) {
      const text = textOf(node)
      if (node.depth === 2 && !(section === -1 && isMetaLine(text))) {
        section++
        // The time budget and remarks in parentheses are the heading's, not the slide's.
        out.push({ section, sentences: [squash(text.replace(/\s*\([^()]*\)/g, '')) || squash(text)] })
        continue
      }
    }
    // Each `Key: value` of the line under the title is shown on its own.
    if (section === -1 && (node.type === 'paragraph' || node.type === 'heading') && isMetaLine(textOf(node))) {
      out.push(...metaPairs(textOf(node)).map(pair => ({ section, sentences: [pair] })))
      continue
    }
    // `<!-- pictures: … -->`, `<!-- slide: text -->`: the author's word on the picture, not text of the lesson.
    if (node.type === 'html' && RE_DIRECTIVE.test(node.value))
      continue
    for (const leaf of leavesOf(node))
      out.push({ section, sentences: leaf })
  }
  return out.filter(text => text.sentences.length > 0)
}

/** The sentences of the lesson that its own section's slides and notes don't have, as `section N: sentence`. */
export function missingSentences(markdown: string, read: ReadSlide[]): string[] {
  const notes = new Map<number, string[]>()
  const shown = new Map<number, string[]>()
  for (const slide of read) {
    const index = Number(slide.frontmatter[FRONTMATTER.sectionIndex] ?? -1)
    notes.set(index, [...notes.get(index) ?? [], ...slide.noteChunks.map(squash)])
    shown.set(index, [...shown.get(index) ?? [], ...slide.shownText.map(squash)])
  }
  const missing: string[] = []
  for (const { section, sentences } of expectedTexts(markdown)) {
    // Chunks are kept apart by a mark: a click may fall inside a run without spaces (`꫰/.` cut after `꫰`).
    const said = (notes.get(section) ?? []).join(CLICK)
    const seen = (shown.get(section) ?? []).join(APART)
    sentences.forEach((sentence, i) => {
      const tiny = sentence.split(' ').length <= TINY_WORDS && sentences.length > 1
      const wanted = !tiny ? sentence : i > 0 ? `${sentences[i - 1]} ${sentence}` : `${sentence} ${sentences[1]}`
      if (!seen.includes(wanted) && !acrossClicks(wanted).test(said))
        missing.push(`section ${section}: ${wanted}`)
    })
  }
  return missing
}

/** `a b.` found in notes whose click boundaries may stand for its space, or fall between two characters. */
function acrossClicks(wanted: string): RegExp {
  const parts = [...wanted].map(char => (char === ' ' ? `[ ${CLICK}]` : `${char.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}${CLICK}?`))
  return new RegExp(parts.join(''), 'u')
}

/** Blocks down to their leaves: each paragraph, heading, table cell, code or HTML block, as sentences. */
function leavesOf(node: RootContent): string[][] {
  switch (node.type) {
    case 'code':
      return [[squash(node.value)].filter(Boolean)]
    case 'html':
    case 'paragraph':
    case 'heading':
      return [sentencesOf(textOf(node))]
    case 'table':
      return node.children.flatMap(row => row.children.map(cell => sentencesOf(textOf(cell))))
    case 'list':
    case 'listItem':
    case 'blockquote':
      return node.children.flatMap(child => leavesOf(child as RootContent))
    default:
      return []
  }
}

/** A node's text as a reader sees it; a hard line break reads as a space. */
function textOf(node: Nodes): string {
  return toString(withBreaksAsSpaces(node))
}

function withBreaksAsSpaces(node: Nodes): Nodes {
  if (node.type === 'break')
    return { type: 'text', value: ' ' }
  if ('children' in node)
    return { ...node, children: (node as Parent).children.map(child => withBreaksAsSpaces(child)) } as Nodes
  return node
}

function sentencesOf(text: string): string[] {
  return squash(text).split(RE_SENTENCE_END).map(squash).filter(Boolean)
}

function isMetaLine(text: string): boolean {
  const pairs = text.split('|').map(part => RE_META_PAIR.exec(part))
  return pairs.every(Boolean) && pairs.some(pair => RE_META_KEY.test(pair![1]!))
}

function metaPairs(text: string): string[] {
  return text.split('|').map(part => RE_META_PAIR.exec(part)!).map(([, key, value]) => `${key}: ${value}`)
}

/** The planned notes of each slide as text, one string per click, trailing empty clicks dropped. */
export function plannedNoteChunks(deck: Deck): string[][] {
  return deck.slides.map((slide) => {
    const chunks = slide.notes.map(chunk => squash(chunk.map(plain).join(' ')))
    while (chunks.length > 1 && chunks.at(-1) === '')
      chunks.pop()
    return chunks
  })
}
