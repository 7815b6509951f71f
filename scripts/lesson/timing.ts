// The timing model: stated section budgets are kept, the rest of the talk's length is shared
// by narration length, and a speaking rate turns notes into the time they need.
import type { Lesson, SecondsRange, Timing, Warning } from './types.ts'

export const DEFAULT_WORDS_PER_MINUTE = 150
/** The least a section without a budget is planned when stated budgets already fill the talk. */
export const MIN_SECTION_SECONDS = 10

export function midpoint(range: SecondsRange): number {
  return (range.min + range.max) / 2
}

/**
 * wordsBySection[i] is the narration length of section i; sectionWordsPerMinute[i], when given, is
 * that section's own speaking rate (measured in rehearsals), used instead of wordsPerMinute.
 * Returns the plan and the warnings (budgets that overrun the total, narration that overruns its budget).
 */
export function planTiming(
  lesson: Lesson,
  wordsBySection: number[],
  wordsPerMinute = DEFAULT_WORDS_PER_MINUTE,
  sectionWordsPerMinute?: (number | undefined)[],
): { timing: Timing, warnings: Warning[] } {
  const warnings: Warning[] = []
  const rates = wordsBySection.map((_, i) => sectionWordsPerMinute?.[i] ?? wordsPerMinute)
  const speakSeconds = wordsBySection.map((words, i) => Math.round(words / rates[i]! * 60))
  const stated = lesson.sections.map(section => section.budget && midpoint(section.budget))
  const statedTotal = sum(stated.map(seconds => seconds ?? 0))
  const unstatedSpeak = sum(speakSeconds.filter((_, i) => stated[i] === undefined))
  const totalSeconds = lesson.videoLength ? midpoint(lesson.videoLength) : statedTotal + unstatedSpeak

  const left = totalSeconds - statedTotal
  const over = lesson.videoLength !== undefined && left < 0
  if (over) {
    warnings.push({ message: `the sections' stated budgets add up to ${formatSeconds(statedTotal)}, more than the ${formatSeconds(totalSeconds)} the lesson gives in all; sections without a budget get their speaking time (at least ${MIN_SECTION_SECONDS} s) instead`, at: lesson.sections[0]!.at })
  }
  const unstatedWords = wordsBySection.map((words, i) => (stated[i] === undefined ? Math.max(words, 1) : 0))
  // With no time left to share, a section without a budget gets its speaking time, never a token 2 s.
  const shares = over
    ? speakSeconds.map((seconds, i) => (stated[i] === undefined ? Math.max(seconds, MIN_SECTION_SECONDS) : 0))
    : shareByWeight(Math.round(left), unstatedWords)
  const planSeconds = stated.map((seconds, i) => seconds ?? shares[i]!)

  lesson.sections.forEach((section, i) => {
    const limit = section.budget ? section.budget.max : planSeconds[i]!
    if (speakSeconds[i]! > limit) {
      warnings.push({
        message: `"${section.title}" needs ${formatSeconds(speakSeconds[i]!)} at ${rates[i]} words a minute but has ${section.budget ? formatRange(section.budget) : `${formatSeconds(planSeconds[i]!)} of the total`}`,
        at: section.at,
      })
    }
  })
  const timing: Timing = { planSeconds, speakSeconds, totalSeconds: sum(planSeconds), wordsPerMinute }
  return { timing: sectionWordsPerMinute ? { ...timing, sectionWordsPerMinute: rates } : timing, warnings }
}

/** Splits whole seconds in proportion to the weights; the parts add up exactly (largest remainder). */
export function shareByWeight(total: number, weights: number[]): number[] {
  const weightSum = sum(weights)
  if (weightSum === 0 || total <= 0)
    return weights.map(() => 0)
  const exact = weights.map(weight => total * weight / weightSum)
  const parts = exact.map(Math.floor)
  const order = exact.map((value, i) => [value - Math.floor(value), i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1])
  const missing = total - sum(parts)
  for (let k = 0; k < missing; k++)
    parts[order[k]![1]]! += 1
  return parts
}

/** 95 → `1:35` */
export function formatSeconds(seconds: number): string {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

export function formatRange(range: SecondsRange): string {
  return range.min === range.max ? formatSeconds(range.min) : `${formatSeconds(range.min)}-${formatSeconds(range.max)}`
}

function sum(values: number[]): number {
  return values.reduce((a, b) => a + b, 0)
}
