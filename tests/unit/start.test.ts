// `npm start`: private by default, shared on the network only behind a password; which deck it
// presents and what it tells the dev server to watch; the audience link's arguments and a taken port.
import type { Server } from 'node:net'
import type { SlidevSession } from '../../scripts/dev-server/run-slidev.ts'
import { cp, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deckFileFor } from '../../scripts/deck-location.ts'
import { slidevArgs } from '../../scripts/dev-server/run-slidev.ts'
import { main, parseStartArgs } from '../../scripts/start.ts'
import { capture, scratchDir } from '../support/cli.ts'

const ROOT = join(import.meta.dirname, '../..')

describe('npm start', () => {
  let cwd: string
  beforeEach(async () => {
    cwd = await scratchDir()
    await cp(join(ROOT, 'lessons'), join(cwd, 'lessons'), { recursive: true })
  })
  afterEach(async () => {
    await rm(cwd, { recursive: true, force: true })
  })

  /** Runs main() with a Slidev stand-in that records its arguments and session instead of serving. */
  async function start(argv: string[]) {
    const captured = capture(cwd)
    const calls: Array<{ args: string[], session: SlidevSession }> = []
    const code = await main(argv, captured.io, async (args, session) => {
      calls.push({ args, session })
      return 0
    })
    return { code, calls, ...captured }
  }

  it('presents the project\'s lesson from slides.md and has the dev server watch it', async () => {
    const { code, calls } = await start([])
    expect(code).toBe(0)
    expect(calls[0]!.args[0]).toBe('slides.md')
    expect(calls[0]!.session.env).toEqual({ LESSON_DECKS_ROOT: cwd, LESSON_DECKS_LESSON: 'lessons/platform-vs-product.md', LESSON_DECKS_DECK: 'slides.md' })
    expect(await readFile(join(cwd, 'slides.md'), 'utf8')).toMatch(/lessonSource: "lessons\/platform-vs-product\.md"/)
  })

  it('presents another lesson from its own generated deck, leaving slides.md alone', async () => {
    const { code, calls } = await start(['lessons/deprecation-and-migration.md', '--wpm', '140'])
    expect(code).toBe(0)
    const deck = deckFileFor('lessons/deprecation-and-migration.md')
    expect(deck).not.toBe('slides.md')
    expect(calls[0]!.args[0]).toBe(deck)
    expect(calls[0]!.session.env).toEqual({ LESSON_DECKS_ROOT: cwd, LESSON_DECKS_LESSON: 'lessons/deprecation-and-migration.md', LESSON_DECKS_DECK: deck, LESSON_DECKS_WPM: '140' })
    expect(await readFile(join(cwd, deck), 'utf8')).toMatch(/lessonSource: "\.\.\/lessons\/deprecation-and-migration\.md"/)
    await expect(readFile(join(cwd, 'slides.md'))).rejects.toThrow()
  })

  it('refuses to overwrite a deck edited by hand, and says so', async () => {
    await start([])
    await writeFile(join(cwd, 'slides.md'), `${await readFile(join(cwd, 'slides.md'), 'utf8')}\nEdited.\n`)
    const { code, calls, err } = await start([])
    expect(code).toBe(2)
    expect(calls).toEqual([])
    expect(err.join('\n')).toMatch(/slides\.md:1:1: was edited by hand/)
  })

  it('reads the audience options, and refuses them where they make no sense', () => {
    expect(parseStartArgs(['--audience'])).toMatchObject({ audience: true, audiencePort: undefined })
    expect(parseStartArgs(['--audience', '--audience-port', '4100'])).toMatchObject({ audience: true, audiencePort: 4100 })
    expect(parseStartArgs(['--audience-port', '4100'])).toEqual({ error: '--audience-port goes with --audience' })
    expect(parseStartArgs(['--audience', '--audience-port', 'x'])).toEqual({ error: '--audience-port expects a port number such as 3040; got "x"' })
    expect(parseStartArgs(['--audience', '--remote', 'pw'])).toMatchObject({ error: expect.stringMatching(/choose one/) })
  })

  it('stops with exit 2 naming the audience port when it is taken, before the dev server starts', async () => {
    const blocker: Server = createServer()
    await new Promise<void>(done => blocker.listen(0, '0.0.0.0', done))
    const { port } = blocker.address() as { port: number }
    try {
      const { code, calls, err } = await start(['--audience', '--audience-port', String(port)])
      expect(code).toBe(2)
      expect(calls).toEqual([])
      expect(err.join('\n')).toMatch(new RegExp(`start: port ${port} for the audience is taken`))
    }
    finally {
      blocker.close()
    }
  })

  it('binds to this machine only by default', async () => {
    const { code, calls, err } = await start([])
    expect(code).toBe(0)
    expect(calls.map(call => call.args)).toEqual([['slides.md', '--bind', '127.0.0.1']])
    expect(err.join('\n')).toMatch(/Private: only this machine/)
  })

  it('shares on the network behind the password given with --remote', async () => {
    const { calls } = await start(['--remote', 's3cret', '--port', '4040'])
    expect(calls.map(call => call.args)).toEqual([['slides.md', '--bind', '0.0.0.0', '--remote', 's3cret', '--port', '4040']])
  })

  it.each([
    [['--remote']],
    [['--remote=']],
    [['--remote', '   ']],
    [['--remote', '--port', '4040']],
  ])('refuses to share without a password: %j exits 2 and starts nothing', async (argv) => {
    const { code, calls, err } = await start(argv)
    expect(code).toBe(2)
    expect(calls).toEqual([])
    expect(err.join('\n')).toMatch(/sharing on the network needs a password: npm start -- --remote PASSWORD/)
  })

  it('refuses a port that is not one', () => {
    expect(parseStartArgs(['--port', '70000'])).toEqual({ error: '--port expects a port number such as 3030; got "70000"' })
    expect(slidevArgs({ port: 3031 })).toEqual(['slides.md', '--bind', '127.0.0.1', '--port', '3031'])
  })
})
