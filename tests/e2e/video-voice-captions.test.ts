// A take's captions follow its voice: `npm run video -- LESSON --take latest` on a take whose recording
// (espeak-ng reading the notes, two sentences left out, pauses of 0.4 s and 3 s where the plan has
// none) is listened to, so each caption starts when its sentence is said and the sentences left out
// have none. The captions are read back with a WebVTT parser.
import type { VttCue, VttNode } from 'webvtt-parser'
import type { SpokenTake } from '../../scripts/listen/spoken-take.ts'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { execFile } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { WebVTTParser } from 'webvtt-parser'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { planDeck } from '../../scripts/lesson/plan.ts'
import { listenFor } from '../../scripts/listen/sentences.ts'
import { speakTake } from '../../scripts/listen/spoken-take.ts'
import { spokenWords } from '../../scripts/listen/words.ts'
import { MAX_CUE_SECONDS, MAX_LINE_CHARS, MAX_LINES } from '../../scripts/video/captions.ts'
import { ROOT } from './support.ts'

const run = promisify(execFile)
const LESSON = 'tests/listen-fixture/feature-flags.md'
const SKIPPED = new Set([5, 14])
const ENTITIES = JSON.parse(await readFile(createRequire(import.meta.url).resolve('webvtt-parser/html-entities.json'), 'utf8')) as Record<string, string>

let work: string
let take: SpokenTake
let texts: string[]
let cues: VttCue[]
let stderr: string

function textOf(nodes: VttNode[]): string {
  return nodes.map(node => (node.type === 'text' ? node.value ?? '' : textOf(node.children ?? []))).join('')
}

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'video-voice-'))
  const deck = planDeck(parseLesson(await readFile(join(ROOT, LESSON), 'utf8'), LESSON))
  const sentences = listenFor(deck)
  texts = sentences.map(sentence => sentence.text)
  take = await speakTake(sentences, { skip: i => SKIPPED.has(i), pause: i => (i % 2 ? 3 : 0.4) }, work)
  // The clicks come where the voice starts each click's notes; a click whose notes were all left out lasts no time.
  const steps = deck.slides.flatMap((slide, s) => slide.notes.map((_, click) => ({ slide: s + 1, click })))
  const starts = steps.map(step => Math.min(...sentences.flatMap((sentence, i) =>
    sentence.slide === step.slide && sentence.click === step.click && take.sentences[i]!.said ? [take.sentences[i]!.start!] : [])))
  starts[0] = 0
  const bounds = [...starts, take.seconds].map((start, k, all) => Number.isFinite(start) ? start : Math.min(...all.slice(k + 1).filter(Number.isFinite)))
  const runId = 'voice-take'
  const taken: RehearsalRun = {
    version: 1,
    lessonSlug: deck.lesson.slug,
    runId,
    startedAt: '2026-12-01T10:00:00.000Z',
    elapsedMs: Math.round(take.seconds * 1000),
    slides: deck.slides.map((slide, s) => ({
      no: s + 1,
      section: slide.section.title,
      sectionIndex: slide.section.index,
      budgetSeconds: null,
      clicksMs: slide.notes.map((_, click) => {
        const k = steps.findIndex(step => step.slide === s + 1 && step.click === click)
        return Math.round((bounds[k + 1]! - bounds[k]!) * 1000)
      }),
    })),
  }
  const dir = join(work, 'rehearsals', deck.lesson.slug)
  await mkdir(dir, { recursive: true })
  await writeFile(join(dir, `${runId}.json`), JSON.stringify(taken))
  await run('ffmpeg', ['-nostdin', '-v', 'error', '-i', take.path, '-c:a', 'libopus', '-b:a', '32k', join(dir, `${runId}.webm`)])
  const out = join(work, 'videos')
  const ran = await run(process.execPath, ['scripts/video.ts', LESSON, '--take', 'latest', '--out', out], {
    cwd: ROOT,
    env: { ...process.env, REHEARSALS_DIR: join(work, 'rehearsals') },
    maxBuffer: 16 * 1024 * 1024,
  })
  stderr = ran.stderr
  const parsed = new WebVTTParser(ENTITIES).parse(await readFile(join(out, `${deck.lesson.slug}.vtt`), 'utf8'))
  expect(parsed.errors).toEqual([])
  cues = parsed.cues
}, 900_000)

afterAll(() => rm(work, { recursive: true, force: true }))

describe('a take\'s captions', () => {
  it('start when each sentence is said, and leave out the sentences not said', () => {
    expect(stderr).toMatch(/captions follow the voice: \d+ sentences heard/)
    const said = cues.map(cue => ({ start: cue.startTime, words: ` ${spokenWords(textOf(cue.tree.children)).join(' ')} ` }))
    const late: string[] = []
    texts.forEach((text, i) => {
      const opening = ` ${spokenWords(text).slice(0, 3).join(' ')} `
      const cue = said.find(c => c.words.startsWith(opening)) ?? said.find(c => c.words.includes(opening))
      const truth = take.sentences[i]!
      if (!truth.said)
        expect(cue, `${text} was not said`).toBeUndefined()
      else if (!cue || Math.abs(cue.start - truth.start!) > 0.5)
        late.push(`${text}: said at ${truth.start!.toFixed(2)} s, captioned ${cue ? `at ${cue.start.toFixed(2)} s` : 'never'}`)
    })
    // A sentence the listener missed may go uncaptioned; no more than one of the take's.
    expect(late.length, late.join('\n')).toBeLessThanOrEqual(1)
  })

  it('keep the caption rules: at most two lines of 42 characters, 1 to 7 s, one after another', () => {
    expect(cues.length).toBeGreaterThan(15)
    cues.forEach((cue, i) => {
      const lines = textOf(cue.tree.children).split('\n')
      expect(lines.length).toBeLessThanOrEqual(MAX_LINES)
      expect(Math.max(...lines.map(line => line.length))).toBeLessThanOrEqual(MAX_LINE_CHARS)
      expect(cue.endTime - cue.startTime).toBeLessThanOrEqual(MAX_CUE_SECONDS + 0.001)
      expect(cue.endTime - cue.startTime).toBeGreaterThanOrEqual(0.999)
      if (i > 0)
        expect(cue.startTime).toBeGreaterThanOrEqual(cues[i - 1]!.endTime - 0.001)
    })
  })
})
