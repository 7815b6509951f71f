// The generate command through its main(): what it writes, what it refuses, and that a failure loses nothing.
import { Buffer } from 'node:buffer'
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { beforeEach, describe, expect, it } from 'vitest'
import { main } from '../../scripts/generate.ts'
import { capture, scratchDir } from '../support/cli.ts'

const LESSON = '# A Lesson\n\n## Video Length: ~1 minute | Level: Staff\n\n## The Hook (20 seconds)\n\nOne. Two. Three.\n'
let dir: string

beforeEach(async () => {
  dir = await scratchDir()
  await mkdir(join(dir, 'lessons'))
  await writeFile(join(dir, 'lessons/a.md'), LESSON)
})

async function run(...argv: string[]) {
  const captured = capture(dir)
  const code = await main(argv, captured.io)
  return { code, out: captured.out.join('\n'), err: captured.err.join('\n') }
}

describe('generate', () => {
  it('writes the deck and prints its path on stdout, the pacing table on stderr', async () => {
    const { code, out, err } = await run('lessons/a.md', '--out', 'deck.md')
    expect(code).toBe(0)
    expect(out).toBe('deck.md')
    expect(err).toMatch(/The Hook\s+0:20\s+0:20\s+0:01/)
    const deck = await readFile(join(dir, 'deck.md'), 'utf8')
    expect(deck).toMatch(/^---\n# Generated from lessons\/a\.md by `npm run generate`/)
  })

  it('lists, by section, the names and figures said only in the notes, and the figures over lessons/', async () => {
    const story = 'Imagine a restaurant. The chef cooks. The kitchen is old. The fridge hums. The oven is hot. The waiter runs. On Tuesday, Netflix called about 30% of the orders.'
    await writeFile(join(dir, 'lessons/b.md'), `# B\n\n## Video Length: ~1 minute\n\n## Surprising Truth\n\n${story}\n\n## The Story\n\n${story}\n`)
    const { code, err } = await run('lessons/b.md', '--out', 'deck.md')
    expect(code).toBe(0)
    // The text slide finds room for them; the drawn restaurant scene has none.
    expect(err).not.toMatch(/^ {2}Surprising Truth:/m)
    expect(err).toMatch(/^ {2}The Story: 30%, Tuesday, Netflix$/m)
    expect(err).toMatch(/^on_slide_names: 50\.0 % of 6 names and figures in 2 lessons \(this lesson 50\.0 %\); dangling_points: 0$/m)
  })

  it('says how much too long the whole script is', async () => {
    await writeFile(join(dir, 'lessons/long.md'), `# Long\n\n## Video Length: ~1 minute\n\n## The Story\n\n${'word '.repeat(300)}\n`)
    const { code, err } = await run('lessons/long.md', '--out', 'deck.md')
    expect(code).toBe(0)
    expect(err).toMatch(/warning: lessons\/long\.md:5:1: "The Story" needs 2:00 at 150 words a minute but has 1:00 of the total/)
    expect(err).toMatch(/The notes need 2:00 at 150 words a minute for a plan of 1:00: that is 300 words a minute, or about 50 % of the narration to cut\./)
  })

  it('gives byte-identical output for the same lesson, and --check agrees', async () => {
    await run('lessons/a.md', '--out', 'deck.md')
    const first = await readFile(join(dir, 'deck.md'))
    await run('lessons/a.md', '--out', 'deck.md')
    expect(await readFile(join(dir, 'deck.md'))).toEqual(first)
    expect((await run('lessons/a.md', '--out', 'deck.md', '--check')).code).toBe(0)
  })

  it('--check exits 1 when the lesson changed since the deck was written, and writes nothing', async () => {
    await run('lessons/a.md', '--out', 'deck.md')
    const before = await readFile(join(dir, 'deck.md'))
    await writeFile(join(dir, 'lessons/a.md'), LESSON.replace('Three.', 'Four.'))
    const { code, err } = await run('lessons/a.md', '--out', 'deck.md', '--check')
    expect(code).toBe(1)
    expect(err).toMatch(/deck\.md is stale/)
    expect(await readFile(join(dir, 'deck.md'))).toEqual(before)
  })

  it('--check exits 1 when the deck does not exist yet', async () => {
    expect((await run('lessons/a.md', '--out', 'missing.md', '--check')).code).toBe(1)
  })

  it('refuses to overwrite a deck edited by hand, and --force overwrites it', async () => {
    await run('lessons/a.md', '--out', 'deck.md')
    const edited = `${await readFile(join(dir, 'deck.md'), 'utf8')}\n<!-- my own change -->\n`
    await writeFile(join(dir, 'deck.md'), edited)
    const refused = await run('lessons/a.md', '--out', 'deck.md')
    expect(refused.code).toBe(2)
    expect(refused.err).toMatch(/deck\.md:1:1: was edited by hand since it was generated; .* --force/)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe(edited)
    expect((await run('lessons/a.md', '--out', 'deck.md', '--force')).code).toBe(0)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).not.toBe(edited)
  })

  it('refuses to overwrite a file it did not write', async () => {
    await writeFile(join(dir, 'deck.md'), '# my slides\n')
    const { code, err } = await run('lessons/a.md', '--out', 'deck.md')
    expect(code).toBe(2)
    expect(err).toMatch(/was not written by this generator/)
    expect(await readFile(join(dir, 'deck.md'), 'utf8')).toBe('# my slides\n')
  })

  it.each([
    ['empty', '', /bad\.md:1:1: the lesson is empty/],
    ['untitled', 'Intro\n\n## The Hook\n\nx\n', /bad\.md:1:1: expected the lesson to start with a `# Title`/],
    ['without sections', '# Title\n\nJust text.\n', /bad\.md:4:1: the lesson has a title but no sections/],
  ])('rejects an %s lesson with exit 2 and leaves the existing deck byte-identical', async (_, lesson, message) => {
    await run('lessons/a.md', '--out', 'deck.md')
    const before = await readFile(join(dir, 'deck.md'))
    await writeFile(join(dir, 'bad.md'), lesson)
    const { code, err, out } = await run('bad.md', '--out', 'deck.md')
    expect(code).toBe(2)
    expect(err).toMatch(message)
    expect(out).toBe('')
    expect(await readFile(join(dir, 'deck.md'))).toEqual(before)
    expect((await readdir(dir)).filter(name => name.endsWith('.tmp'))).toEqual([])
  })

  it('names the line and column of a byte that is not UTF-8', async () => {
    await writeFile(join(dir, 'latin1.md'), Buffer.concat([Buffer.from('# Caf'), Buffer.from([0xE9]), Buffer.from('\n\n## The Hook\n\nx\n')]))
    const { code, err } = await run('latin1.md', '--out', 'deck.md')
    expect(code).toBe(2)
    expect(err).toMatch(/latin1\.md:1:6: byte 0xe9 is not UTF-8 text; expected the lesson saved as UTF-8/)
  })

  it('says when the lesson cannot be read', async () => {
    const { code, err } = await run('lessons/nope.md')
    expect(code).toBe(2)
    expect(err).toMatch(/lessons\/nope\.md:1:1: cannot read the lesson \(ENOENT\)/)
  })

  it('exits 2 and leaves things as they were when it cannot write', async () => {
    await mkdir(join(dir, 'deck.md'))
    await writeFile(join(dir, 'deck.md/keep.txt'), 'kept')
    const { code, err } = await run('lessons/a.md', '--out', 'deck.md', '--force')
    expect(code).toBe(2)
    expect(err).toMatch(/deck\.md:1:1: cannot write the deck \(E[A-Z]+\); the file is left as it was/)
    expect(await readFile(join(dir, 'deck.md/keep.txt'), 'utf8')).toBe('kept')
    expect((await readdir(dir)).filter(name => name.endsWith('.tmp'))).toEqual([])
  })

  it.each([
    [['a.md', 'b.md'], /expected at most one lesson file/],
    [['--nope'], /Unknown option '--nope'/],
    [['--wpm', 'fast'], /--wpm expects a speaking rate/],
  ])('rejects bad arguments %j with exit 2 and the usage', async (argv, message) => {
    const { code, err } = await run(...argv)
    expect(code).toBe(2)
    expect(err).toMatch(message)
    expect(err).toMatch(/usage: npm run generate/)
  })
})
