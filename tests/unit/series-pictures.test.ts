// The icons the real generator shows for the series' lessons kept beside the project (../shared/series/),
// scored against the file that judges every icon shown for them (pictures-judged.tsv): few wrong, and most
// analogy sections pictured by right icons or a hand-drawn scene. Icons the file does not judge are printed,
// for someone to look at their sentences. CI has the folder; a checkout without it skips this test and says so.
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { scoreSeriesPictures, seriesDir } from '../../scripts/bench/series-pictures.ts'

const ROOT = fileURLToPath(new URL('../..', import.meta.url))
const dir = seriesDir(ROOT)
/** At most this share of the icons shown may be judged wrong. */
const MAX_WRONG_SHARE = 0.03
/**
 * At least this share of the analogy sections shows two icons judged right, or a hand-drawn scene. An icon the
 * file does not judge counts as not right, so on the judged file of 2026-12-04 sixteen of the twenty-four sections
 * at most can reach it by icons; the sections that a right new icon pictures count once the file judges it.
 */
const MIN_PICTURED_SHARE = 0.6

if (!dir)
  console.warn('tests/unit/series-pictures.test.ts: ../shared/series/ is absent, so the series\' icons are not scored (CI has it).')

describe.skipIf(!dir)('the series\' icons against pictures-judged.tsv', () => {
  it('shows few wrong icons and pictures most analogies right', async () => {
    const score = await scoreSeriesPictures(dir!)
    const line = (icon: { lesson: string, section: string, word: string, icon: string }) => `  ${icon.lesson} · ${icon.section} · ${icon.word} → ${icon.icon}`
    // The figures and the icons to look at go to the test's output, pass or fail.
    console.warn([
      `${score.shown} icons shown, ${score.right} judged right, ${score.wrong.length} judged wrong (${(100 * score.wrongShare).toFixed(1)} %)`,
      `${score.picturedRight} of ${score.analogies} analogy sections pictured right (${(100 * score.picturedShare).toFixed(1)} %)`,
      `${score.unjudged.length} icons shown that the file does not judge:`,
      ...score.unjudged.map(line),
      ...(score.wrong.length > 0 ? ['judged wrong:', ...score.wrong.map(line)] : []),
    ].join('\n'))
    expect(score.shown).toBeGreaterThan(0)
    expect(score.wrongShare).toBeLessThanOrEqual(MAX_WRONG_SHARE)
    expect(score.picturedShare).toBeGreaterThanOrEqual(MIN_PICTURED_SHARE)
  }, 60_000)
})
