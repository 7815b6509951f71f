// Marks one sentence in the presenter view's notes panel, without touching Slidev's own markup: a
// CSS highlight (the Custom Highlight API) over the sentence's text, found by listenText.ts, and the
// panel scrolled so the sentence sits near its top, as rehearse mode scrolls to the current click.
import { locateSentences, pieceAt } from './listenText'
import { scrollNotesTo } from './useRehearseMode'

/** The highlight's name; PacingPanel.vue styles `::highlight(listen-said)`. */
export const SAID_HIGHLIGHT = 'listen-said'
const NOTES = '.slidev-presenter .grid-section.note .slidev-note'

/**
 * Marks the `index`-th of the slide's sentences (`texts`, in the order of the notes) and returns
 * whether it was found in the panel; with no index, takes the mark away.
 */
export function markSentence(index: number | undefined, texts: readonly string[]): boolean {
  if (typeof CSS === 'undefined' || !('highlights' in CSS))
    return false
  const notes = index === undefined ? null : document.querySelector<HTMLElement>(NOTES)
  const range = notes ? rangeOf(notes, index!, texts) : undefined
  if (!range) {
    CSS.highlights.delete(SAID_HIGHLIGHT)
    return false
  }
  const current = CSS.highlights.get(SAID_HIGHLIGHT)
  const same = current && [...current].some(r => r instanceof Range && sameRange(r, range))
  if (!same) {
    CSS.highlights.set(SAID_HIGHLIGHT, new Highlight(range))
    scrollNotesTo(notes!, range.getBoundingClientRect().top)
  }
  return true
}

function rangeOf(notes: HTMLElement, index: number, texts: readonly string[]): Range | undefined {
  const nodes: Text[] = []
  const walker = document.createTreeWalker(notes, NodeFilter.SHOW_TEXT)
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    nodes.push(node as Text)
  const pieces = nodes.map(node => ({ text: node.data }))
  const found = locateSentences(pieces.map(p => p.text).join(''), texts)[index]
  if (!found)
    return undefined
  const start = pieceAt(pieces, found[0])
  const end = pieceAt(pieces, found[1], true)
  if (!start || !end)
    return undefined
  const range = document.createRange()
  range.setStart(nodes[start.piece]!, start.offset)
  range.setEnd(nodes[end.piece]!, end.offset)
  return range
}

function sameRange(a: Range, b: Range): boolean {
  return a.startContainer === b.startContainer && a.startOffset === b.startOffset && a.endContainer === b.endContainer && a.endOffset === b.endOffset
}
