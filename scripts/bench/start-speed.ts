// The figures of "presenting starts fast": `npm start` to the first slide drawn, at a first start
// after set-up (no Vite dependency cache, no build of the deck) and at a second start, each against
// plain Slidev (`slidev DECK`, none of the project's plugins) on a text deck of as many slides,
// measured the same way in the same run, taking turns so the machine's load weighs on both alike.
import type { PresentCommand, PresentTiming } from './present.ts'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parseSync } from '@slidev/parser'
import { launchChromium } from '../browser.ts'
import { BUILD_CACHE, buildDirOf, currentBuild } from '../export/build-cache.ts'
import { median } from '../median.ts'
import { presentFirstSlide } from './present.ts'

export const START_TARGETS = { present_first_slide_ms: 3000 }

interface Figure { name: string, value: number, unit: string }

const DECK = 'slides.md'
const BUILD_WAIT_MS = 300_000
const POLL_MS = 500

/** A text deck of `slides` slides, each a heading and three points. */
export function plainDeck(slides: number): string {
  const slide = (no: number) => `# Slide ${no}\n\n- A first point of slide ${no}\n- A second point\n- A third point\n`
  return Array.from({ length: slides }, (_, i) => slide(i + 1)).join('\n---\n\n')
}

export async function startFigures(root: string, benchDir: string, repetitions: number): Promise<Figure[]> {
  const slides = parseSync(await readFile(join(root, DECK), 'utf8'), join(root, DECK)).slides.length
  // Its own folder and package.json: its own Vite cache, none of the project's setup/ or components/.
  const plainDir = join(benchDir, 'plain-slidev')
  await mkdir(plainDir, { recursive: true })
  await writeFile(join(plainDir, 'package.json'), '{ "private": true }\n')
  await writeFile(join(plainDir, DECK), plainDeck(slides))
  const project: PresentCommand = { command: 'npm', args: port => ['start', '--', '--port', String(port)], cwd: root }
  const plain: PresentCommand = {
    command: process.execPath,
    args: port => [join(root, 'node_modules/@slidev/cli/bin/slidev.mjs'), DECK, '--port', String(port), '--bind', '127.0.0.1'],
    cwd: plainDir,
  }
  const browser = await launchChromium()
  try {
    // A first start after set-up: no Vite cache, no build. It is left running until its build for the next start is done.
    await Promise.all([join(root, 'node_modules/.vite'), buildDirOf(join(root, BUILD_CACHE), DECK), join(plainDir, 'node_modules/.vite')].map(dir => rm(dir, { recursive: true, force: true })))
    const firstRun = await presentFirstSlide(browser, { ...project, keepUntil: () => builtFor(root) })
    const plainFirst = await presentFirstSlide(browser, plain)
    const runs: PresentTiming[] = []
    const plainRuns: PresentTiming[] = []
    for (let i = 0; i < repetitions; i++) {
      runs.push(await presentFirstSlide(browser, project))
      plainRuns.push(await presentFirstSlide(browser, plain))
    }
    const second = median(runs.map(r => r.firstSlideMs))
    const plainSecond = median(plainRuns.map(r => r.firstSlideMs))
    return [
      { name: 'present_first_start_ms', value: firstRun.firstSlideMs, unit: 'ms' },
      { name: 'slidev_first_start_ms', value: plainFirst.firstSlideMs, unit: 'ms' },
      { name: 'present_first_vs_slidev', value: firstRun.firstSlideMs / plainFirst.firstSlideMs, unit: '×' },
      { name: 'present_first_slide_ms', value: second, unit: 'ms' },
      { name: 'present_server_ms', value: median(runs.map(r => r.serverMs)), unit: 'ms' },
      { name: 'slidev_first_slide_ms', value: plainSecond, unit: 'ms' },
      { name: 'present_vs_slidev', value: second / plainSecond, unit: '×' },
    ]
  }
  finally {
    await browser.close()
  }
}

/** Resolves once the deck's build for the next start is current. */
async function builtFor(root: string): Promise<void> {
  const until = performance.now() + BUILD_WAIT_MS
  while (await currentBuild(root, DECK, join(root, BUILD_CACHE)) === undefined) {
    if (performance.now() > until)
      throw new Error(`npm start did not build ${DECK} for the next start within ${BUILD_WAIT_MS / 1000} s`)
    await new Promise(done => setTimeout(done, POLL_MS))
  }
}
