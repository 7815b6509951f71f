// The course built three ways from lessons written for the test, each as CI would run it, in separate
// processes: on one machine one lesson at a time, as 3 shards then merged, and with two jobs at once.
// The three sites are equal file for file, but for the dates each PDF records when it was made.
import { execFile } from 'node:child_process'
import { cp, mkdir, readdir, readFile, rm } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ROOT } from './support.ts'

const run = promisify(execFile)
const WORK = join(ROOT, `.cache/e2e/shards-${process.pid}`)
const LESSONS = join(WORK, 'lessons')
const rel = (path: string) => relative(ROOT, path)
/**
 * The fixture's lessons under slugs of this file's own: course.test.ts builds the same lessons at the
 * same time, and a course's decks and build cache are kept by slug.
 */
const PREFIX = 'shards-'

/** `npm run build -- ARGS`, as CI runs it: its exit code and what it said. */
async function buildCourse(...args: string[]): Promise<{ code: number, err: string }> {
  return run(process.execPath, ['scripts/course.ts', '--lessons', rel(LESSONS), ...args], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 })
    .then(({ stderr }) => ({ code: 0, err: stderr }), (error: { code: number, stderr: string }) => ({ code: error.code, err: error.stderr }))
}

/** PDF dates are the build timestamps: `/CreationDate (D:2026…)` and `/ModDate`, set when each PDF is written. */
const RE_PDF_DATE = /\/(CreationDate|ModDate) \(D:[^)]*\)/g

/** Every file of a site, by path, with a PDF's dates blanked. */
async function tree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>()
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile())
      continue
    const path = join(entry.parentPath, entry.name)
    const bytes = await readFile(path)
    files.set(relative(dir, path), path.endsWith('.pdf') ? bytes.toString('latin1').replace(RE_PDF_DATE, '/$1 (D:…)') : bytes.toString('base64'))
  }
  return files
}

let oneMachine: { code: number, err: string }
let sharded: { code: number, err: string }[]
let merged: { code: number, err: string }
let twoJobs: { code: number, err: string }

beforeAll(async () => {
  await rm(WORK, { recursive: true, force: true })
  await mkdir(WORK, { recursive: true })
  await mkdir(LESSONS, { recursive: true })
  for (const name of await readdir(join(ROOT, 'tests/course-fixture')))
    await cp(join(ROOT, 'tests/course-fixture', name), join(LESSONS, `${PREFIX}${name}`))
  oneMachine = await buildCourse('--jobs', '1', '--out', rel(join(WORK, 'one')))
  // The shards run at once, as a CI matrix would.
  sharded = await Promise.all([1, 2, 3].map(i => buildCourse('--shard', `${i}/3`, '--jobs', '1', '--out', rel(join(WORK, `shard-${i}`)))))
  merged = await buildCourse('--merge', ...[1, 2, 3].map(i => rel(join(WORK, `shard-${i}`))), '--out', rel(join(WORK, 'merged')))
  twoJobs = await buildCourse('--jobs', '2', '--out', rel(join(WORK, 'two-jobs')))
}, 900_000)

afterAll(async () => {
  await rm(WORK, { recursive: true, force: true })
})

describe('a course built on one machine, in 3 shards merged, and with 2 jobs', () => {
  it('reports the broken lesson the same way each time', () => {
    expect(oneMachine.code).toBe(1)
    expect(oneMachine.err).toMatch(/1 of 3 lessons failed/)
    expect(merged.code).toBe(0)
    expect(twoJobs.code).toBe(1)
    // The broken lesson fails in its own shard only.
    expect(sharded.map(shard => shard.code).sort()).toEqual(sharded.map(shard => (/course-e2e-broken/.test(shard.err) ? 1 : 0)).sort())
  })

  it('gives each shard a share of the lessons, every lesson in one shard', async () => {
    const shares = await Promise.all([1, 2, 3].map(async i => (await readdir(join(WORK, `shard-${i}`))).filter(name => name.startsWith(PREFIX))))
    expect(shares.flat().sort()).toEqual([`${PREFIX}course-e2e-alpha`, `${PREFIX}course-e2e-beta`])
  })

  it('makes the same site, file for file, but for the PDFs\' dates', async () => {
    const [one, mergedSite, jobs] = await Promise.all(['one', 'merged', 'two-jobs'].map(name => tree(join(WORK, name)))) as [Map<string, string>, Map<string, string>, Map<string, string>]
    expect([...one.keys()].sort()).toEqual([...mergedSite.keys()].sort())
    expect([...one.keys()].sort()).toEqual([...jobs.keys()].sort())
    expect([...one.keys()].some(path => path.endsWith('.pdf'))).toBe(true)
    for (const [path, content] of one) {
      expect(mergedSite.get(path) === content, `merged ${path}`).toBe(true)
      expect(jobs.get(path) === content, `two jobs ${path}`).toBe(true)
    }
  })
})
