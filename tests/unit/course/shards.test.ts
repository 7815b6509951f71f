import type { ShardManifest } from '../../../scripts/course/shards.ts'
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { main as build } from '../../../scripts/course.ts'
import { parseShard, shardOf } from '../../../scripts/course/shard.ts'
import { projectStamp, readShards, SHARD_MANIFEST } from '../../../scripts/course/shards.ts'
import { ROOT } from '../../e2e/support.ts'
import { capture } from '../../support/cli.ts'

describe('a shard of the course', () => {
  it('is I/N with 1 ≤ I ≤ N', () => {
    expect(parseShard('2/3', 'usage')).toEqual({ index: 2, count: 3 })
    for (const bad of ['0/3', '4/3', '3', 'a/b', '1/0', '-1/3'])
      expect(() => parseShard(bad, 'usage'), bad).toThrow(/--shard expects I\/N/)
  })

  it('holds a lesson by its slug alone: adding lessons moves none, and the lessons spread over the shards', () => {
    const slugs = Array.from({ length: 60 }, (_, i) => `lesson-${i}`)
    const before = slugs.map(slug => shardOf(slug, 3))
    const after = [...slugs, 'a-new-lesson', 'another'].map(slug => shardOf(slug, 3)).slice(0, slugs.length)
    expect(after).toEqual(before)
    for (const shard of [1, 2, 3])
      expect(before.filter(s => s === shard).length).toBeGreaterThan(10)
  })
})

describe('merging shards', () => {
  let dir: string
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'shards-'))
  })
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  async function shard(name: string, change: Partial<ShardManifest> = {}): Promise<string> {
    const manifest: ShardManifest = { format: 1, project: await projectStamp(ROOT), lessons: 'same lessons', shard: { index: 1, count: 2 }, order: [], entries: [], ...change }
    await mkdir(join(dir, name))
    await writeFile(join(dir, name, SHARD_MANIFEST), JSON.stringify(manifest))
    return join(dir, name)
  }

  it('takes every shard once, from one lesson set and one project version', async () => {
    const shards = [await shard('1'), await shard('2', { shard: { index: 2, count: 2 } })]
    expect((await readShards(ROOT, shards)).map(s => s.manifest.shard.index)).toEqual([1, 2])
  })

  it('refuses a missing shard, a repeated one, other lessons or another version', async () => {
    const one = await shard('1')
    await expect(readShards(ROOT, [one])).rejects.toThrow(/expected shards 1 to 2 once each; missing 2\/2/)
    await expect(readShards(ROOT, [one, await shard('1b')])).rejects.toThrow(/missing 2\/2/)
    await expect(readShards(ROOT, [one, await shard('2', { shard: { index: 2, count: 2 }, lessons: 'other lessons' })])).rejects.toThrow(/built from different lessons/)
    await expect(readShards(ROOT, [one, await shard('3', { shard: { index: 2, count: 2 }, project: 'older' })])).rejects.toThrow(/another version of the project/)
    await expect(readShards(ROOT, [one, join(dir, 'nowhere')])).rejects.toThrow(/holds no shard.json/)
  })

  it('writes nothing to the site and exits 2 when the shards don\'t make one course', async () => {
    const dist = join(dir, 'dist')
    await mkdir(dist)
    await writeFile(join(dist, 'index.html'), 'the old site')
    const captured = capture(ROOT)
    const code = await build(['--merge', await shard('1'), '--out', dist], captured.io)
    expect(code).toBe(2)
    expect(captured.err.join('\n')).toMatch(/missing 2\/2/)
    expect(await readdir(dist)).toEqual(['index.html'])
  })

  it('exits 2 on a shard outside 1..N, before anything is built', async () => {
    for (const bad of ['0/3', '4/3']) {
      const captured = capture(ROOT)
      expect(await build(['--shard', bad, '--out', join(dir, 'out')], captured.io)).toBe(2)
      expect(captured.err.join('\n')).toMatch(/--shard expects I\/N/)
    }
    expect(await readdir(dir)).toEqual([])
  })
})
