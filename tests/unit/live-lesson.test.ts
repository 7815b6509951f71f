// The lesson watcher as a plugin of a real Vite dev server (its own chokidar watcher) in a scratch
// project: a save regenerates the deck; a broken save or a deck edited by hand keeps the deck as it
// was, prints FILE:LINE:COL and tells the clients; the next good save clears it.
import type { ViteDevServer } from 'vite'
import type { LessonStatus } from '../../scripts/dev-server/hmr-events.ts'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { createLogger, createServer } from 'vite'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { LESSON_STATUS_EVENT } from '../../scripts/dev-server/hmr-events.ts'
import { liveLesson } from '../../scripts/dev-server/live-lesson.ts'
import { main as generate } from '../../scripts/generate.ts'
import { capture, scratchDir } from '../support/cli.ts'

const ROOT = join(import.meta.dirname, '../..')
const LESSON = 'lessons/platform-vs-product.md'

let cwd: string
let server: ViteDevServer
let statuses: LessonStatus[]
let errors: string[]

beforeEach(async () => {
  cwd = await scratchDir()
  await cp(join(ROOT, 'lessons'), join(cwd, 'lessons'), { recursive: true })
  expect(await generate([LESSON, '--quiet'], capture(cwd).io)).toBe(0)
  statuses = []
  errors = []
  const logger = createLogger('silent')
  logger.error = message => void errors.push(message)
  server = await createServer({
    root: cwd,
    configFile: false,
    logLevel: 'silent',
    customLogger: logger,
    server: { middlewareMode: true, hmr: false, ws: false },
    plugins: [liveLesson({ LESSON_DECKS_LESSON: LESSON, LESSON_DECKS_DECK: 'slides.md' })],
  })
  // What the plugin tells the clients, through Vite's own channel.
  const send = server.ws.send.bind(server.ws) as (...args: unknown[]) => void
  server.ws.send = ((...args: unknown[]) => {
    const payload = args[0] as { type?: string, event?: string, data?: LessonStatus }
    if (payload.type === 'custom' && payload.event === LESSON_STATUS_EVENT)
      statuses.push(payload.data!)
    send(...args)
  }) as typeof server.ws.send
  // The watcher is ready once it reports the lesson as watched.
  await expect.poll(() => Object.keys(server.watcher.getWatched()).some(dir => dir.endsWith('lessons'))).toBe(true)
})

afterEach(async () => {
  await server.close()
  await rm(cwd, { recursive: true, force: true })
})

async function saveLesson(edit: (text: string) => string): Promise<void> {
  const path = join(cwd, LESSON)
  await writeFile(path, edit(await readFile(path, 'utf8')))
}

const deck = () => readFile(join(cwd, 'slides.md'), 'utf8')

describe('the lesson watcher', () => {
  it('regenerates the deck when the lesson is saved', async () => {
    await saveLesson(text => text.replace('features users see.', 'features users adore.'))
    await expect.poll(deck, { timeout: 10_000 }).toContain('features users adore.')
    expect(statuses.at(-1)).toEqual({ problem: null })
  })

  it('keeps the last good deck when a save breaks the lesson, says where, and clears it on the next good save', async () => {
    const before = await deck()
    await saveLesson(text => text.replace(/^# /, ''))
    await expect.poll(() => statuses.at(-1)?.problem ?? null, { timeout: 10_000 }).toMatch(/^lessons\/platform-vs-product\.md:1:1: expected the lesson to start with a `# Title` heading/)
    expect(errors.join('\n')).toMatch(/lessons\/platform-vs-product\.md:1:1: /)
    expect(await deck()).toBe(before)

    await saveLesson(text => `# ${text.replace('features users see.', 'features users adore.')}`)
    await expect.poll(() => statuses.at(-1), { timeout: 10_000 }).toEqual({ problem: null })
    expect(await deck()).toContain('features users adore.')
  })

  it('never overwrites a deck edited by hand', async () => {
    const edited = `${await deck()}\nEdited by hand.\n`
    await writeFile(join(cwd, 'slides.md'), edited)
    await saveLesson(text => text.replace('features users see.', 'features users adore.'))
    await expect.poll(() => statuses.at(-1)?.problem ?? null, { timeout: 10_000 }).toMatch(/^slides\.md:1:1: was edited by hand since it was generated/)
    expect(await deck()).toBe(edited)
  })
})

describe('the lesson watcher at the rehearsed pace', () => {
  it('keeps planning at the rehearsed pace after a save, so every section still has the time its notes need', async () => {
    await server.close()
    server = await createServer({
      root: cwd,
      configFile: false,
      logLevel: 'silent',
      server: { middlewareMode: true, hmr: false, ws: false },
      plugins: [liveLesson({ LESSON_DECKS_LESSON: LESSON, LESSON_DECKS_DECK: 'slides.md', LESSON_DECKS_WPM: 'rehearsed' })],
    })
    await expect.poll(() => Object.keys(server.watcher.getWatched()).some(dir => dir.endsWith('lessons'))).toBe(true)
    await saveLesson(text => text.replace('features users see.', 'features users adore.'))
    await expect.poll(deck, { timeout: 10_000 }).toContain('features users adore.')
    const text = await deck()
    expect(text).not.toMatch(/needSeconds: null/)
    expect(text).toMatch(/needSeconds: \d+/)
  })
})
