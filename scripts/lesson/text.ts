// Pure helpers over lesson text: sentences, words, labelled paragraphs.
import type { Block, Rich, Span } from './types.ts'

const SENTENCES = new Intl.Segmenter('en', { granularity: 'sentence' })
/**
 * A segment that opens in lower case continues the sentence before it (`ask "why?" until you know`),
 * as does one that opens by closing something (`<b>bold?</b>.`, `(really!) too`).
 */
const RE_GOES_ON = /^(?:["'“‘(\s]*\p{Ll}|<\/|[)\]}»”’])/u
/** `U.S.`, `e.g.`, `vs.`, `Dr.`: a dot that ends a word, not a sentence. */
const RE_ENDS_WITH_ABBREVIATION = /(?:^|[\s(])(?:(?:\p{L}\.){2,}|(?:Mr|Mrs|Ms|Dr|Prof|St|Sr|Jr|vs|cf|approx|Inc|Ltd|Corp|No|Fig|Vol|Mt)\.)$/u
const RE_IDEOGRAPH = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu
const RE_WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu
/** A label's closing punctuation: `**Product team.**` → `Product team`. */
const RE_LABEL_END = /[\s.:—–-]+$/
/** What separates a bold label from its text when it stands outside the bold: `**Netflix**: …`, `**Netflix** — …`. */
const RE_LABEL_SEPARATOR = /^\s*[:.—–-]+(?=\s)/

export function plainText(rich: Rich): string {
  return rich.map(span => span.text).join('')
}

/**
 * Words as a speaker says them: runs of letters and digits (with inner apostrophes), and each
 * Chinese or Japanese character on its own, since those scripts don't separate words with spaces.
 * A regular expression: Intl's word segmenter counts the lessons within 0.5 % of this, at 50× the cost.
 */
export function wordCount(text: string): number {
  const ideographs = text.match(RE_IDEOGRAPH)?.length ?? 0
  return ideographs + (text.replace(RE_IDEOGRAPH, ' ').match(RE_WORD)?.length ?? 0)
}

/** Splits a run of spans into sentences, keeping each span's marks (and trimming the ends). */
export function sentencesOf(rich: Rich): Rich[] {
  return rawSentencesOf(rich).map(trimRich).filter(sentence => sentence.length > 0)
}

/** Sentences with the white space that follows them, so that joined again they give the text back. */
function rawSentencesOf(rich: Rich): Rich[] {
  return sentenceRanges(plainText(rich)).map(([start, end]) => sliceRich(rich, start, end))
}

/**
 * Where each sentence of a text starts and ends. Unicode's sentence rules (Intl.Segmenter) do most of it;
 * two of their breaks are undone: before a lower-case word (`ask "why?" until…`, `e.g. linters`) and
 * after an abbreviation (`the U.S. Army`, `Dr. Smith`, `vs. Python`). Decimals and versions (`1.16`) have
 * no space after the dot, so the segmenter never breaks them.
 */
export function sentenceRanges(text: string): [start: number, end: number][] {
  const ranges: [number, number][] = []
  for (const { index, segment } of SENTENCES.segment(text)) {
    const last = ranges.at(-1)
    if (last && (RE_GOES_ON.test(segment) || RE_ENDS_WITH_ABBREVIATION.test(text.slice(last[0], last[1]).trimEnd())))
      last[1] = index + segment.length
    else
      ranges.push([index, index + segment.length])
  }
  return ranges
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
      default:
        return block satisfies never
    }
  })
}

/** A paragraph that is only an HTML comment: the author's note to self, never a point. */
const RE_COMMENT = /^\s*<!--[\s\S]*-->\s*$/

/**
 * Indexes (into paragraphsOf(blocks)) of the paragraphs that are not narration to show on a slide:
 * sub-headings, table rows, HTML comments. They stay in the notes.
 */
export function offSlideParagraphs(blocks: Block[]): Set<number> {
  const off = new Set<number>()
  let index = 0
  for (const block of blocks) {
    const count = paragraphsOf([block]).length
    if (block.kind === 'heading' || (block.kind === 'paragraph' && RE_COMMENT.test(plainText(block.text))))
      off.add(index)
    // A table row read out of its table (`a | 1`) says little: the table stays in the notes.
    if (block.kind === 'table')
      Array.from({ length: count }, (_, k) => off.add(index + k))
    index += count
  }
  return off
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
  // `**Kubernetes**: Each pod…`: the colon after the bold belongs to the label, not to the body.
  const [lead, ...after] = rest
  const body = [{ ...lead!, text: lead!.text.replace(RE_LABEL_SEPARATOR, '') }, ...after]
  return label ? { label, body: trimRich(body) } : undefined
}

/** `Drawer 1: A to F`, `Step 2: ship it`: a short plain label before a colon. */
const RE_PLAIN_LABEL = /^([^:.!?]{1,40}):\s+(?=\S)/
const MAX_LABEL_WORDS = 5

/** An item that names itself: a bold lead-in (labelOf), or a short label and a colon in plain text. */
export function labelledItem(item: Rich): Labelled | undefined {
  const bold = labelOf(item)
  if (bold)
    return bold
  const text = plainText(item)
  const match = RE_PLAIN_LABEL.exec(text)
  if (!match || wordCount(match[1]!) > MAX_LABEL_WORDS)
    return undefined
  return { label: match[1]!.trim(), body: trimRich(sliceRich(item, match[0].length, text.length)) }
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
  /** The sentence, trimmed. */
  text: Rich
  /** The sentence with the white space after it, as written. */
  raw: Rich
  /** Index of the paragraph it came from, so notes can be put back together as written. */
  paragraph: number
  /** Code is kept whole and never shown as a point. */
  code: boolean
}

export function sentencesOfParagraphs(paragraphs: Rich[]): Sentence[] {
  return paragraphs.flatMap((paragraph, index): Sentence[] => {
    if (paragraph.every(span => span.code))
      return [{ text: paragraph, raw: paragraph, paragraph: index, code: true }]
    return rawSentencesOf(paragraph)
      .map(raw => ({ text: trimRich(raw), raw, paragraph: index, code: false }))
      .filter(sentence => sentence.text.length > 0)
  })
}

/** Sentences back into paragraphs: neighbours from the same source paragraph are joined as written. */
export function regroup(sentences: Sentence[]): Rich[] {
  const paragraphs: Rich[] = []
  sentences.forEach((sentence, i) => {
    if (i > 0 && sentences[i - 1]!.paragraph === sentence.paragraph)
      paragraphs.at(-1)!.push(...sentence.raw)
    else
      paragraphs.push([...sentence.raw])
  })
  return paragraphs.map(trimRich)
}
