// `npm run review` in real Chromium, over a lesson of our own copied into the project: the page lists
// each picture; pressing Wrong writes a `not:` into the section's pictures line (every other byte of the
// lesson kept) and the regenerated deck leaves the word out; Pick another writes `word = icon`, and so
// does a word added to a story left without a picture; the deck,
// built by the real Slidev CLI, draws the picked icon on its slide; SIGTERM stops the command.
import type { Buffer } from 'node:buffer'
import type { ChildProcess } from 'node:child_process'
import type { Browser, Page } from 'playwright-chromium'
import type { Served } from './support.ts'
import { spawn } from 'node:child_process'
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { launchChromium } from '../../scripts/browser.ts'
import { deckFileFor } from '../../scripts/deck-location.ts'
import { freePort } from '../../scripts/free-port.ts'
import { iconSvg } from '../../scripts/lesson/icons/index.ts'
import { buildDeck, ROOT, serveDir, watchedPage } from './support.ts'

const SHOTS = join(ROOT, 'artifacts/screenshots')
/** Inside the project, so that the review writes its deck where every deck of the project goes (.decks/). */
const LESSON = `.cache/e2e/review-kitchens-${process.pid}.md`
const DECK = deckFileFor(LESSON)
const BUILT = join(ROOT, `.cache/e2e/review-kitchens-${process.pid}-built`)
/** A kitchen in our own words: the picker draws the cook, the teapot, the basket and the bread, among others. */
const TEXT = `# Kitchens Under Pressure

## Video Length: ~3 minutes | Level: Staff

## The Hook (20-30 seconds)

A cook stirs the broth on the stove while a waiter carries a teapot and a basket of bread to the table. Every guest gets a dish at once.

## Another Way to See It

A promise cannot be taken back. You can only make a new one that undoes its harm, like a refund after a cancelled flight.

## Quick Recap

- Keep what is asked for often close at hand.
`

let review: ChildProcess
let url: string
let browser: Browser
let page: Page
let problems: string[]
let served: Served | undefined

function card(word: string) {
  return page.locator(`.picture[data-word="${word}"]`)
}

beforeAll(async () => {
  await mkdir(join(ROOT, '.cache/e2e'), { recursive: true })
  await writeFile(join(ROOT, LESSON), TEXT)
  const port = await freePort()
  review = spawn(process.execPath, ['scripts/review.ts', LESSON, '--port', String(port)], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] })
  url = await new Promise<string>((done, fail) => {
    review.stdout!.on('data', (chunk: Buffer) => done(chunk.toString().trim()))
    review.once('exit', code => fail(new Error(`npm run review exited with ${code}`)))
  })
  browser = await launchChromium()
  ;({ page, problems } = await watchedPage(browser, { viewport: { width: 1280, height: 800 } }))
})

afterAll(async () => {
  review?.kill('SIGKILL')
  await browser?.close()
  await served?.close()
  await Promise.all([LESSON, DECK].map(file => rm(join(ROOT, file), { force: true })))
  await rm(BUILT, { recursive: true, force: true })
})

describe('npm run review', () => {
  it('lists every picture with its section, word, sentence and icon', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    await page.goto(url)
    await expect.poll(() => card('cook').count()).toBe(1)
    const cook = card('cook')
    expect(await cook.locator('.word').innerText()).toBe('Cook')
    expect(await cook.locator('mark').innerText()).toBe('cook')
    expect(await cook.locator('.sentence').innerText()).toBe('A cook stirs the broth on the stove while a waiter carries a teapot and a basket of bread to the table.')
    expect(await cook.locator('svg.icon').boundingBox()).toMatchObject({ width: 64, height: 64 })
    expect(await page.locator('section[data-section="The Hook"] h2').innerText()).toBe('The Hook')
    await page.screenshot({ path: join(SHOTS, 'review-list.png'), fullPage: true })
  })

  it('writes wrong into the lesson\'s pictures line only, and the regenerated deck leaves the word out', async () => {
    await card('cook').getByRole('button', { name: 'Wrong' }).click()
    await expect.poll(() => page.locator('.notice').count()).toBe(1)
    expect(await page.locator('.notice').innerText()).toContain('The Hook never draws “cook”')
    expect(await card('cook').count()).toBe(0)
    expect(await readFile(join(ROOT, LESSON), 'utf8')).toBe(TEXT.replace('## The Hook (20-30 seconds)\n', '## The Hook (20-30 seconds)\n<!-- pictures: not: cook -->\n'))
    const deck = await readFile(join(ROOT, DECK), 'utf8')
    expect(deck).toMatch(/<IconScene /)
    expect(deck).not.toContain('"word":"cook"')
    expect(deck).not.toContain('pictures:')
    await page.screenshot({ path: join(SHOTS, 'review-after-wrong.png'), fullPage: true })
  })

  it('picks another icon from those offered for a search, and shows the new pick', async () => {
    await card('bread').getByRole('link', { name: 'Pick another' }).click()
    await page.getByLabel('Icons for').fill('baguette')
    await page.getByRole('button', { name: 'Search' }).click()
    await expect.poll(() => page.locator('.offer').count()).toBeGreaterThan(0)
    await page.screenshot({ path: join(SHOTS, 'review-pick.png'), fullPage: true })
    await page.locator('.offer', { hasText: 'baguette-bread' }).getByRole('button').click()
    await expect.poll(() => card('bread').getAttribute('data-icon')).toBe('baguette-bread')
    expect(await readFile(join(ROOT, LESSON), 'utf8')).toContain('## The Hook (20-30 seconds)\n<!-- pictures: bread = baguette-bread; not: cook -->\n\nA cook stirs')
    expect(problems).toEqual([])
  })

  it('adds a picture to a story left without one: a word it says, and the icon picked for it', async () => {
    await page.goto(url)
    const story = page.locator('section[data-section="Another Way to See It"]')
    expect(await story.locator('.how').innerText()).toBe('No picture of things.')
    await page.screenshot({ path: join(SHOTS, 'review-add.png'), fullPage: true })
    await story.getByLabel('Draw a word it says').fill('flight')
    await story.getByRole('button', { name: 'Find icons' }).click()
    await page.getByLabel('Icons for').fill('airplane')
    await page.getByRole('button', { name: 'Search' }).click()
    await page.locator('.offer:has(input[name="icon"][value="airplane"])').getByRole('button').click()
    await expect.poll(() => card('flight').getAttribute('data-icon')).toBe('airplane')
    expect(await readFile(join(ROOT, LESSON), 'utf8')).toContain('## Another Way to See It\n<!-- pictures: flight = airplane -->\n')
    expect(problems).toEqual([])
  })

  it('stops on SIGTERM, with exit 0', async () => {
    const exited = new Promise<number | null>(done => review.once('exit', code => done(code)))
    review.kill('SIGTERM')
    expect(await exited).toBe(0)
  })

  it('the picked icon reaches the built deck\'s slide, and the forbidden word does not', async () => {
    // The deck the review regenerated, as Slidev builds it for the PDF, the PowerPoint file and the video.
    await buildDeck(DECK, BUILT)
    served = await serveDir(BUILT)
    const { page: slide, problems: slideProblems } = await watchedPage(browser)
    await slide.goto(`${served.url}/2?clicks=9`)
    const bread = slide.locator('.slidev-page-2 figure[data-word="bread"]')
    await expect.poll(() => bread.count()).toBe(1)
    // The icon's own drawing: a path of the baguette, as the icon set draws it.
    const path = /\sd="([^"]+)"/.exec(iconSvg('baguette-bread').body)![1]!
    expect(await bread.locator('svg').innerHTML()).toContain(path)
    expect(await slide.locator('.slidev-page-2 figure[data-word="cook"]').count()).toBe(0)
    expect(await slide.locator('.slidev-page-2').innerText()).not.toContain('pictures:')
    await slide.screenshot({ path: join(SHOTS, 'review-slide-after.png') })
    // The picture added to the story left without one.
    await slide.goto(`${served.url}/3?clicks=9`)
    await expect.poll(() => slide.locator('.slidev-page-3 figure[data-word="flight"]').count()).toBe(1)
    await slide.screenshot({ path: join(SHOTS, 'review-slide-added.png') })
    expect(slideProblems).toEqual([])
  })
})
