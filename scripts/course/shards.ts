// A course built across CI jobs: each job writes its share of the lessons (`--shard I/N`) into a folder
// with a manifest, and one job merges the folders (`--merge DIR...`) into the same site one machine
// would build. The manifest says which lessons and which project version the share was built from, so
// shards that don't make one course are refused before anything is written.
import type { CourseEntry } from './page.ts'
import type { CourseRun } from './run.ts'
import type { Shard } from './shard.ts'
import { createHash } from 'node:crypto'
import { cp, readdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { CliError } from '../errors.ts'
import { copyLessons, replaceDir, writeCoursePage } from './publish.ts'

export const SHARD_MANIFEST = 'shard.json'
/** Changes when the manifest's shape does: shards of two shapes never merge. */
const MANIFEST_FORMAT = 1

export interface ShardManifest {
  format: number
  /** The project's version and locked dependencies: shards built by different versions don't merge. */
  project: string
  /** Every lesson of the course and its text: shards of different lesson sets don't merge. */
  lessons: string
  shard: Shard
  /** Every lesson's slug in series order, across all shards. */
  order: string[]
  /** The page's entries for this shard's lessons. */
  entries: CourseEntry[]
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex')

/** The project's version, from package.json and package-lock.json. */
export async function projectStamp(root: string): Promise<string> {
  const [pkg, lock] = await Promise.all(['package.json', 'package-lock.json'].map(file => readFile(join(root, file), 'utf8').catch(() => '')))
  return sha256(`${JSON.parse(pkg || '{}').version ?? ''}\n${sha256(lock!)}`)
}

/** The lessons a course is built from: their slugs and texts, whatever their order on disk. */
export function lessonSetStamp(run: CourseRun): string {
  return sha256(run.lessons.map(lesson => `${lesson.slug} ${sha256(lesson.markdown ?? lesson.error ?? '')}`).sort().join('\n'))
}

/** Writes this shard's lessons and its manifest into `outDir` (absolute), whole; returns the paths written. */
export async function publishShard(root: string, outDir: string, run: CourseRun, shard: Shard): Promise<string[]> {
  const project = await projectStamp(root)
  return replaceDir(outDir, async (temp) => {
    const { written, entries } = await copyLessons(root, temp, run)
    const manifest: ShardManifest = {
      format: MANIFEST_FORMAT,
      project,
      lessons: lessonSetStamp(run),
      shard,
      order: run.order.map(lesson => lesson.slug),
      entries,
    }
    await writeFile(join(temp, SHARD_MANIFEST), `${JSON.stringify(manifest, null, 2)}\n`)
    return [SHARD_MANIFEST, ...written]
  })
}

/** Reads and checks the shards' manifests: one course, every shard once, this project's version. */
export async function readShards(root: string, dirs: string[]): Promise<{ dir: string, manifest: ShardManifest }[]> {
  if (dirs.length === 0)
    throw new CliError('USAGE', '--merge expects the shard folders to merge, such as shards/1 shards/2 shards/3')
  const project = await projectStamp(root)
  const shards = await Promise.all(dirs.map(async (dir) => {
    const file = join(resolve(root, dir), SHARD_MANIFEST)
    const text = await readFile(file, 'utf8').catch(() => undefined)
    if (text === undefined)
      throw new CliError('BAD_SHARDS', `${dir} holds no ${SHARD_MANIFEST}; expected a folder written by npm run build -- --shard I/N --out ${dir}`)
    const manifest = JSON.parse(text) as ShardManifest
    if (manifest.format !== MANIFEST_FORMAT || manifest.project !== project)
      throw new CliError('BAD_SHARDS', `${dir} was built by another version of the project (its package.json or package-lock.json differ); build every shard from the same commit`)
    return { dir: resolve(root, dir), manifest }
  }))
  const [first] = shards
  const count = first!.manifest.shard.count
  if (shards.some(({ manifest }) => manifest.lessons !== first!.manifest.lessons))
    throw new CliError('BAD_SHARDS', `${dirs.join(', ')} were built from different lessons; build every shard from the same lessons folder`)
  const seen = shards.map(({ manifest }) => manifest.shard)
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter(index => !seen.some(shard => shard.index === index && shard.count === count))
  if (missing.length > 0 || seen.length !== count)
    throw new CliError('BAD_SHARDS', `expected shards 1 to ${count} once each; ${missing.length > 0 ? `missing ${missing.map(index => `${index}/${count}`).join(', ')}` : 'one is given twice, or from a split of another size'}`)
  return shards
}

/** The site one machine would build, from the shards' folders, into `outDir` (absolute); returns the paths written. */
export async function mergeShards(root: string, outDir: string, dirs: string[], title: string): Promise<string[]> {
  const shards = await readShards(root, dirs)
  const bySlug = new Map(shards.flatMap(({ manifest }) => manifest.entries.map(entry => [entry.slug, entry] as const)))
  const entries = shards[0]!.manifest.order.map(slug => bySlug.get(slug)).filter(entry => entry !== undefined)
  return replaceDir(outDir, async (temp) => {
    const written: string[] = []
    for (const { dir } of shards) {
      for (const name of (await readdir(dir)).filter(name => name !== SHARD_MANIFEST)) {
        await cp(join(dir, name), join(temp, name), { recursive: true })
        written.push(name)
      }
    }
    await writeCoursePage(root, temp, title, entries)
    return ['index.html', ...written]
  })
}
