// One rehearsal run as saved in rehearsals/<lesson-slug>/<timestamp>.json, and the check every
// body goes through before it touches the disk. Pure: shared by the endpoint and the report.
import { CliError } from '../errors.ts'

/** One slide of a run. */
export interface RehearsalSlide {
  /** Slide number, 1-based. */
  no: number
  section: string
  /** -1 for the cover. */
  sectionIndex: number
  /** The section's planned seconds when the run was made; null for the cover. */
  budgetSeconds: number | null
  /** clicksMs[k]: milliseconds spent on this slide showing k clicks (all visits added up). */
  clicksMs: number[]
}

export interface RehearsalRun {
  version: 1
  lessonSlug: string
  /** Random, chosen by the presenter view when the timer starts: saving the same run again updates its file. */
  runId: string
  /** ISO time the timer was started; names the file. */
  startedAt: string
  /** Slidev's timer when the run was saved. */
  elapsedMs: number
  slides: RehearsalSlide[]
  /**
   * Set when the run was not ended by the speaker: the presenter view was closed mid-run, and the run
   * was saved from what the browser kept the next time it opened.
   */
  unfinished?: true
}

/** Where the dev server takes runs (POST, JSON); see endpoint.ts. */
export const REHEARSAL_ENDPOINT = '/__rehearsals'

/** Where the presenter view sends a take's recording, a piece at a time (POST, audio/webm); see audio.ts. */
export const TAKE_AUDIO_ENDPOINT = '/__rehearsals/audio'

/** Bodies larger than this are refused unread: a run of a long deck is a few kilobytes. */
export const MAX_BODY_BYTES = 256 * 1024
const MAX_SLIDES = 500
const MAX_CLICKS = 200
const MAX_TEXT = 300
/** A day: no rehearsal lasts longer, and anything larger is a broken clock. */
const MAX_MS = 24 * 60 * 60 * 1000

/** Lesson slugs as the generator makes them (`platform-vs-product`): no dots, no slashes. */
export const RE_SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const RE_RUN_ID = /^[\w-]{6,64}$/
const RE_ISO_UTC = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d{1,3})?Z$/

/** A run file or body that is not a run: told and skipped, never a crash. */
export function isBadRun(error: unknown): error is CliError {
  return error instanceof CliError && error.code === 'BAD_RUN'
}

/** The run in `value`, or a BAD_RUN CliError saying which field is wrong and what was expected. */
export function parseRun(value: unknown): RehearsalRun {
  const run = record(value, 'the body', ['version', 'lessonSlug', 'runId', 'startedAt', 'elapsedMs', 'slides', 'unfinished'])
  if (run.version !== 1)
    throw new CliError('BAD_RUN', `version: expected 1, got ${JSON.stringify(run.version)}`)
  const lessonSlug = text(run.lessonSlug, 'lessonSlug')
  if (!RE_SLUG.test(lessonSlug))
    throw new CliError('BAD_RUN', `lessonSlug: expected lower-case letters, digits and dashes (like "platform-vs-product"), got ${JSON.stringify(lessonSlug)}`)
  const runId = text(run.runId, 'runId')
  if (!RE_RUN_ID.test(runId))
    throw new CliError('BAD_RUN', 'runId: expected 6 to 64 letters, digits, "-" or "_"')
  const startedAt = text(run.startedAt, 'startedAt')
  if (!RE_ISO_UTC.test(startedAt) || Number.isNaN(Date.parse(startedAt)))
    throw new CliError('BAD_RUN', `startedAt: expected an ISO time in UTC such as "2025-01-31T09:30:00.000Z", got ${JSON.stringify(startedAt)}`)
  if (!Array.isArray(run.slides) || run.slides.length === 0 || run.slides.length > MAX_SLIDES)
    throw new CliError('BAD_RUN', `slides: expected a list of 1 to ${MAX_SLIDES} slides`)
  if (run.unfinished !== undefined && run.unfinished !== true)
    throw new CliError('BAD_RUN', `unfinished: expected true or no such field, got ${JSON.stringify(run.unfinished)}`)
  return {
    version: 1,
    lessonSlug,
    runId,
    startedAt,
    elapsedMs: milliseconds(run.elapsedMs, 'elapsedMs'),
    slides: run.slides.map((slide, i) => parseSlide(slide, `slides[${i}]`)),
    ...(run.unfinished ? { unfinished: true as const } : {}),
  }
}

function parseSlide(value: unknown, where: string): RehearsalSlide {
  const slide = record(value, where, ['no', 'section', 'sectionIndex', 'budgetSeconds', 'clicksMs'])
  const no = slide.no
  if (!Number.isInteger(no) || (no as number) < 1)
    throw new CliError('BAD_RUN', `${where}.no: expected a slide number from 1`)
  const sectionIndex = slide.sectionIndex
  if (!Number.isInteger(sectionIndex) || (sectionIndex as number) < -1)
    throw new CliError('BAD_RUN', `${where}.sectionIndex: expected a section index from -1 (the cover)`)
  const budget = slide.budgetSeconds
  if (budget !== null && !(typeof budget === 'number' && Number.isFinite(budget) && budget >= 0 && budget * 1000 <= MAX_MS))
    throw new CliError('BAD_RUN', `${where}.budgetSeconds: expected seconds or null`)
  if (!Array.isArray(slide.clicksMs) || slide.clicksMs.length > MAX_CLICKS)
    throw new CliError('BAD_RUN', `${where}.clicksMs: expected a list of at most ${MAX_CLICKS} durations`)
  return {
    no: no as number,
    section: text(slide.section, `${where}.section`),
    sectionIndex: sectionIndex as number,
    budgetSeconds: budget as number | null,
    clicksMs: slide.clicksMs.map((ms, k) => milliseconds(ms, `${where}.clicksMs[${k}]`)),
  }
}

function record(value: unknown, where: string, keys: string[]): Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new CliError('BAD_RUN', `${where}: expected an object`)
  const extra = Object.keys(value).filter(key => !keys.includes(key))
  if (extra.length > 0)
    throw new CliError('BAD_RUN', `${where}: unexpected field ${JSON.stringify(extra[0])}; expected only ${keys.join(', ')}`)
  return value as Record<string, unknown>
}

function text(value: unknown, where: string): string {
  if (typeof value !== 'string' || value.length > MAX_TEXT)
    throw new CliError('BAD_RUN', `${where}: expected text of at most ${MAX_TEXT} characters`)
  return value
}

function milliseconds(value: unknown, where: string): number {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0 || value > MAX_MS)
    throw new CliError('BAD_RUN', `${where}: expected milliseconds between 0 and ${MAX_MS}`)
  return value
}

/** `2025-01-31T09:30:00.000Z` → `2025-01-31T09-30-00-000Z`: sorts by time, safe in any file system. */
export function fileStemOf(startedAt: string): string {
  return new Date(startedAt).toISOString().replace(/[:.]/g, '-')
}

/** Milliseconds spent in each section of a run, by section title. */
export function sectionTimes(run: RehearsalRun): Map<string, number> {
  const times = new Map<string, number>()
  for (const slide of run.slides)
    times.set(slide.section, (times.get(slide.section) ?? 0) + slide.clicksMs.reduce((a, b) => a + b, 0))
  return times
}

/** Whether the speaker spent time on every timed slide of the deck (the cover may be skipped). */
export function coversDeck(run: RehearsalRun): boolean {
  return run.slides.every(slide => slide.sectionIndex < 0 || slide.clicksMs.some(ms => ms > 0))
}
