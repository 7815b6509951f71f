// A stable share of a course for one CI job: `--shard I/N` builds the lessons whose slug hashes to I.
// A lesson's shard depends on its slug alone, so adding a lesson never moves another. Pure.
import { createHash } from 'node:crypto'
import { CliError } from '../errors.ts'

export interface Shard {
  /** 1-based. */
  index: number
  count: number
}

const RE_SHARD = /^(\d+)\/(\d+)$/

/** `2/3` → { index: 2, count: 3 }; anything else, or an index outside 1..count, is a usage error. */
export function parseShard(text: string, usage: string): Shard {
  const match = RE_SHARD.exec(text.trim())
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [Number.NaN, Number.NaN]
  if (!match || count < 1 || index < 1 || index > count)
    throw new CliError('USAGE', `--shard expects I/N with 1 ≤ I ≤ N, such as 1/3; got "${text}"\n${usage}`)
  return { index, count }
}

/** The shard (1-based) a lesson belongs to among `count`. */
export function shardOf(slug: string, count: number): number {
  const hash = createHash('sha256').update(slug).digest()
  return (hash.readUInt32BE(0) % count) + 1
}

export function inShard(slug: string, shard: Shard | undefined): boolean {
  return !shard || shardOf(slug, shard.count) === shard.index
}
