// The figures of "presenting starts fast": `npm start` to the first slide drawn, at a first start
// after set-up (no Vite dependency cache, no build of the deck), at a second start, and at the first
// start after an edit of the lesson (its build no longer current: a sentence added to its last section,
// and a new title, which changes the first slide), each against plain Slidev
// (`slidev DECK`, none of the project's plugins) on a text deck of as many slides, measured the same
// way in the same run, taking turns so the machine's load weighs on both alike.
import type { Browser } from 'playwright-chromium'
import type { PresentCommand, PresentTiming } from './present.ts'
import { copyFile, mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { parseSync } from '@slidev/parser'
import { launchChromium } from '../browser.ts'
import { deckFileFor } from '../deck-location.ts'
import { BUILD_CACHE, buildDirOf, currentBuild } from '../export/build-cache.ts'
import { median } from '../median.ts'
import { presentFirstSlide } from './present.ts'

export const START_TARGETS = { present_first_slide_ms: 3000, present_after_edit_vs_slidev: 1, present_after_title_edit_vs_slidev: 1 }

interface Figure { name: string, value: number, unit: string }

const DECK = 'slides.md'
/** The lesson `npm start` presents by default, copied to be edited between starts. */
const LESSON = 'lessons/platform-vs-product.md'
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
    // A sentence more in the last section's notes: the slides before it are shown from the last build.
    const oneMoreSentence = (text: string, i: number) => `${text}\nOne more sentence said in rehearsal number ${i + 1}.\n`
    const { afterEdit, plainAfterEdit } = await afterAnEdit(root, benchDir, browser, plain, repetitions, oneMoreSentence)
    // A new title: the cover changed, so the build has nothing to show and the dev server starts as it would without one.
    const title = await afterAnEdit(root, benchDir, browser, plain, repetitions, (text, i) => text.replace(/^# (.*)$/m, `# $1, take ${i + 1}`))
    return [
      { name: 'present_first_start_ms', value: firstRun.firstSlideMs, unit: 'ms' },
      { name: 'slidev_first_start_ms', value: plainFirst.firstSlideMs, unit: 'ms' },
      { name: 'present_first_vs_slidev', value: firstRun.firstSlideMs / plainFirst.firstSlideMs, unit: '×' },
      { name: 'present_first_slide_ms', value: second, unit: 'ms' },
      { name: 'present_server_ms', value: median(runs.map(r => r.serverMs)), unit: 'ms' },
      { name: 'slidev_first_slide_ms', value: plainSecond, unit: 'ms' },
      { name: 'present_vs_slidev', value: second / plainSecond, unit: '×' },
      { name: 'present_after_edit_ms', value: afterEdit, unit: 'ms' },
      { name: 'slidev_after_edit_ms', value: plainAfterEdit, unit: 'ms' },
      { name: 'present_after_edit_vs_slidev', value: afterEdit / plainAfterEdit, unit: '×' },
      { name: 'present_after_title_edit_ms', value: title.afterEdit, unit: 'ms' },
      { name: 'present_after_title_edit_vs_slidev', value: title.afterEdit / title.plainAfterEdit, unit: '×' },
    ]
  }
  finally {
    await browser.close()
  }
}

/**
 * The first start after an edit of the lesson, each time: a copy of the lesson presented once (its
 * build for the next start made), then edited by `edit` before each start, taking turns with plain Slidev.
 */
type Edit = (lesson: string, take: number) => string

async function afterAnEdit(root: string, benchDir: string, browser: Browser, plain: PresentCommand, repetitions: number, edit: Edit) {
  const lesson = join(benchDir, 'edited-lesson.md')
  await copyFile(join(root, LESSON), lesson)
  const deck = deckFileFor(lesson)
  const edited: PresentCommand = { command: 'npm', args: port => ['start', '--', lesson, '--port', String(port)], cwd: root }
  try {
    await presentFirstSlide(browser, { ...edited, keepUntil: () => builtFor(root, deck) })
    const runs: PresentTiming[] = []
    const plainRuns: PresentTiming[] = []
    for (let i = 0; i < repetitions; i++) {
      // The deck changes: the build is no longer current.
      await writeFile(lesson, edit(await readFile(lesson, 'utf8'), i))
      runs.push(await presentFirstSlide(browser, edited))
      plainRuns.push(await presentFirstSlide(browser, plain))
    }
    return { afterEdit: median(runs.map(r => r.firstSlideMs)), plainAfterEdit: median(plainRuns.map(r => r.firstSlideMs)) }
  }
  finally {
    await rm(join(root, deck), { force: true })
    await rm(buildDirOf(join(root, BUILD_CACHE), deck), { recursive: true, force: true })
  }
}

/** Resolves once the deck's build for the next start is current. */
async function builtFor(root: string, deck = DECK): Promise<void> {
  const until = performance.now() + BUILD_WAIT_MS
  while (await currentBuild(root, deck, join(root, BUILD_CACHE)) === undefined) {
    if (performance.now() > until)
      throw new Error(`npm start did not build ${deck} for the next start within ${BUILD_WAIT_MS / 1000} s`)
    await new Promise(done => setTimeout(done, POLL_MS))
  }
}
