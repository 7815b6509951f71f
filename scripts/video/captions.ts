// Notes → caption cues → WebVTT. Pure. The captions are the script itself, not a transcription:
// each step's words are timed within the time its words are said, sentence by sentence, in
// proportion to their words. A cue is at most two lines of at most 42 characters and lasts 1–7 s
// (where the step's time allows); joined together the cues hold every word of the notes.
import type { TimedStep, Timeline } from './plan.ts'
import { sentenceRanges, wordCount } from '../lesson/text.ts'

export const MAX_LINE_CHARS = 42
export const MAX_LINES = 2
export const MIN_CUE_SECONDS = 1
export const MAX_CUE_SECONDS = 7

export interface Cue {
  start: number
  end: number
  /** One or two lines of plain text. */
  lines: string[]
}

/** A run of text said together, with how many words it has (at least 1). */
export interface Piece {
  tokens: string[]
  words: number
  start: number
  end: number
}

/** Every cue of the video, in order. */
export function captionCues(timeline: Timeline): Cue[] {
  return timeline.steps.flatMap(timed => stepCues(timed, timeline.fps))
}

function stepCues(timed: TimedStep, fps: number): Cue[] {
  const sentences = timed.step.spoken.split('\n').flatMap(paragraph => sentenceRanges(paragraph).map(([a, b]) => paragraph.slice(a, b).trim())).filter(Boolean)
  const pieces = sentences.flatMap(sentence => piecesOf(tokensOf(sentence)))
  // A step a take skipped is never on screen, so its words were not said.
  if (pieces.length === 0 || timed.frames === 0)
    return []
  const words = pieces.reduce((sum, piece) => sum + piece.words, 0)
  const spanStart = timed.speechStart
  const spanEnd = Math.max(timed.speechEnd, spanStart)
  const stepEnd = (timed.startFrame + timed.frames) / fps
  let at = spanStart
  for (const piece of pieces) {
    piece.start = at
    at += (spanEnd - spanStart) * piece.words / words
    piece.end = at
  }
  const capped = pieces.flatMap(splitLong)
  return fitShort(capped, timed.startFrame / fps, stepEnd).map(piece => ({ start: piece.start, end: piece.end, lines: linesOf(piece.tokens)! }))
}

/** Words as written, punctuation attached; a token with no word of its own (`—`) joins the one before. */
export function tokensOf(text: string): string[] {
  const tokens: string[] = []
  for (const raw of text.split(/\s+/).filter(Boolean)) {
    // A token longer than a line is cut into line-long parts.
    for (let i = 0; i < raw.length; i += MAX_LINE_CHARS) {
      const part = raw.slice(i, i + MAX_LINE_CHARS)
      if (wordCount(part) === 0 && tokens.length > 0 && `${tokens.at(-1)} ${part}`.length <= MAX_LINE_CHARS)
        tokens[tokens.length - 1] += ` ${part}`
      else
        tokens.push(part)
    }
  }
  return tokens
}

/** The tokens as at most two balanced lines of at most 42 characters, or undefined when they don't fit. */
export function linesOf(tokens: string[]): string[] | undefined {
  const whole = tokens.join(' ')
  if (whole.length <= MAX_LINE_CHARS && tokens.length > 0)
    return [whole]
  let best: string[] | undefined
  for (let k = 1; k < tokens.length; k++) {
    const lines = [tokens.slice(0, k).join(' '), tokens.slice(k).join(' ')]
    if (lines.every(line => line.length <= MAX_LINE_CHARS) && (!best || Math.max(...lines.map(l => l.length)) < Math.max(...best.map(l => l.length))))
      best = lines
  }
  return best
}

/** A sentence cut into as few cues as fit, of even length (no one-word tail after a full cue). */
export function piecesOf(tokens: string[]): Piece[] {
  const fewest = pack(tokens, Number.POSITIVE_INFINITY)
  if (fewest.length <= 1)
    return fewest.map(piece)
  const even = pack(tokens, Math.ceil(tokens.join(' ').length / fewest.length) + 8)
  return (even.length === fewest.length ? even : fewest).map(piece)
}

function pack(tokens: string[], softLimit: number): string[][] {
  const groups: string[][] = []
  let current: string[] = []
  for (const token of tokens) {
    const next = [...current, token]
    if (current.length > 0 && (!linesOf(next) || next.join(' ').length > softLimit)) {
      groups.push(current)
      current = [token]
    }
    else {
      current = next
    }
  }
  if (current.length > 0)
    groups.push(current)
  return groups
}

function piece(tokens: string[]): Piece {
  return { tokens, words: Math.max(1, wordCount(tokens.join(' '))), start: 0, end: 0 }
}

/** A piece said for longer than a cue may last is cut in two at a word, in proportion, until each fits. */
export function splitLong(p: Piece): Piece[] {
  if (p.end - p.start <= MAX_CUE_SECONDS)
    return [p]
  if (p.tokens.length < 2)
    return [{ ...p, end: p.start + MAX_CUE_SECONDS }]
  const half = Math.ceil(p.tokens.length / 2)
  const first = piece(p.tokens.slice(0, half))
  const second = piece(p.tokens.slice(half))
  const cut = p.start + (p.end - p.start) * first.words / (first.words + second.words)
  return [...splitLong({ ...first, start: p.start, end: cut }), ...splitLong({ ...second, start: cut, end: p.end })]
}

/**
 * A piece shorter than a second joins its neighbour when the two fit one cue, or shares the words of
 * both evenly when they don't; failing that it borrows time from the silence after it, then before
 * it, never leaving its step's span.
 */
export function fitShort(pieces: Piece[], stepStart: number, stepEnd: number): Piece[] {
  const isShort = (p: Piece) => p.end - p.start < MIN_CUE_SECONDS
  const out: Piece[] = []
  for (const p of pieces) {
    const last = out.at(-1)
    if (last && (isShort(last) || isShort(p))) {
      const tokens = [...last.tokens, ...p.tokens]
      if (linesOf(tokens) && p.end - last.start <= MAX_CUE_SECONDS) {
        out[out.length - 1] = { tokens, words: last.words + p.words, start: last.start, end: p.end }
        continue
      }
      const [first, second, ...more] = piecesOf(tokens)
      if (first && second && more.length === 0) {
        first.start = last.start
        first.end = second.start = last.start + (p.end - last.start) * first.words / (first.words + second.words)
        second.end = p.end
        if (!isShort(first) && !isShort(second) && second.end - second.start <= MAX_CUE_SECONDS && first.end - first.start <= MAX_CUE_SECONDS) {
          out[out.length - 1] = first
          out.push(second)
          continue
        }
      }
    }
    out.push({ ...p })
  }
  out.forEach((p, i) => {
    if (!isShort(p))
      return
    const after = out[i + 1]?.start ?? stepEnd
    p.end = Math.min(after, p.start + MIN_CUE_SECONDS)
    const before = out[i - 1]?.end ?? stepStart
    p.start = Math.max(before, p.end - MIN_CUE_SECONDS)
  })
  return out
}

/** `3725.5` → `01:02:05.500`. */
export function vttTime(seconds: number): string {
  const ms = Math.round(seconds * 1000)
  const pad = (n: number, width = 2) => String(n).padStart(width, '0')
  return `${pad(Math.floor(ms / 3_600_000))}:${pad(Math.floor(ms / 60_000) % 60)}:${pad(Math.floor(ms / 1000) % 60)}.${pad(ms % 1000, 3)}`
}

/** Cue text as WebVTT reads it back as plain text: `<`, `&` and `>` escaped, so nothing is a tag. */
function escapeVtt(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function webVtt(cues: Cue[]): string {
  const blocks = cues.map((cue, i) => `${i + 1}\n${vttTime(cue.start)} --> ${vttTime(cue.end)}\n${cue.lines.map(escapeVtt).join('\n')}`)
  return `WEBVTT\n\n${blocks.join('\n\n')}\n`
}
