// `--wpm rehearsed`: `npm run generate` (and so `npm start`) plans with the pace measured in the
// lesson's saved runs, with zero, one and many runs, and a foreign file among them.
import type { Deck } from '../../scripts/lesson/types.ts'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main as generate } from '../../scripts/generate.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { deckWordsOf } from '../../scripts/rehearsal/pace.ts'
import { main as start } from '../../scripts/start.ts'
import { capture, scratchDir } from '../support/cli.ts'
import { simulatedRun } from '../support/runs.ts'

const ROOT = join(import.meta.dirname, '../..')
const LESSON = 'lessons/platform-vs-product.md'
const SLUG = 'platform-vs-product'

let cwd: string
let deck: Deck

beforeEach(async () => {
  cwd = await scratchDir()
  await cp(join(ROOT, 'lessons'), join(cwd, 'lessons'), { recursive: true })
  deck = generateDeck(await readFile(join(ROOT, LESSON), 'utf8'), LESSON).deck
})
afterEach(async () => {
  await rm(cwd, { recursive: true, force: true })
})

function runAt(startedAt: string, wordsPerMinute: number | ((section: string) => number)): RehearsalRun {
  return simulatedRun(deckWordsOf(deck), deck.timing.planSeconds, { startedAt, wordsPerMinute })
}

async function saveRuns(runs: RehearsalRun[], foreign: Record<string, string> = {}) {
  const dir = join(cwd, 'rehearsals', SLUG)
  await mkdir(dir, { recursive: true })
  for (const run of runs)
    await writeFile(join(dir, `${run.startedAt.replace(/[:.]/g, '-')}.json`), JSON.stringify(run))
  for (const [name, text] of Object.entries(foreign))
    await writeFile(join(dir, name), text)
}

async function generateRehearsed(...more: string[]) {
  const captured = capture(cwd)
  const code = await generate([LESSON, '--wpm', 'rehearsed', ...more], captured.io)
  return { code, err: captured.err.join('\n'), slides: await readFile(join(cwd, 'slides.md'), 'utf8').catch(() => '') }
}

/** The "notes need" column of the pacing table, by section title. */
function notesNeed(err: string): Map<string, string> {
  return new Map(deck.lesson.sections.map(section => [section.title, new RegExp(`^${section.title.replace(/[?/]/g, '\\$&')}\\s+\\S+\\s+(\\d+:\\d\\d)\\s+(\\d+:\\d\\d)`, 'm').exec(err)![2]!]))
}

describe('npm run generate -- --wpm rehearsed', () => {
  it('with no run, plans at 150 words a minute and says so', async () => {
    const { code, err, slides } = await generateRehearsed()
    expect(code).toBe(0)
    expect(err).toContain('Pace: 150 words a minute (the default: no rehearsal saved yet).')
    expect(err).toContain('Pacing of 14 slides at 150 words a minute:')
    expect(err).toMatch(/^total\s+4:00-5:00\s+4:30\s+7:26\s+overruns$/m)
    expect(slides).toMatch(/^wordsPerMinute: 150$/m)
  })

  it('with one run, plans every section at the rate measured in it', async () => {
    await saveRuns([runAt('2025-03-01T09:00:00.000Z', 240)])
    const { code, err, slides } = await generateRehearsed()
    expect(code).toBe(0)
    // The one-liner and the teaser say too few words (under 30) for a rate of their own.
    expect(err).toContain('Pace: rehearsed, 240 words a minute overall (median of 1 run); 10 of 12 sections at their own measured rate, the other 2 at the overall 240.')
    // 7:26 of notes at 150 words a minute is about 4:39 at 240 (4:41 as each section rounds): it fits 5:00.
    expect(err).toMatch(/^total\s+4:00-5:00\s+4:30\s+4:41\s+240\s+overruns$/m)
    expect(notesNeed(err).get('The Hook')).toBe('0:24')
    expect(slides).toMatch(/^wordsPerMinute: 240$/m)
  })

  it('with many runs, takes the median per section and overall, and leaves foreign files out', async () => {
    const slowHook = (rate: number) => (section: string) => (section === 'The Hook' ? 100 : rate)
    await saveRuns([
      runAt('2025-03-01T09:00:00.000Z', slowHook(180)),
      runAt('2025-03-02T09:00:00.000Z', slowHook(200)),
      runAt('2025-03-03T09:00:00.000Z', slowHook(260)),
    ], { 'notes.txt': 'not a run', 'broken.json': '{"version": 1' })
    const { code, err } = await generateRehearsed()
    expect(code).toBe(0)
    expect(err).toMatch(/skipping rehearsals\/platform-vs-product\/broken\.json: not JSON/)
    expect(err).toMatch(/skipping rehearsals\/platform-vs-product\/notes\.txt: not a run file/)
    // The Hook at its own 100 words a minute: 95 words need 0:57, where 150 would give 0:38.
    expect(notesNeed(err).get('The Hook')).toBe('0:57')
    expect(err).toMatch(/^The Hook\s+0:20-0:30\s+0:25\s+0:57\s+100\s+overruns$/m)
    // Every other section at its median of 180, 200 and 260.
    expect(err).toMatch(/^Connecting to Software\s+-\s+0:47\s+\d:\d\d\s+200\b/m)
    expect(err).toMatch(/Pace: rehearsed, \d+ words a minute overall \(median of 3 runs\); 10 of 12 sections at their own measured rate/)
  })

  it('is what npm start passes on, and says the same', async () => {
    await saveRuns([runAt('2025-03-01T09:00:00.000Z', 240)])
    const captured = capture(cwd)
    const code = await start(['--wpm', 'rehearsed'], captured.io, async () => 0)
    expect(code).toBe(0)
    expect(captured.err.join('\n')).toContain('Pace: rehearsed, 240 words a minute overall')
    expect(await readFile(join(cwd, 'slides.md'), 'utf8')).toMatch(/^wordsPerMinute: 240$/m)
  })

  it('still refuses a rate that is neither a number nor "rehearsed"', async () => {
    const captured = capture(cwd)
    expect(await generate([LESSON, '--wpm', 'fast'], captured.io)).toBe(2)
    expect(captured.err.join('\n')).toMatch(/--wpm expects a speaking rate in words a minute, such as 150, or "rehearsed"; got "fast"/)
  })
})
