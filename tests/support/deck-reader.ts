// Reads a generated slides.md back the way Slidev and Vue will: Slidev's own parser splits slides and
// notes, markdown-it renders the notes, an HTML parser decodes the component props.
import { parse } from '@slidev/parser'
import { DomUtils, parseDocument } from 'htmlparser2'
import MarkdownExit from 'markdown-exit'
import { stringsIn } from '../../scripts/lesson/coverage.ts'

const notesMarkdown = MarkdownExit({ html: true })
/** Slidev's own click-marker pattern (node/vite/loaders: renderNote). */
const RE_CLICK_MARKER = /\[click(?::(\d+))?\]/gi

export interface ReadSlide {
  title: string | undefined
  frontmatter: Record<string, unknown>
  /** Component name and decoded props of the slide's one component. */
  component: { name: string, props: Record<string, unknown> } | undefined
  /** Notes as a reader sees them, split at the click markers (chunk k shows at click k). */
  noteChunks: string[]
  /** Raw notes, as Slidev's parser returns them. */
  note: string | undefined
  /** Every string the slide shows (its props, deeply). */
  shownText: string[]
}

const read = new Map<string, Promise<ReadSlide[]>>()
/** Decks kept read: enough for the tests of one lesson; a mutation run makes a new text per mutant. */
const KEPT = 8

/**
 * readDeck, once per distinct text: tests that generate the deck in each test read the same text
 * again and again, and Slidev's parser, which is not what they test, is the slow part. Don't change what it returns.
 */
export function readDeckOnce(markdown: string): Promise<ReadSlide[]> {
  let slides = read.get(markdown)
  if (!slides) {
    if (read.size >= KEPT)
      read.delete(read.keys().next().value!)
    slides = readDeck(markdown)
    read.set(markdown, slides)
  }
  return slides
}

export async function readDeck(markdown: string): Promise<ReadSlide[]> {
  const { slides } = await parse(markdown, 'slides.md')
  return slides.map(slide => ({
    title: slide.title,
    frontmatter: slide.frontmatter,
    component: componentOf(slide.content),
    noteChunks: noteChunksOf(slide.note ?? ''),
    note: slide.note,
    shownText: componentOf(slide.content) ? stringsIn(componentOf(slide.content)!.props) : [],
  }))
}

function componentOf(content: string): ReadSlide['component'] {
  const document = parseDocument(content, { lowerCaseTags: false, lowerCaseAttributeNames: false, recognizeSelfClosing: true })
  const element = DomUtils.findOne(() => true, document.children, true)
  if (!element)
    return undefined
  const props: Record<string, unknown> = {}
  for (const [key, value] of Object.entries(element.attribs))
    props[key.replace(/^:/, '')] = key.startsWith(':') ? JSON.parse(value) : value
  return { name: element.name, props }
}

/** Renders the notes as Slidev does, then cuts the text at each marker (a private-use character survives Markdown). */
function noteChunksOf(note: string): string[] {
  const chunks: string[] = []
  let clicks = 0
  let from = 0
  const withMarks = note.replace(RE_CLICK_MARKER, (_, count = '1') => `\uE000${(clicks += Number(count))}\uE000`)
  const text = htmlToText(notesMarkdown.render(withMarks))
  for (const match of text.matchAll(/\uE000(\d+)\uE000/g)) {
    chunks.push(text.slice(from, match.index).trim())
    while (chunks.length < Number(match[1]))
      chunks.push('')
    from = match.index! + match[0].length
  }
  chunks.push(text.slice(from).trim())
  return chunks
}

export function htmlToText(html: string): string {
  return DomUtils.textContent(parseDocument(html, { decodeEntities: true })).replace(/\s+/g, ' ').trim()
}
