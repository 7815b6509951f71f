// A take: a rehearsal run (rehearsals/<slug>/*.json) with its click times, and its recorded sound
// (<run-id>.webm beside it) when there is one. A take fits a deck only when it has the same slides with
// the same clicks; otherwise its times would move the wrong pictures, so nothing is rendered.
import type { DeckInfo } from '../export/deck.ts'
import type { RehearsalRun } from '../rehearsal/run.ts'
import type { VideoStep } from './steps.ts'
import { stat } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { CliError } from '../errors.ts'
import { readRuns } from '../rehearsal/runs-dir.ts'

export const REHEARSALS_DIR = 'rehearsals'

export interface Take {
  run: RehearsalRun
  /** The run's recorded sound, when it was recorded. */
  audio?: string
}

/** Where the runs are: rehearsals/, or REHEARSALS_DIR, as the dev server that saves them reads it. */
export function rehearsalsDir(root: string): string {
  return process.env.REHEARSALS_DIR || join(root, REHEARSALS_DIR)
}

/** The sound a run's recording is saved to, beside its JSON. */
export function takeAudioPath(dir: string, slug: string, runId: string): string {
  return join(dir, slug, `${runId}.webm`)
}

/** `latest` (the last started) or a run id; exit 2 when there is no such run. */
export async function findTake(root: string, slug: string, which: string): Promise<Take> {
  const shown = `${REHEARSALS_DIR}/${slug}`
  const dir = rehearsalsDir(root)
  const { runs } = await readRuns(join(dir, slug), shown)
  const sorted = [...runs].sort((a, b) => a.startedAt.localeCompare(b.startedAt))
  const run = which === 'latest' ? sorted.at(-1) : sorted.find(r => r.runId === which)
  if (!run) {
    const known = sorted.map(r => r.runId).join(', ')
    throw new CliError('USAGE', `no rehearsal run ${which === 'latest' ? '' : `"${which}" `}in ${shown}/${known ? ` (runs: ${known})` : '; record one in the presenter view (npm start)'}`)
  }
  const audio = takeAudioPath(dir, slug, run.runId)
  const recorded = (await stat(audio).catch(() => undefined))?.isFile()
  return { run, audio: recorded ? audio : undefined }
}

/** What differs between a take and the deck, one line per slide; none when the take fits. */
export function takeMismatches(deck: DeckInfo, run: RehearsalRun): string[] {
  const problems: string[] = []
  const byNo = new Map(run.slides.map(slide => [slide.no, slide]))
  for (const slide of deck.slides) {
    const taken = byNo.get(slide.no)
    if (!taken)
      problems.push(`slide ${slide.no} "${slide.title}" is not in the take`)
    else if (taken.clicksMs.length !== slide.clicks + 1)
      problems.push(`slide ${slide.no} "${slide.title}": the take has ${taken.clicksMs.length - 1} clicks, the deck ${slide.clicks}`)
  }
  for (const taken of run.slides) {
    if (taken.no > deck.slides.length)
      problems.push(`slide ${taken.no} of the take is not in the deck (it has ${deck.slides.length} slides)`)
  }
  return problems
}

/** Exit 2, naming the slides that differ, when the take does not fit the deck. */
export function checkTakeFits(deck: DeckInfo, run: RehearsalRun): void {
  const problems = takeMismatches(deck, run)
  if (problems.length > 0)
    throw new CliError('TAKE_MISMATCH', `the take ${run.runId} no longer matches ${deck.entry}; record it again or render a draft:\n${problems.map(p => `  - ${p}`).join('\n')}`)
}

/** Milliseconds the take spent on each step, in the steps' order. */
export function takeStepMs(steps: VideoStep[], run: RehearsalRun): number[] {
  const byNo = new Map(run.slides.map(slide => [slide.no, slide]))
  return steps.map(step => byNo.get(step.slideNo)?.clicksMs[step.clicks] ?? 0)
}
