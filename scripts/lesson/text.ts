// Pure helpers over lesson text: sentences, words, labelled paragraphs.
import { plainText } from './parse.ts'
import type { Block, Rich, Span } from './types.ts'

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' })
const WORDS = new Intl.Segmenter('en', { granularity: 'word' })
/** A label's closing punctuation: `**Product team.**` → `Product team`. */
const RE_LABEL_END = /[\s.:—–-]+$/

export function wordCount(text: string): number {
  let count = 0
  for (const segment of WORDS.segment(text)) {
    if (segment.isWordLike)
      count++
  }
  return count
}

/** Splits a run of spans into sentences, keeping each span's marks. */
export function sentencesOf(rich: Rich): Rich[] {
  const text = plainText(rich)
  const sentences: Rich[] = []
  for (const { index, segment } of SENTENCES.segment(text)) {
    const sentence = sliceRich(rich, index, index + segment.length)
    if (plainText(sentence).trim() !== '')
      sentences.push(trimRich(sentence))
  }
  return sentences
}

/** The spans covering characters [start, end) of the run's plain text. */
export function sliceRich(rich: Rich, start: number, end: number): Rich {
  const out: Rich = []
  let offset = 0
  for (const span of rich) {
    const from = Math.max(start, offset)
    const to = Math.min(end, offset + span.text.length)
    if (from < to)
      out.push({ ...span, text: span.text.slice(from - offset, to - offset) })
    offset += span.text.length
  }
  return out
}

export function trimRich(rich: Rich): Rich {
  const out = rich.map(span => ({ ...span }))
  if (out[0])
    out[0].text = out[0].text.trimStart()
  const last = out.at(-1)
  if (last)
    last.text = last.text.trimEnd()
  return out.filter(span => span.text !== '')
}

/** The narration of a run of blocks, one rich paragraph per paragraph or list item. */
export function paragraphsOf(blocks: Block[]): Rich[] {
  return blocks.flatMap((block): Rich[] => {
    switch (block.kind) {
      case 'paragraph':
      case 'heading':
        return [block.text]
      case 'list':
        return block.items
      case 'quote':
        return block.paragraphs
      case 'table':
        return block.rows.map(row => row.flatMap((cell, i) => (i === 0 ? cell : [{ text: ' | ' }, ...cell])))
      case 'code':
        return [[{ text: block.value, code: true }]]
    }
  })
}

export interface Labelled {
  /** The bold lead-in, without its closing punctuation, e.g. `Product team`. */
  label: string
  /** What follows the label. */
  body: Rich
}

/** `**Netflix.** Product teams build …` → { label: 'Netflix', body }; undefined without a bold lead-in. */
export function labelOf(paragraph: Rich): Labelled | undefined {
  const [first, ...rest] = paragraph
  if (!first?.strong || rest.length === 0)
    return undefined
  const label = first.text.replace(RE_LABEL_END, '').trim()
  return label ? { label, body: trimRich(rest) } : undefined
}

/** The whole paragraph is bold: a question or a line set apart. */
export function isAllStrong(paragraph: Rich): boolean {
  return paragraph.length > 0 && paragraph.every(span => span.strong || span.text.trim() === '')
}

export function plain(rich: Rich): string {
  return plainText(rich).replace(/\s+/g, ' ').trim()
}

export function spans(text: string, marks: Omit<Span, 'text'> = {}): Rich {
  return [{ ...marks, text }]
}

export interface Sentence {
  text: Rich
  /** Index of the paragraph it came from, so notes can be put back together as written. */
  paragraph: number
}

export function sentencesOfParagraphs(paragraphs: Rich[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index) => sentencesOf(paragraph).map(text => ({ text, paragraph: index })))
}

/** Sentences back into paragraphs: neighbours from the same source paragraph are joined by a space. */
export function regroup(sentences: Sentence[]): Rich[] {
  const paragraphs: Rich[] = []
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentences[i - 1]!.paragraph === sentence.paragraph)
      paragraphs.at(-1)!.push({ text: ' ' }, ...sentence.text)
    else
      paragraphs.push([...sentence.text])
  })
  return paragraphs
}
