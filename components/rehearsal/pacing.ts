// Pacing logic of the presenter view: the talk's plan by section, read from the slides' frontmatter,
// and where the clock stands against it. Pure, so it is tested without a browser.
import type { SlideFrontmatter } from '../../scripts/lesson/types.ts'
import { FRONTMATTER } from '../../scripts/lesson/types.ts'

/** What the generator writes into each slide's frontmatter (see scripts/lesson/render.ts). */
export interface SlidePacing {
  /** Slide number, 1-based. */
  no: number
  section: string
  /** -1 for the cover, which has no budget. */
  sectionIndex: SlideFrontmatter['sectionIndex']
  /** The section's planned seconds (the same on every slide of the section). */
  budgetSeconds?: SlideFrontmatter['budgetSeconds']
  /** Seconds the section's notes need at the speaking rate the deck was planned with. */
  needSeconds?: SlideFrontmatter['needSeconds']
}

export interface SectionPlan {
  index: number
  title: string
  budgetSeconds: number
  /** Seconds its notes need at the deck's speaking rate; undefined in decks generated before it was written. */
  needSeconds?: number
  /** Seconds into the talk when the plan has this section begin, and end. */
  startSeconds: number
  endSeconds: number
  /** Numbers of the slides that belong to it. */
  slides: number[]
}

export type TalkStatus = 'ready' | 'on-track' | 'ahead' | 'behind'
export type SectionStatus = 'within' | 'closing' | 'over'

/** A section counts as closing once this share of its budget is spent. */
export const CLOSING_SHARE = 0.8
/** The talk counts as on track within this share of its length of the plan (but at least MIN_TOLERANCE_SECONDS). */
export const TOLERANCE_SHARE = 0.05
export const MIN_TOLERANCE_SECONDS = 5

/** Reads the pacing fields of one slide's frontmatter; slides without them count as untimed. */
export function slidePacingOf(no: number, frontmatter: Record<string, unknown>): SlidePacing {
  const budget = frontmatter[FRONTMATTER.budgetSeconds]
  const need = frontmatter[FRONTMATTER.needSeconds]
  const section = frontmatter[FRONTMATTER.section]
  const sectionIndex = frontmatter[FRONTMATTER.sectionIndex]
  return {
    no,
    section: typeof section === 'string' ? section : '',
    sectionIndex: typeof sectionIndex === 'number' ? sectionIndex : -1,
    budgetSeconds: typeof budget === 'number' && Number.isFinite(budget) && budget >= 0 ? budget : undefined,
    ...(typeof need === 'number' && Number.isFinite(need) && need >= 0 ? { needSeconds: need } : {}),
  }
}

/** The timed sections in talk order, each starting where the one before ends. */
export function planSections(slides: SlidePacing[]): SectionPlan[] {
  const byIndex = new Map<number, SectionPlan>()
  for (const slide of slides) {
    if (slide.sectionIndex < 0)
      continue
    const plan = byIndex.get(slide.sectionIndex)
    if (plan) {
      plan.slides.push(slide.no)
      continue
    }
    byIndex.set(slide.sectionIndex, {
      index: slide.sectionIndex,
      title: slide.section,
      budgetSeconds: slide.budgetSeconds ?? 0,
      ...(slide.needSeconds === undefined ? {} : { needSeconds: slide.needSeconds }),
      startSeconds: 0,
      endSeconds: 0,
      slides: [slide.no],
    })
  }
  let clock = 0
  return [...byIndex.values()].sort((a, b) => a.index - b.index).map((plan) => {
    const placed = { ...plan, startSeconds: clock, endSeconds: clock + plan.budgetSeconds }
    clock = placed.endSeconds
    return placed
  })
}

/** The section a slide belongs to; undefined on the cover and other untimed slides. */
export function sectionOfSlide(sections: SectionPlan[], no: number): SectionPlan | undefined {
  return sections.find(section => section.slides.includes(no))
}

export function plannedTotalSeconds(sections: SectionPlan[]): number {
  return sections.at(-1)?.endSeconds ?? 0
}

/** How far off the plan still counts as on track, for a talk of this length. */
export function toleranceSeconds(totalSeconds: number): number {
  return Math.max(MIN_TOLERANCE_SECONDS, totalSeconds * TOLERANCE_SHARE)
}

/**
 * Where the talk stands at `elapsedSeconds` on Slidev's timer while the speaker is in `section`.
 * The plan gives each section a window (its start to its end): arriving before the window opens is
 * ahead, still being in it after it closes is behind. `deltaSeconds` is how far outside the window.
 * Before the timer starts the talk is `ready`; the cover counts as the window [0, 0].
 */
export function talkStatus(
  elapsedSeconds: number,
  running: boolean,
  section: SectionPlan | undefined,
  totalSeconds: number,
): { status: TalkStatus, deltaSeconds: number } {
  if (!running && elapsedSeconds === 0)
    return { status: 'ready', deltaSeconds: 0 }
  const start = section?.startSeconds ?? 0
  const end = section?.endSeconds ?? 0
  const tolerance = toleranceSeconds(totalSeconds)
  if (elapsedSeconds < start - tolerance)
    return { status: 'ahead', deltaSeconds: start - elapsedSeconds }
  if (elapsedSeconds > end + tolerance)
    return { status: 'behind', deltaSeconds: elapsedSeconds - end }
  return { status: 'on-track', deltaSeconds: 0 }
}

/** How the time spent in a section compares with its budget. */
export function sectionStatus(spentSeconds: number, budgetSeconds: number): SectionStatus {
  if (spentSeconds > budgetSeconds)
    return 'over'
  if (spentSeconds >= budgetSeconds * CLOSING_SHARE)
    return 'closing'
  return 'within'
}

/** The words that say what the colour says. */
export function talkStatusText(status: TalkStatus, deltaSeconds: number): string {
  switch (status) {
    case 'ready': return 'Start the timer to track pacing'
    case 'on-track': return 'On track'
    case 'ahead': return `Ahead by ${formatClock(deltaSeconds)}`
    case 'behind': return `Behind by ${formatClock(deltaSeconds)}`
  }
}

/** In whole seconds, so "0:25 of 0:27" is followed by "0:02 left", not a rounding away from it. */
export function sectionStatusText(status: SectionStatus, spentSeconds: number, budgetSeconds: number): string {
  const left = Math.floor(budgetSeconds) - Math.floor(spentSeconds)
  switch (status) {
    case 'within': return `${formatClock(left)} left`
    case 'closing': return `${formatClock(left)} left, wrap up`
    case 'over': return `Over by ${formatClock(Math.max(1, -left))}`
  }
}

/** 95 → `1:35`; rounds down, so a clock never shows time that has not passed yet. */
export function formatClock(seconds: number): string {
  const whole = Math.max(0, Math.floor(seconds))
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** The state of Slidev's timer as it sits in the shared state (`sharedState.timer`). */
export interface TimerState {
  status: 'stopped' | 'running' | 'paused'
  startedAt: number
  pausedAt: number
}

/** Milliseconds on Slidev's timer at wall-clock `now`, computed the way its own useTimer does. */
export function timerElapsedMs(timer: TimerState, now: number): number {
  if (timer.status === 'stopped' || !timer.startedAt)
    return 0
  if (timer.status === 'paused')
    return Math.max(0, timer.pausedAt - timer.startedAt)
  return Math.max(0, now - timer.startedAt)
}
