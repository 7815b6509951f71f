// A take whose slides or clicks no longer match the deck: the command names the slides that differ,
// exits 2 and writes nothing (no video, captions or chapters; no build, no Chromium).
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { cp, mkdir, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readDeckInfo } from '../../scripts/export/deck.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'
import { main } from '../../scripts/video.ts'
import { videoSteps } from '../../scripts/video/steps.ts'
import { takeMismatches, takeStepMs } from '../../scripts/video/take.ts'
import { ROOT } from '../e2e/support.ts'
import { capture, scratchDir } from '../support/cli.ts'

const LESSON = 'tests/video-fixture/video-e2e.md'

function runOf(clicks: number[], runId = 'take-0001'): RehearsalRun {
  return {
    version: 1,
    lessonSlug: 'video-e2e',
    runId,
    startedAt: '2026-01-31T09:30:00.000Z',
    elapsedMs: 1000 * clicks.length,
    slides: clicks.map((n, i) => ({ no: i + 1, section: 'S', sectionIndex: i - 1, budgetSeconds: i === 0 ? null : 10, clicksMs: Array.from<number>({ length: n + 1 }).fill(1000) })),
  }
}

describe('a take against its deck', () => {
  it('fits when every slide has its clicks, and gives each step its time', async () => {
    const { readFile } = await import('node:fs/promises')
    const markdown = await readFile(join(ROOT, LESSON), 'utf8')
    const generated = generateDeck(markdown, LESSON)
    const deckText = generated.text
    const deck = readDeckInfo(deckText, '.decks/video-e2e.md')
    const run = runOf(deck.slides.map(s => s.clicks))
    expect(takeMismatches(deck, run)).toEqual([])
    const steps = deck.slides.reduce((n, s) => n + s.clicks + 1, 0)
    expect(takeStepMs(videoSteps(deck, generated.deck), run)).toEqual(Array.from<number>({ length: steps }).fill(1000))
  })

  it('stops with exit 2 naming the slides that differ, and writes nothing', async () => {
    const root = await scratchDir()
    await mkdir(join(root, 'lessons'), { recursive: true })
    await cp(join(ROOT, LESSON), join(root, 'lessons/video-e2e.md'))
    // The deck has slides with 0, 2, 4 and 2 clicks; the take was made when slide 3 had 2 and there was a fifth slide.
    await mkdir(join(root, 'rehearsals/video-e2e'), { recursive: true })
    await writeFile(join(root, 'rehearsals/video-e2e/2026-01-31T09-30-00-000Z.json'), JSON.stringify(runOf([0, 2, 2, 2, 1])))
    const { io, out, err } = capture(root)
    const code = await main(['lessons/video-e2e.md', '--take', 'latest'], io)
    expect(code).toBe(2)
    expect(out).toEqual([])
    const message = err.join('\n')
    expect(message).toContain('slide 3 "Let\'s Walk Through the Diagram": the take has 2 clicks, the deck 4')
    expect(message).toContain('slide 5 of the take is not in the deck')
    expect(message).not.toContain('slide 2 ')
    expect(await readdir(root)).not.toContain('videos')
  }, 60_000)
})
