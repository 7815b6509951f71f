// The speaking rate a deck is planned at, as `--wpm` gives it: a number of words a minute, or
// `rehearsed` for the rates measured in the lesson's saved runs. `npm run generate`, `npm start` and
// the dev server's lesson watcher all read it here, so a save plans at the rate the first deck had.
import type { DeckFile } from './deck-file.ts'
import type { PlanOptions } from './lesson/plan.ts'
import { generateDeckFile } from './deck-file.ts'
import { CliError } from './errors.ts'
import { REHEARSED, rehearsedPlanOptions } from './rehearsal/rehearsed.ts'

/** A rate in words a minute, `rehearsed`, or undefined for the planner's default. */
export type Pace = number | typeof REHEARSED | undefined

/** The pace `--wpm TEXT` asks for; a CliError saying what was expected when TEXT is neither. */
export function parsePace(text: string | undefined): Pace {
  if (text === undefined || text === REHEARSED)
    return text
  const rate = Number(text)
  if (!(rate > 0 && rate < 1000))
    throw new CliError('USAGE', `--wpm expects a speaking rate in words a minute, such as 150, or "${REHEARSED}"; got "${text}"`)
  return rate
}

/**
 * The deck `lesson` generates for `out` at `pace`, with the lines to tell the user (with `rehearsed`:
 * skipped runs and which rates were used). The rehearsed rates are per click of the deck, so it is
 * planned once at the default to count them, then again at them.
 */
export async function generatePacedDeckFile(
  root: string,
  lesson: string,
  out: string,
  pace: Pace,
  options: PlanOptions = {},
): Promise<{ file: DeckFile, lines: string[] }> {
  const file = await generateDeckFile(root, lesson, out, { ...options, wordsPerMinute: pace === REHEARSED ? undefined : pace })
  if (pace !== REHEARSED)
    return { file, lines: [] }
  const rehearsed = await rehearsedPlanOptions(root, file.deck)
  return { file: await generateDeckFile(root, lesson, out, { ...options, ...rehearsed.options }), lines: rehearsed.lines }
}
