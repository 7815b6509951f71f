// `--wpm rehearsed`: the speaking rates measured in the lesson's saved runs, as plan options. The
// generator's command line calls this and nothing else of the rehearsal code.
import type { PlanOptions } from '../lesson/plan.ts'
import type { Deck } from '../lesson/types.ts'
import { join } from 'node:path'
import { REHEARSALS_DIR } from '../deck-location.ts'
import { DEFAULT_WORDS_PER_MINUTE } from '../lesson/timing.ts'
import { deckWordsOf, paceOf, rehearsedRates } from './pace.ts'
import { readRuns } from './runs-dir.ts'

/** The value of `--wpm` that asks for the rehearsed pace. */
export const REHEARSED = 'rehearsed'

/**
 * Plan options with the rates measured in `rehearsals/<slug>/` for this deck's lesson, and the lines
 * to tell the user: skipped files first, then which rates were used (or that it fell back to 150).
 */
export async function rehearsedPlanOptions(root: string, deck: Deck): Promise<{ options: PlanOptions, lines: string[] }> {
  const shownDir = `${REHEARSALS_DIR}/${deck.lesson.slug}`
  const { runs, heard, skipped } = await readRuns(join(root, shownDir), shownDir)
  // Where the dev server listened to a run, its pace counts the words really said.
  const rates = rehearsedRates(paceOf(runs, deckWordsOf(deck), heard), runs.length, DEFAULT_WORDS_PER_MINUTE)
  return {
    options: { wordsPerMinute: rates.wordsPerMinute, sectionWordsPerMinute: rates.sectionWordsPerMinute.length > 0 ? rates.sectionWordsPerMinute : undefined },
    lines: [...skipped.map(s => `skipping ${s.file}: ${s.reason}`), rates.summary],
  }
}
