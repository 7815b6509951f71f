// Listening to a recording against the notes, through the real espeak-ng, ffmpeg and pocketsphinx:
// a take of a lesson written for the test, some sentences left out on purpose and pauses of several
// lengths between the others, must come back with the skipped ones found and the said ones placed.
import type { SpokenTake } from '../../scripts/listen/spoken-take.ts'
import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { main } from '../../scripts/listen.ts'
import { alignHeard } from '../../scripts/listen/align.ts'
import { parseDictionary, vocabularyOf } from '../../scripts/listen/dictionary.ts'
import { arpaModel } from '../../scripts/listen/language-model.ts'
import { listenForLesson } from '../../scripts/listen/sentences.ts'
import { scoreListening, speakTake } from '../../scripts/listen/spoken-take.ts'
import { voicedSpans } from '../../scripts/listen/voice.ts'
import { spokenWords } from '../../scripts/listen/words.ts'

const run = promisify(execFile)
const ROOT = resolve(import.meta.dirname, '../..')
const LESSON = 'tests/listen-fixture/feature-flags.md'
const OTHER_LESSON = 'tests/listen-fixture/garden.md'
/** Left out of the take: one in four or five, in every part of the lesson. */
const SKIPPED = new Set([3, 7, 12, 16, 20])
/** Pauses after each sentence said, none of them the plan's. */
const PAUSES = [0.3, 1.6, 0.7, 2.4, 1.0]

async function cli(...argv: string[]) {
  const out: string[] = []
  const err: string[] = []
  const code = await main(argv, { out: line => out.push(line), err: line => err.push(line), cwd: ROOT })
  return { code, out: out.join('\n'), err: err.join('\n') }
}

describe('the sentences listened for', () => {
  it('says numbers as words and keeps every sentence of the notes, none of a drawing', async () => {
    expect(spokenWords('The 3 teams’ 42 plans, 1500 of them')).toEqual(['the', 'three', 'teams', 'forty', 'two', 'plans', 'one', 'thousand', 'five', 'hundred', 'of', 'them'])
    const sentences = listenForLesson(await readFile(join(ROOT, LESSON), 'utf8'), LESSON)
    expect(sentences.map(s => s.text)).toContain('Every request asks the flag service which path to take.')
    expect(sentences.some(s => s.text.includes('FLAG CHECK'))).toBe(false)
    const baker = sentences.find(s => s.text.startsWith('The baker puts'))!
    expect([baker.slide, baker.click, baker.section]).toEqual([3, 1, 'The Story'])
  })

  it('spells a short word the dictionary lacks, as an acronym is said, and leaves out a long one', () => {
    const dictionary = parseDictionary('s EH S\nr AA R\ne IY\nteam T IY M\nread R EH D\nread(2) R IY D\n')
    expect(vocabularyOf(['team', 'sre', 'read', 'seeress'], dictionary)).toEqual({
      entries: [['read', ['R EH D', 'R IY D']], ['sre', ['EH S AA R IY']], ['team', ['T IY M']]],
      unknown: ['seeress'],
    })
  })

  it('models the notes: a word that follows another in them is likelier there than one that never does', () => {
    const arpa = arpaModel([['teams', 'ship', 'features'], ['teams', 'build', 'tools']])
    expect(arpa).toMatch(/^ngram 1=7$/m)
    const logProbability = (gram: string) => Number(new RegExp(`^(-?[\\d.]+) ${gram}(?: |$)`, 'm').exec(arpa)?.[1])
    expect(logProbability('teams ship')).toBeGreaterThan(logProbability('ship'))
    expect(logProbability('<s> teams ship')).toBeCloseTo(Math.log10(0.5 / 2), 3)
  })

  it('judges a sentence skipped when its words are not heard in its place', () => {
    const sentences = listenForLesson('# T\n\n## The Hook\n\nRed apples grow fast. Blue boats float slowly. Green trees stand tall.\n', 'x.md').slice(-3)
    const heard = ['red', 'apples', 'grow', 'fast', 'green', 'trees', 'stand', 'tall'].map((word, i) => ({ word, start: i, end: i + 0.5 }))
    const result = alignHeard(sentences, heard)
    expect(result.sentences.map(s => s.said)).toEqual([true, false, true])
    expect(result.sentences[2]!.start).toBe(4)
    expect(result.wordsPerMinute).toBe(Math.round(8 * 60 / 7.5))
  })
})

describe('a voice where the recogniser heard nothing', () => {
  it('finds the voiced spans of a recording: its words, not its pauses or a click', () => {
    const rate = 1000
    const samples = new Int16Array(3 * rate)
    const tone = (from: number, to: number, level: number) => {
      for (let k = Math.round(from * rate); k < Math.round(to * rate); k++)
        samples[k] = k % 2 === 0 ? level : -level
    }
    tone(0.2, 0.8, 8000)
    tone(1.5, 1.52, 8000)
    tone(2.0, 2.6, 6000)
    tone(2.65, 2.9, 6000)
    const spans = voicedSpans(samples, rate)
    expect(spans.map(span => [span.start, span.end].map(t => Math.round(t * 100) / 100))).toEqual([[0.2, 0.8], [2, 2.9]])
  })

  it('counts a sentence said that the recogniser missed when a voice of its own fills its place, and skipped when its place is quiet', () => {
    const sentences = listenForLesson('# T\n\n## The Hook\n\nRed apples grow fast. Done. Green trees stand tall.\n', 'x.md').slice(-3)
    const heard = ['red', 'apples', 'grow', 'fast', 'green', 'trees', 'stand', 'tall'].map((word, i) => ({ word, start: i < 4 ? i * 0.4 : 3 + i * 0.4, end: (i < 4 ? i * 0.4 : 3 + i * 0.4) + 0.3 }))
    const speech = [{ start: 0, end: 1.5 }, { start: 4.6, end: 6.5 }]
    const quiet = alignHeard(sentences, heard, { voiced: speech })
    expect(quiet.sentences.map(s => s.said)).toEqual([true, false, true])
    const spoken = alignHeard(sentences, heard, { voiced: [...speech.slice(0, 1), { start: 2.4, end: 2.9 }, ...speech.slice(1)] })
    expect(spoken.sentences.map(s => s.said)).toEqual([true, true, true])
    expect([spoken.sentences[1]!.start, spoken.sentences[1]!.end]).toEqual([2.4, 2.9])
    // A voice that runs on from the sentence before is that sentence's own end, misheard.
    const runOn = alignHeard(sentences, heard, { voiced: [{ start: 0, end: 2.9 }, ...speech.slice(1)] })
    expect(runOn.sentences.map(s => s.said)).toEqual([true, false, true])
  })
})

describe('npm run listen on an espeak-ng take', () => {
  let dir: string
  let take: SpokenTake

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'listen-test-'))
    const sentences = listenForLesson(await readFile(join(ROOT, LESSON), 'utf8'), LESSON)
    take = await speakTake(sentences, { skip: i => SKIPPED.has(i), pause: i => PAUSES[i % PAUSES.length]! }, dir)
  }, 120_000)

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('finds the skipped sentences and places the said ones (WebM/Opus, as the presenter view records)', async () => {
    const webm = join(dir, 'take.webm')
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-i', take.path, '-c:a', 'libopus', '-b:a', '32k', webm])
    const { code, out } = await cli(webm, '--lesson', LESSON, '--json')
    expect(code).toBe(0)
    const reported = JSON.parse(out) as { sentences: { text: string, said: boolean, start: number | null, end: number | null }[], wordsPerMinute: number }
    expect(reported.sentences).toHaveLength(take.sentences.length)
    const score = scoreListening(take, reported.sentences)
    expect(score.skipRecall).toBeGreaterThanOrEqual(0.9)
    expect(score.falseSkips).toBeLessThanOrEqual(0.05)
    expect(score.medianStartError).toBeLessThanOrEqual(0.5)
    // espeak-ng speaks at 165 words a minute; the pauses slow the talk down.
    expect(reported.wordsPerMinute).toBeGreaterThan(80)
    expect(reported.wordsPerMinute).toBeLessThan(165)
  }, 120_000)

  it('reports per section and names the skipped sentences', async () => {
    const { code, out } = await cli(take.path, '--lesson', LESSON)
    expect(code).toBe(0)
    expect(out).toMatch(/^section\s+from\s+spoken\s+wpm\s+said$/m)
    expect(out).toMatch(/^The Story\s+\d:\d\d\s+\d:\d\d\s+\d+\s+\d\/5$/m)
    expect(out).toContain('slide 3, click 1: The baker puts the new loaf on one shelf only.')
  }, 120_000)

  it('refuses what it cannot listen to: no file, not audio, silence, another lesson', async () => {
    const missing = await cli(join(dir, 'nothing.wav'), '--lesson', LESSON)
    expect([missing.code, missing.err]).toEqual([2, expect.stringMatching(/nothing\.wav: no such file/)])
    await writeFile(join(dir, 'notes.mp3'), 'these are words, not sound')
    const text = await cli(join(dir, 'notes.mp3'), '--lesson', LESSON)
    expect([text.code, text.err]).toEqual([2, expect.stringMatching(/notes\.mp3: ffmpeg can't decode it as audio/)])
    await run('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-f', 'lavfi', '-i', 'anullsrc=r=16000:cl=mono', '-t', '3', join(dir, 'quiet.wav')])
    const quiet = await cli(join(dir, 'quiet.wav'), '--lesson', LESSON)
    expect([quiet.code, quiet.err]).toEqual([2, expect.stringMatching(/quiet\.wav: 3\.0 s of silence/)])
    const other = await cli(take.path, '--lesson', OTHER_LESSON)
    expect([other.code, other.err]).toEqual([2, expect.stringMatching(/does not follow the lesson's notes/)])
  }, 120_000)

  it('without a recording lists the sentences it listens for, none said', async () => {
    const { code, out } = await cli('--lesson', LESSON, '--json')
    expect(code).toBe(0)
    const listed = JSON.parse(out) as { sentences: { said: boolean, start: null }[], wordsPerMinute: null }
    expect(listed.sentences).toHaveLength(take.sentences.length)
    expect(listed.sentences.every(s => !s.said && s.start === null)).toBe(true)
    expect(listed.wordsPerMinute).toBeNull()
  })
})
