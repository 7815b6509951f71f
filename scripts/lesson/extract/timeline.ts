// A disaster story of the lesson format → the phases of its timeline. Pure, over plain sentences.
// The story turns at sentences that open with a marker (`Then: …`, `The fix: …`, `Within 6 months, …`);
// each phase keeps its marker as a label and one or two short sentences to show.
import type { TimelinePhase } from '../types.ts'
import { capitalize } from './analogy.ts'

export interface Timeline {
  phases: TimelinePhase[]
  /** Index of the sentence each phase starts at (the first is 0). */
  starts: number[]
  /** The last phase draws the story's conclusion (`The lesson: …`) rather than an event. */
  endsWithMoral: boolean
}

/** Phases a slide can lay out side by side. */
export const MAX_PHASES = 6
const MIN_PHASES = 3
const POINTS_PER_PHASE = 2
/** Words a shown sentence should have: short enough to read from the back of a room. */
const IDEAL_WORDS = 6

const TIME_UNITS = '(?:years?|months?|quarters?|weeks?|days?|hours?)'
const COUNT = '(?:\\d+|a|one|two|three|four|five|six|seven|eight|nine|ten|twelve|a few|several)'
/** `Then:`, `The fix:`, `Within 6 months,`, `After a year,` at the start of a sentence. */
const RE_MARKER = new RegExp(`^(then|next|later|finally|eventually|soon|today|now|meanwhile|the (?:fix|result|outcome|lesson|takeaway|moral|turnaround|aftermath)|(?:within|after|by|in|over) (?:the next )?${COUNT} ${TIME_UNITS}(?: later)?)\\s*[:,]\\s*(\\S.*)$`, 'i')
/** `For 2 years.` anywhere in the opening phase gives it its label. */
const RE_SPAN = new RegExp(`\\b((?:for|over|after|within) ${COUNT} ${TIME_UNITS})\\b`, 'i')
const RE_MORAL = /\b(?:lesson|takeaway|moral)\b/i
const RE_QUOTE = /["“”]/
const RE_SENTENCE_GAP = /(?<=[.!?])\s+(?=\S)/

export function extractTimeline(sentences: string[]): Timeline | undefined {
  const starts = [0]
  sentences.forEach((sentence, i) => {
    if (i > 0 && RE_MARKER.test(sentence))
      starts.push(i)
  })
  if (starts.length < MIN_PHASES || starts.length > MAX_PHASES)
    return undefined
  const phases = starts.map((start, k) => phaseOf(sentences.slice(start, starts[k + 1] ?? sentences.length), k === 0))
  return { phases, starts, endsWithMoral: RE_MORAL.test(phases.at(-1)!.label) }
}

function phaseOf(sentences: string[], opening: boolean): TimelinePhase {
  const marker = opening ? undefined : RE_MARKER.exec(sentences[0]!)
  const label = marker ? capitalize(marker[1]!) : capitalize(sentences.map(s => RE_SPAN.exec(s)?.[1]).find(Boolean) ?? '')
  // `The fix: mandate platform allocation. 30% of …` can hold two sentences the segmenter kept as one.
  // The opening phase leads with the sentence that sets the scene.
  const lead = marker ? capitalize(marker[2]!).split(RE_SENTENCE_GAP).slice(0, POINTS_PER_PHASE) : sentences.slice(0, 1)
  const candidates = sentences.slice(1)
    .map((text, i) => ({ text, i }))
    .filter(({ text }) => !isOnlySpan(text, label))
  const wanted = POINTS_PER_PHASE - lead.length
  const picked = [...candidates].sort((a, b) => score(a.text) - score(b.text) || a.i - b.i).slice(0, wanted).sort((a, b) => a.i - b.i)
  return { label, points: [...lead, ...picked.map(({ text }) => text)] }
}

/** Lower is better: near the ideal length, a figure helps, a quote is hard to read out of context. */
function score(sentence: string): number {
  const words = sentence.split(/\s+/).length
  return Math.abs(words - IDEAL_WORDS) - (/\d/.test(sentence) ? 3 : 0) + (RE_QUOTE.test(sentence) ? 6 : 0) + (words < 3 ? 3 : 0)
}

/** `For 2 years.` says no more than the label it became. */
function isOnlySpan(sentence: string, label: string): boolean {
  return label !== '' && sentence.replace(/[^\p{L}\p{N} ]/gu, '').trim().toLowerCase() === label.replace(/[^\p{L}\p{N} ]/gu, '').toLowerCase()
}
