// The file guarantees of the exports: a failed check leaves the old output byte for byte, and a
// build is reused until one of its inputs changes.
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { deckFileFor } from '../../scripts/deck-location.ts'
import { CliError } from '../../scripts/errors.ts'
import { buildDirOf, ensureBuilt, inputsHash, lastBuildOfDeck } from '../../scripts/export/build-cache.ts'
import { publishVerified } from '../../scripts/export/output.ts'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-files-'))
})
afterEach(() => rm(dir, { recursive: true, force: true }))

describe('publishVerified', () => {
  it('writes the file once its checks pass, leaving no temporary file', async () => {
    const out = join(dir, 'exports/deck.pdf')
    let checked = ''
    await publishVerified(out, new Uint8Array([1, 2, 3]), async (file) => {
      checked = file
      return []
    })
    expect([...await readFile(out)]).toEqual([1, 2, 3])
    expect(checked).not.toBe(out)
    expect(await readdir(join(dir, 'exports'))).toEqual(['deck.pdf'])
  })

  it('leaves an existing output byte-identical when a check fails, and says what failed', async () => {
    const out = join(dir, 'deck.pdf')
    await writeFile(out, 'the old, good PDF')
    const attempt = publishVerified(out, new Uint8Array([9]), async () => ['page 3 is blank'])
    await expect(attempt).rejects.toThrow(CliError)
    await expect(attempt).rejects.toThrow(/deck.pdf failed its checks[\s\S]*page 3 is blank/)
    expect(await readFile(out, 'utf8')).toBe('the old, good PDF')
    expect(await readdir(dir)).toEqual(['deck.pdf'])
  })

  it('creates nothing at the output path when a check fails and there was no file', async () => {
    const out = join(dir, 'new.pdf')
    await expect(publishVerified(out, new Uint8Array([9]), async () => ['bad'])).rejects.toThrow()
    expect(existsSync(out)).toBe(false)
    expect(await readdir(dir)).toEqual([])
  })
})

describe('inputsHash', () => {
  beforeEach(async () => {
    await mkdir(join(dir, 'components'))
    await writeFile(join(dir, 'slides.md'), '# deck')
    await writeFile(join(dir, 'components/Scene.vue'), '<template>a</template>')
    await writeFile(join(dir, 'package-lock.json'), '{}')
  })

  it('stays the same while nothing changes', async () => {
    expect(await inputsHash(dir, 'slides.md')).toBe(await inputsHash(dir, 'slides.md'))
  })

  it.each([
    ['the deck', 'slides.md', '# deck, edited'],
    ['a component', 'components/Scene.vue', '<template>b</template>'],
    ['a new component', 'components/Other.vue', '<template>c</template>'],
    ['the lock file', 'package-lock.json', '{"v":2}'],
    ['a new style', 'styles/index.css', 'body{}'],
    ['the set-up', 'setup/main.ts', 'export default 1'],
  ])('changes when %s changes', async (_, file, text) => {
    const before = await inputsHash(dir, 'slides.md')
    await mkdir(join(dir, file, '..'), { recursive: true })
    await writeFile(join(dir, file), text)
    expect(await inputsHash(dir, 'slides.md')).not.toBe(before)
  })

  it('ignores files the deck is not built from', async () => {
    const before = await inputsHash(dir, 'slides.md')
    await mkdir(join(dir, 'lessons'))
    await writeFile(join(dir, 'lessons/x.md'), '# another lesson')
    await writeFile(join(dir, 'README.md'), 'docs')
    expect(await inputsHash(dir, 'slides.md')).toBe(before)
  })
})

describe('ensureBuilt', () => {
  const cache = () => join(dir, '.cache/export')
  /** Stands in for Slidev: writes an index.html saying which build made it. */
  function fakeBuild(calls: string[], fail = false) {
    return async (entry: string, out: string) => {
      calls.push(entry)
      await new Promise(done => setTimeout(done, 50))
      if (fail)
        throw new Error('vite: cannot resolve component')
      await mkdir(out, { recursive: true })
      await writeFile(join(out, 'index.html'), `build ${calls.length}`)
    }
  }

  beforeEach(() => writeFile(join(dir, 'slides.md'), '# deck'))

  it('builds once, then reuses the build until an input changes', async () => {
    const calls: string[] = []
    const first = await ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls))
    const second = await ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls))
    expect([first.rebuilt, second.rebuilt]).toEqual([true, false])
    await writeFile(join(dir, 'slides.md'), '# deck, edited')
    const third = await ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls))
    expect(third.rebuilt).toBe(true)
    expect(calls).toHaveLength(2)
    expect(await readFile(join(third.dir, 'index.html'), 'utf8')).toBe('build 2')
  })

  it('builds once when two exports of a changed deck start together', async () => {
    const calls: string[] = []
    const both = await Promise.all([0, 1].map(() => ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls))))
    expect(calls).toHaveLength(1)
    expect(both.map(b => b.rebuilt).sort()).toEqual([false, true])
  })

  it('keeps the last good build when a build fails', async () => {
    const calls: string[] = []
    const good = await ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls))
    await writeFile(join(dir, 'slides.md'), '# deck, broken')
    await expect(ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls, true))).rejects.toThrow(/cannot resolve/)
    expect(await readFile(join(good.dir, 'index.html'), 'utf8')).toBe('build 1')
    expect((await readdir(buildDirOf(cache(), 'slides.md'))).sort()).toEqual(['deck.md', 'dist', 'stamp', 'stamp-others'])
  })

  it('offers the last build with the deck text it was built from after an edit of the deck alone, not of what else it is built from', async () => {
    const calls: string[] = []
    const built = await ensureBuilt(dir, 'slides.md', cache(), () => {}, fakeBuild(calls))
    expect(await lastBuildOfDeck(dir, 'slides.md', cache())).toEqual({ dir: built.dir, current: true })
    await writeFile(join(dir, 'slides.md'), '# deck, edited')
    expect(await lastBuildOfDeck(dir, 'slides.md', cache())).toEqual({ dir: built.dir, current: false, builtText: '# deck', deckText: '# deck, edited' })
    await mkdir(join(dir, 'components'), { recursive: true })
    await writeFile(join(dir, 'components/Scene.vue'), '<template><p>new</p></template>')
    expect(await lastBuildOfDeck(dir, 'slides.md', cache())).toBeUndefined()
  })
})

describe('file names', () => {
  it('keeps one build folder per deck file, and names generated decks after the lesson', () => {
    expect(buildDirOf('/c', 'slides.md')).toBe('/c/slides')
    expect(buildDirOf('/c', '.deck-caching.md')).toBe('/c/deck-caching')
    expect(deckFileFor('lessons/caching.md', 'generated')).toBe('.decks/caching.md')
  })
})
