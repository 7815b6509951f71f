// `npm run rehearsals`: per section the budget, the last run, the median of all runs, and the
// sections that keep overrunning; from the report function up to the command's main().
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { median } from '../../scripts/median.ts'
import { reportHtml } from '../../scripts/rehearsal/report-html.ts'
import { formatReport, isOverrun, reportOf } from '../../scripts/rehearsal/report.ts'
import { main } from '../../scripts/rehearsals.ts'
import { capture, scratchDir } from '../support/cli.ts'

/** A run of a three-section lesson; seconds[i] is the time spent in section i (the cover gets 2 s). */
function run(startedAt: string, seconds: [number, number, number]): RehearsalRun {
  const ms = seconds.map(s => s * 1000)
  return {
    version: 1,
    lessonSlug: 'platform-vs-product',
    runId: `run-${startedAt.replace(/\D/g, '')}`,
    startedAt,
    elapsedMs: 2000 + ms.reduce((a, b) => a + b, 0),
    slides: [
      { no: 1, section: 'Platform vs Product', sectionIndex: -1, budgetSeconds: null, clicksMs: [2000] },
      { no: 2, section: 'The Hook', sectionIndex: 0, budgetSeconds: 25, clicksMs: [ms[0]! / 2, ms[0]! / 2] },
      { no: 3, section: 'Connecting to Software', sectionIndex: 1, budgetSeconds: 44, clicksMs: [ms[1]!] },
      // The section spans two slides; the second one was never reached when ms[1] is 0.
      { no: 4, section: 'Connecting to Software', sectionIndex: 1, budgetSeconds: 44, clicksMs: [] },
      { no: 5, section: 'Quick Recap', sectionIndex: 2, budgetSeconds: 12, clicksMs: [ms[2]!] },
    ],
  }
}

const RUNS = [
  run('2025-03-01T09:00:00.000Z', [31, 40, 10]),
  run('2025-03-03T09:00:00.000Z', [24, 50, 0]),
  run('2025-03-02T09:00:00.000Z', [29, 43, 14]),
]

describe('the rehearsal report', () => {
  it('gives each section its budget, the last run, the median and its overruns', () => {
    const report = reportOf(RUNS)
    expect(report.runs).toBe(3)
    expect(report.lastStartedAt).toBe('2025-03-03T09:00:00.000Z')
    expect(report.sections.map(({ title, budgetSeconds, lastSeconds, medianSeconds, runs, overruns }) => ({
      title,
      budgetSeconds,
      lastSeconds,
      medianSeconds,
      runs,
      overruns,
    }))).toEqual([
      { title: 'Platform vs Product', budgetSeconds: null, lastSeconds: 2, medianSeconds: 2, runs: 3, overruns: 0 },
      { title: 'The Hook', budgetSeconds: 25, lastSeconds: 24, medianSeconds: 29, runs: 3, overruns: 2 },
      { title: 'Connecting to Software', budgetSeconds: 44, lastSeconds: 50, medianSeconds: 43, runs: 3, overruns: 1 },
      // The last run never reached the recap: no "last", and the median is over the two runs that did.
      { title: 'Quick Recap', budgetSeconds: 12, lastSeconds: null, medianSeconds: 12, runs: 2, overruns: 1 },
    ])
    expect(report.total).toEqual({ budgetSeconds: 81, lastSeconds: 76, medianSeconds: 83 })
  })

  it('calls a section overrunning when it went over in most runs, at least twice', () => {
    const flags = reportOf(RUNS).sections.map(s => [s.title, s.keepsOverrunning])
    expect(flags).toEqual([['Platform vs Product', false], ['The Hook', true], ['Connecting to Software', false], ['Quick Recap', false]])
    // One run is not a habit, however far over it went.
    expect(reportOf([run('2025-03-01T09:00:00.000Z', [90, 90, 90])]).sections.some(s => s.keepsOverrunning)).toBe(false)
  })

  it('prints a table a speaker can read', () => {
    expect(formatReport(reportOf(RUNS))).toBe([
      'Rehearsals of platform-vs-product: 3 runs, the last started 2025-03-03 09:00 UTC',
      'section                 budget  last  median  over budget',
      'Cover                   -       0:02  0:02',
      'The Hook                0:25    0:24  0:29    2 of 3       keeps overrunning',
      'Connecting to Software  0:44    0:50  0:43    1 of 3',
      'Quick Recap             0:12    -     0:12    1 of 2',
      'whole talk              1:21    1:16  1:23',
      'Keeps overrunning: The Hook (over in 2 of 3 runs, median 0:29 for 0:25)',
    ].join('\n'))
  })

  it('counts as going over only more than 10 % and at least a second past the budget', () => {
    expect(isOverrun(27.6, 25)).toBe(true)
    expect(isOverrun(27.4, 25)).toBe(false)
    expect(isOverrun(3.6, 3)).toBe(false)
    expect(isOverrun(4.1, 3)).toBe(true)
  })

  it('takes the median of an even count as the mean of the middle two', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5)
    expect(median([7])).toBe(7)
  })
})

describe('npm run rehearsals', () => {
  let cwd: string
  beforeEach(async () => {
    cwd = await scratchDir()
  })
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true })
  })

  async function saveRuns(slug: string, runs: RehearsalRun[]) {
    await mkdir(join(cwd, 'rehearsals', slug), { recursive: true })
    for (const r of runs)
      await writeFile(join(cwd, 'rehearsals', slug, `${r.startedAt.replace(/[:.]/g, '-')}.json`), JSON.stringify(r))
  }

  it('prints the report of every lesson, skipping files that are not runs', async () => {
    await saveRuns('platform-vs-product', RUNS)
    await writeFile(join(cwd, 'rehearsals/platform-vs-product/broken.json'), '{')
    const { io, out, err } = capture(cwd)
    expect(await main([], io)).toBe(0)
    expect(out.join('\n')).toContain('The Hook                0:25    0:24  0:29    2 of 3       keeps overrunning')
    expect(err.join('\n')).toMatch(/skipping rehearsals\/platform-vs-product\/broken\.json: /)
  })

  it('writes the HTML report beside the runs with --html, and never takes it for a foreign file', async () => {
    await saveRuns('platform-vs-product', RUNS)
    await writeFile(join(cwd, 'rehearsals/platform-vs-product/notes.txt'), 'mine')
    for (let time = 0; time < 2; time++) {
      const { io, out, err } = capture(cwd)
      expect(await main(['--html'], io)).toBe(0)
      expect(out).toEqual(['rehearsals/platform-vs-product/report.html'])
      expect(err.filter(line => line.includes('skipping'))).toEqual(['rehearsals: skipping rehearsals/platform-vs-product/notes.txt: not a run file (expected NAME.json)'])
    }
    const html = await readFile(join(cwd, 'rehearsals/platform-vs-product/report.html'), 'utf8')
    expect(html).toMatch(/^<!doctype html>/)
    expect(html).toContain('1 file skipped: not rehearsal runs.')
    // Self-contained: nothing to fetch.
    expect(html).not.toMatch(/<(?:script|link|img)\b|src=|href=|url\(http/)
    // No lesson script in this folder to count words from: the report says so instead of a pace.
    expect(html).toContain('no lesson lessons/platform-vs-product.md to count the words of its notes')
    expect((await readdir(join(cwd, 'rehearsals/platform-vs-product'))).filter(name => name.endsWith('.tmp'))).toEqual([])
  })

  it('keeps lesson text as text in the HTML report', () => {
    const hostile = RUNS.map(r => ({ ...r, slides: r.slides.map(slide => (slide.sectionIndex === 0 ? { ...slide, section: '<img src=x onerror=alert(1)> & "Hook"' } : slide)) }))
    const html = reportHtml({ report: reportOf(hostile), skipped: [{ file: 'rehearsals/x/<b>.json', reason: 'not JSON' }] })
    expect(html).not.toContain('<img')
    expect(html).not.toContain('<b>')
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; &quot;Hook&quot;')
  })

  it('says how to record a run when there is none (exit 1)', async () => {
    const { io, out, err } = capture(cwd)
    expect(await main([], io)).toBe(1)
    expect(out).toEqual([])
    expect(err.join('\n')).toMatch(/no rehearsal saved in rehearsals\/ yet\. Record one: npm start/)
  })

  it('refuses a slug that is a path (exit 2)', async () => {
    const { io, err } = capture(cwd)
    expect(await main(['../x'], io)).toBe(2)
    expect(err.join('\n')).toMatch(/"\.\.\/x" is not a lesson slug/)
  })
})
