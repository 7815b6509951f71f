// The course's bad input: no lessons and clashing slugs stop it (exit 2) before anything is built;
// a lesson that can't be used is kept with its FILE:LINE:COL message.
import type { Io } from '../../scripts/cli.ts'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main as build } from '../../scripts/course.ts'
import { checkSlugs, findLessonFiles, readLessons } from '../../scripts/course/lessons.ts'
import { deckFileFor, lessonSlug } from '../../scripts/deck-location.ts'
import { CliError } from '../../scripts/errors.ts'
import { main as exportCommand } from '../../scripts/export.ts'
import { capture, scratchDir } from '../support/cli.ts'

const GOOD = '# Good Lesson\n\n## Video Length: ~4 minutes | Level: Staff\n\n## The Hook (20 seconds)\n\nA hook.\n\n## Next Video\n\nNext: Other Lesson.\n'

let root: string
beforeEach(async () => {
  root = await scratchDir()
  await mkdir(join(root, 'lessons'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('findLessonFiles', () => {
  it('lists the Markdown lessons in file-name order', async () => {
    await writeFile(join(root, 'lessons/b.md'), GOOD)
    await writeFile(join(root, 'lessons/a.md'), GOOD)
    await writeFile(join(root, 'lessons/notes.txt'), 'not a lesson')
    expect(await findLessonFiles(root, 'lessons')).toEqual(['lessons/a.md', 'lessons/b.md'])
  })

  it('takes an absolute folder as it is, not under the project root', async () => {
    const elsewhere = await mkdtemp(join(tmpdir(), 'lessons-elsewhere-'))
    try {
      await writeFile(join(elsewhere, 'a.md'), GOOD)
      const files = await findLessonFiles(root, elsewhere)
      expect(files).toEqual([`${elsewhere}/a.md`])
      const [lesson] = await readLessons(root, files)
      expect(lesson!.error).toBeUndefined()
      expect(lesson!.slug).toBe('a')
    }
    finally {
      await rm(elsewhere, { recursive: true, force: true })
    }
  })

  it('says what to add when the folder is empty or missing', async () => {
    for (const dir of ['lessons', 'missing']) {
      const error = await findLessonFiles(root, dir).catch(e => e)
      expect(error).toBeInstanceOf(CliError)
      expect(error.exitStatus).toBe(2)
      expect(error.message).toMatch(new RegExp(`${dir}/ holds no lesson; add a lesson script such as ${dir}/my-lesson.md`))
    }
  })
})

describe('checkSlugs', () => {
  it('names both files that share a slug', () => {
    const error = (() => {
      try {
        checkSlugs(['lessons/Caching 101.md', 'lessons/b.md', 'lessons/caching-101.md'])
      }
      catch (e) {
        return e as CliError
      }
    })()
    expect(error?.code).toBe('DUPLICATE_SLUG')
    expect(error?.exitStatus).toBe(2)
    expect(error?.message).toContain('lessons/Caching 101.md and lessons/caching-101.md both have the slug "caching-101"')
  })

  it('accepts distinct slugs', () => {
    expect(() => checkSlugs(['lessons/a.md', 'lessons/b.md'])).not.toThrow()
  })
})

describe('readLessons', () => {
  it('keeps a lesson that cannot be used, with its FILE:LINE:COL message', async () => {
    await writeFile(join(root, 'lessons/good.md'), GOOD)
    await writeFile(join(root, 'lessons/broken.md'), '\n\nJust some text, no title.\n')
    const [broken, good] = await readLessons(root, ['lessons/broken.md', 'lessons/good.md'])
    expect(broken!.error).toMatch(/^lessons\/broken\.md:3:1: expected the lesson to start with a `# Title` heading/)
    expect(broken!.title).toBeUndefined()
    expect(good!.error).toBeUndefined()
    expect(good!.title).toBe('Good Lesson')
    expect(good!.nextText).toBe('Next: Other Lesson.')
  })
})

describe('deck files', () => {
  it('keeps the project lesson at slides.md and every other deck in .decks/', () => {
    expect(deckFileFor('lessons/platform-vs-product.md')).toBe('slides.md')
    expect(deckFileFor('./lessons/platform-vs-product.md')).toBe('slides.md')
    expect(deckFileFor('lessons/Caching 101.md')).toBe('.decks/caching-101.md')
    expect(deckFileFor('lessons/platform-vs-product.md', 'generated')).toBe('.decks/platform-vs-product.md')
    expect(deckFileFor('lessons/platform-vs-product.md', 'course')).toBe('.decks/platform-vs-product.course.md')
    expect(lessonSlug('lessons/Caching 101.md')).toBe('caching-101')
  })
})

describe('npm run build / export --all on bad folders', () => {
  it('exits 2 naming both files when two lessons share a slug, before building anything', async () => {
    await writeFile(join(root, 'lessons/Intro.md'), GOOD)
    await writeFile(join(root, 'lessons/intro.md'), GOOD)
    for (const run of [build, (argv: string[], io: Io) => exportCommand(['--all', ...argv], io)]) {
      const captured = capture(root)
      expect(await run([], captured.io)).toBe(2)
      expect(captured.err.join('\n')).toMatch(/lessons\/Intro\.md and lessons\/intro\.md both have the slug "intro"/)
    }
    expect((await readdir(root)).sort()).toEqual(['lessons'])
  })

  it('exits 2 with what to add when lessons/ is empty', async () => {
    const captured = capture(root)
    expect(await build([], captured.io)).toBe(2)
    expect(captured.err.join('\n')).toMatch(/^build: lessons\/ holds no lesson; add a lesson script/)
    expect(existsSync(join(root, 'dist'))).toBe(false)
  })

  it('exits 2 on an unknown argument', async () => {
    const captured = capture(root)
    expect(await build(['--bogus'], captured.io)).toBe(2)
    expect(captured.err.join('\n')).toMatch(/usage: npm run build/)
  })
})
