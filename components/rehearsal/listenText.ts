// Where a sentence of the notes sits in the notes panel's text: the panel shows the notes as HTML
// (Markdown rendered, escapes undone, click marks between), so a sentence is found by its letters and
// digits alone, in order. Pure: texts in, character offsets out.

const RE_LETTER = /[\p{L}\p{N}]/u
/** What ends a sentence after its last letter: its full stop, quotes, brackets. */
const RE_CLOSING = /[^\s\p{L}\p{N}]/u

/** The letters and digits of `text`, lower case, with the offset in `text` of each. */
function lettersOf(text: string): { letters: string, at: number[] } {
  let letters = ''
  const at: number[] = []
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!
    if (RE_LETTER.test(char)) {
      letters += char.toLowerCase()
      at.push(i)
    }
  }
  return { letters, at }
}

/**
 * The [start, end) offsets in `text` of each of `sentences`, found in order (each after the one
 * before, so a sentence said twice in the notes is found where it is); undefined for one not there.
 */
export function locateSentences(text: string, sentences: readonly string[]): ([number, number] | undefined)[] {
  const { letters, at } = lettersOf(text)
  let from = 0
  return sentences.map((sentence) => {
    const wanted = lettersOf(sentence).letters
    const found = wanted ? letters.indexOf(wanted, from) : -1
    if (found < 0)
      return undefined
    from = found + wanted.length
    let end = at[found + wanted.length - 1]! + 1
    while (end < text.length && RE_CLOSING.test(text[end]!))
      end++
    return [at[found]!, end]
  })
}

export interface TextPiece {
  /** The piece's text, as a text node holds it. */
  text: string
}

/** The piece and the offset in it of a character offset into the pieces joined. */
export function pieceAt(pieces: readonly TextPiece[], offset: number, isEnd = false): { piece: number, offset: number } | undefined {
  let start = 0
  for (let i = 0; i < pieces.length; i++) {
    const end = start + pieces[i]!.text.length
    if (offset < end || (isEnd && offset === end))
      return { piece: i, offset: offset - start }
    start = end
  }
  return undefined
}
