// `npm start`: private by default, shared on the network only behind a password.
import { cp, rm } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main, parseStartArgs, slidevArgs } from '../../scripts/start.ts'
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

  /** Runs main() with a Slidev stand-in that records its arguments instead of serving. */
  async function start(argv: string[]) {
    const captured = capture(cwd)
    const calls: string[][] = []
    const code = await main(argv, captured.io, async (args) => {
      calls.push(args)
      return 0
    })
    return { code, calls, ...captured }
  }

  it('binds to this machine only by default', async () => {
    const { code, calls, err } = await start([])
    expect(code).toBe(0)
    expect(calls).toEqual([['slides.md', '--bind', '127.0.0.1']])
    expect(err.join('\n')).toMatch(/Private: only this machine/)
  })

  it('shares on the network behind the password given with --remote', async () => {
    const { calls } = await start(['--remote', 's3cret', '--port', '4040'])
    expect(calls).toEqual([['slides.md', '--bind', '0.0.0.0', '--remote', 's3cret', '--port', '4040']])
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
