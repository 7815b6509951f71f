// Rehearsals that know what was said: a recorded run is listened to by the dev server once it is
// saved (the real recogniser, on a take espeak-ng speaks with sentences left out), and the report
// shows per section the sentences skipped and the real pace, and across runs the sentences skipped
// again and again; the measured pace counts only the words said.
import type { HeardSentence } from '../../scripts/listen/align.ts'
import type { HeardRun } from '../../scripts/rehearsal/heard.ts'
import type { RehearsalRun, RehearsalSlide } from '../../scripts/rehearsal/run.ts'
import { execFile } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { listenForLesson } from '../../scripts/listen/sentences.ts'
import { speakTake } from '../../scripts/listen/spoken-take.ts'
import { alignRuns } from '../../scripts/rehearsal/align-run.ts'
import { rehearsalMiddleware } from '../../scripts/rehearsal/endpoint.ts'
import { heardFileOf, parseHeard } from '../../scripts/rehearsal/heard.ts'
import { deckWordsOf, measureRun } from '../../scripts/rehearsal/pace.ts'
import { REHEARSAL_ENDPOINT } from '../../scripts/rehearsal/run.ts'
import { saidReportOf } from '../../scripts/rehearsal/said-report.ts'
import { main } from '../../scripts/rehearsals.ts'
import { capture, scratchDir } from '../support/cli.ts'

const FIXTURE = resolve(import.meta.dirname, '../fixtures/live-listen/lesson.md')
const SLUG = 'retries-without-stampedes'
const exec = promisify(execFile)

const markdown = readFileSync(FIXTURE, 'utf8')

/** A run of the fixture's deck; `secondsAt(slide, click)` is the time spent there. */
function runOf(runId: string, startedAt: string, secondsAt: (slide: number, click: number) => number): RehearsalRun {
  const { deck } = generateDeck(markdown, `lessons/${SLUG}.md`)
  const slides: RehearsalSlide[] = deck.slides.map((slide, i) => ({
    no: i + 1,
    section: slide.section.title,
    sectionIndex: slide.section.index,
    budgetSeconds: slide.section.index < 0 ? null : 20,
    clicksMs: slide.notes.map((_, click) => Math.round(secondsAt(i + 1, click) * 1000)),
  }))
  return { version: 1, lessonSlug: SLUG, runId, startedAt, elapsedMs: slides.flatMap(s => s.clicksMs).reduce((a, b) => a + b, 0), slides }
}

/** What was heard in a run: every sentence said but those in `skipped`. */
function heardOf(runId: string, skipped: string[]): HeardRun {
  const sentences: HeardSentence[] = listenForLesson(markdown, 'lesson.md').map(({ text, slide, click, section, sectionIndex }, i) => {
    const said = !skipped.some(start => text.startsWith(start))
    return { text, slide, click, section, sectionIndex, said, start: said ? i * 3 : null, end: said ? i * 3 + 2 : null }
  })
  return { version: 1, runId, sentences, wordsPerMinute: 150 }
}

describe('what was said, in the report', () => {
  const everywhere = () => 4
  const runs = [runOf('run-aaaaaa', '2025-03-01T09:00:00.000Z', everywhere), runOf('run-bbbbbb', '2025-03-02T09:00:00.000Z', everywhere), runOf('run-cccccc', '2025-03-03T09:00:00.000Z', everywhere)]
  const heard = new Map([
    ['run-aaaaaa', heardOf('run-aaaaaa', ['Random jitter', 'The crowd at'])],
    ['run-bbbbbb', heardOf('run-bbbbbb', ['Random jitter'])],
    ['run-cccccc', heardOf('run-cccccc', ['The crowd at'])],
  ])

  it('gives per section of the last run the sentences skipped and the words said a minute', () => {
    const said = saidReportOf(runs, heard)!
    expect(said.runId).toBe('run-cccccc')
    const hook = said.sections.find(s => s.title === 'The Hook')!
    expect(hook.skipped).toEqual(['The crowd at the door makes the repair slower.'])
    // The Hook's two sentences said, 8 + 11 words, over its 4 clicks of 4 s each.
    expect(hook.wordsPerMinute).toBeCloseTo(19 / (16 / 60), 5)
    expect(said.sections.find(s => s.title === 'Connecting to Software')!.skipped).toEqual([])
  })

  it('names the sentences skipped in most runs, at least twice', () => {
    expect(saidReportOf(runs, heard)!.skippedAgain.map(s => [s.text, s.skips, s.runs])).toEqual([
      ['The crowd at the door makes the repair slower.', 2, 3],
      ['Random jitter keeps thousands of clients from waking together.', 2, 3],
    ])
    expect(saidReportOf(runs.slice(0, 1), heard)!.skippedAgain).toEqual([])
    expect(saidReportOf(runs, new Map())).toBeUndefined()
  })

  it('times the pace on the words said, not on the notes', () => {
    const { deck } = generateDeck(markdown, `lessons/${SLUG}.md`)
    const notes = measureRun(runs[0]!, deckWordsOf(deck))
    const voice = measureRun(runs[0]!, deckWordsOf(deck), heard.get('run-aaaaaa'))
    expect(voice.talk.ms).toBe(notes.talk.ms)
    // Two sentences of nine words each left out.
    expect(notes.talk.words - voice.talk.words).toBe(9 + 9)
  })
})

describe('a recorded run, listened to after it is saved', () => {
  let root: string
  let rehearsals: string
  let skippedTexts: string[]
  let run: RehearsalRun
  const server = createServer()

  beforeAll(async () => {
    root = await scratchDir()
    rehearsals = join(root, 'rehearsals')
    await mkdir(join(root, 'lessons'), { recursive: true })
    await writeFile(join(root, 'lessons', `${SLUG}.md`), markdown)
    const sentences = listenForLesson(markdown, 'lesson.md')
    const skip = (i: number) => sentences[i]!.slide === 1 || /^(?:The crowd at|Random jitter)/.test(sentences[i]!.text)
    skippedTexts = sentences.filter((s, i) => s.slide > 1 && skip(i)).map(s => s.text)
    const take = await speakTake(sentences, { skip, pause: () => 0.6 }, root)
    // What the presenter view records: Opus in WebM.
    await mkdir(join(rehearsals, SLUG), { recursive: true })
    run = runOf('run-recorded', '2025-04-01T09:00:00.000Z', (slide, click) => {
      const here = take.sentences.filter((t, i) => t.said && sentences[i]!.slide === slide && sentences[i]!.click === click)
      return here.reduce((sum, t) => sum + t.end! - t.start! + 0.6, 0)
    })
    await exec('ffmpeg', ['-v', 'error', '-y', '-i', take.path, '-c:a', 'libopus', join(rehearsals, SLUG, `${run.runId}.webm`)])
  }, 120_000)
  afterAll(async () => {
    server.close()
    await rm(root, { recursive: true, force: true })
  })

  it('writes beside the run which sentences were said, and the report names the ones skipped', async () => {
    const listen = alignRuns({ rehearsalsDir: rehearsals, root, report: () => {} })
    const middleware = rehearsalMiddleware(rehearsals, listen)
    server.on('request', (request, response) => void middleware(request, response, () => response.end()))
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    const { port } = server.address() as { port: number }
    const saved = await fetch(`http://127.0.0.1:${port}${REHEARSAL_ENDPOINT}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(run) })
    expect(saved.status).toBe(200)
    await listen.idle()
    const heard = parseHeard(JSON.parse(await readFile(join(rehearsals, SLUG, heardFileOf(run.runId)), 'utf8')))
    const reportedSkipped = heard.sentences.filter(s => s.slide > 1 && !s.said).map(s => s.text)
    expect(reportedSkipped).toEqual(skippedTexts)

    const { io, out, err } = capture(root)
    expect(await main([SLUG, '--html'], io)).toBe(0)
    const printed = err.join('\n')
    expect(printed).toMatch(/The Hook: The crowd at the door makes the repair slower\./)
    expect(printed).toMatch(/Connecting to Software: Random jitter keeps thousands of clients from waking together\./)
    const html = await readFile(join(root, out[0]!), 'utf8')
    expect(html).toContain('<q>The crowd at the door makes the repair slower.</q>')
  }, 120_000)
})
