// A take's captions from its voice: each sentence the speaker said, timed to when it was heard in the
// recording (scripts/listen/), its words shared out over that time as the script's captions are; a
// sentence not said has no caption. The caption rules stay: two lines of 42 characters, 1–7 s. Pure.
import type { HeardSentence } from '../listen/align.ts'
import type { Cue, Piece } from './captions.ts'
import { fitShort, linesOf, piecesOf, splitLong, tokensOf } from './captions.ts'

/** The cues of the sentences said, in the order said, within a video of `seconds`. */
export function voiceCues(sentences: readonly HeardSentence[], seconds: number): Cue[] {
  const said = sentences.filter(sentence => sentence.said && sentence.start !== null && sentence.end !== null)
  let previousEnd = 0
  const pieces = said.flatMap((sentence) => {
    // Never before the sentence before it ends: cues follow one another.
    const start = Math.min(seconds, Math.max(previousEnd, sentence.start!))
    const end = Math.min(seconds, Math.max(start, sentence.end!))
    previousEnd = end
    const parts = piecesOf(tokensOf(sentence.text))
    const words = parts.reduce((sum, part) => sum + part.words, 0)
    let at = start
    for (const part of parts) {
      part.start = at
      at += (end - start) * part.words / words
      part.end = at
    }
    return parts.flatMap(splitLong)
  })
  return fitShort(pieces, 0, seconds).map((piece: Piece) => ({ start: piece.start, end: piece.end, lines: linesOf(piece.tokens)! }))
}
