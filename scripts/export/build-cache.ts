// Reuses the last build of a deck while nothing it is built from has changed: a re-export after
// no edit prints the built pages straight away instead of starting Slidev again.
import { createHash, randomBytes } from 'node:crypto'
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import { basename, dirname, join, relative } from 'node:path'
import process from 'node:process'
import { buildDeck } from './slidev-build.ts'

/** What a Slidev deck at the project root is built from, besides its own file (Slidev's user-root conventions). */
export const BUILD_INPUTS = [
  'components',
  'layouts',
  'styles',
  'public',
  'setup',
  // The rehearsal runtime's Vite plugins and run format, which setup/ and components/ import.
  'scripts/rehearsal',
  'snippets',
  'package-lock.json',
  'index.html',
  'style.css',
  'global-top.vue',
  'global-bottom.vue',
  'custom-nav-controls.vue',
  'uno.config.ts',
  'unocss.config.ts',
  'vite.config.ts',
  'vite.config.js',
  'vite.config.mts',
]

/** Where decks are built, under the project root: the exports' builds, and the deck `npm start` opens at once. */
export const BUILD_CACHE = '.cache/export'

/** Changes whenever the way decks are built for print changes, so builds made the old way are not reused. */
const BUILD_RECIPE = 'print-routes-2-slidev-53'
const STAMP_FILE = 'stamp'
const OTHERS_STAMP_FILE = 'stamp-others'
const BUILT_DECK_FILE = 'deck.md'

export interface Built {
  /** The built deck, ready to serve. */
  dir: string
  /** False when the previous build was still current. */
  rebuilt: boolean
}

/** One hash over the recipe, the deck file and every input file (path and bytes). */
export async function inputsHash(root: string, entry: string): Promise<string> {
  return (await inputsHashes(root, entry)).all
}

/**
 * The hash of every input (`all`), and of every input but the deck file (`others`), with the deck's text
 * as it was hashed: a build whose others are current shows the deck as that text was.
 */
async function inputsHashes(root: string, entry: string): Promise<{ all: string, others: string, deckText?: string }> {
  const files = (await Promise.all(BUILD_INPUTS.map(input => filesUnder(join(root, input))))).flat()
  const others = createHash('sha256').update(BUILD_RECIPE)
  for (const file of files) {
    const bytes = await readFile(file).catch(() => undefined)
    others.update(`\0${relative(root, file)}\0${bytes ? createHash('sha256').update(bytes).digest('hex') : 'missing'}`)
  }
  const othersHash = others.digest('hex')
  const deck = await readFile(join(root, entry)).catch(() => undefined)
  const all = createHash('sha256').update(`${othersHash}\0${relative(root, join(root, entry))}\0${deck ? createHash('sha256').update(deck).digest('hex') : 'missing'}`)
  return { all: all.digest('hex'), others: othersHash, deckText: deck?.toString('utf8') }
}

async function filesUnder(path: string): Promise<string[]> {
  const info = await stat(path).catch(() => undefined)
  if (!info)
    return []
  if (!info.isDirectory())
    return [path]
  const entries = await readdir(path, { recursive: true, withFileTypes: true })
  return entries
    .filter(entry => entry.isFile())
    .map(entry => join(entry.parentPath, entry.name))
    .filter(file => !file.includes('/node_modules/'))
    .sort()
}

/** Where a deck's build lives: one folder per deck file, so decks don't evict each other. */
export function buildDirOf(cacheRoot: string, entry: string): string {
  return join(cacheRoot, basename(entry).replace(/\.md$/, '').replace(/^\./, ''))
}

/** The deck's last build: current, or (when only the deck file changed since) with the text it was built from and the text now. */
export type LastBuild
  = | { dir: string, current: true }
    | { dir: string, current: false, builtText: string, deckText: string }

/**
 * The last build of `entry` when it is current, or when only the deck file changed since (its components,
 * setup and packages did not): its unchanged slides can be shown from it. Else undefined.
 */
export async function lastBuildOfDeck(root: string, entry: string, cacheRoot: string): Promise<LastBuild | undefined> {
  const home = buildDirOf(cacheRoot, entry)
  const [stamp, others, builtText, hashes] = await Promise.all([
    readFile(join(home, STAMP_FILE), 'utf8').catch(() => ''),
    readFile(join(home, OTHERS_STAMP_FILE), 'utf8').catch(() => ''),
    readFile(join(home, BUILT_DECK_FILE), 'utf8').catch(() => undefined),
    inputsHashes(root, entry),
  ])
  const dir = join(home, 'dist')
  if (stamp === hashes.all)
    return { dir, current: true }
  return others === hashes.others && builtText !== undefined && hashes.deckText !== undefined
    ? { dir, current: false, builtText, deckText: hashes.deckText }
    : undefined
}

/** The build of `entry` under `cacheRoot` when it is current (nothing it is built from changed), else undefined. */
export async function currentBuild(root: string, entry: string, cacheRoot: string): Promise<string | undefined> {
  const home = buildDirOf(cacheRoot, entry)
  const [stamp, hash] = await Promise.all([readFile(join(home, STAMP_FILE), 'utf8').catch(() => ''), inputsHash(root, entry)])
  return stamp === hash ? join(home, 'dist') : undefined
}

/**
 * The deck built with print routes under `cacheRoot`, rebuilt only when its inputs changed.
 * A new build lands in a temporary folder first, so a failed build leaves the last good one.
 */
export async function ensureBuilt(
  root: string,
  entry: string,
  cacheRoot: string,
  log: (line: string) => void,
  build: (entry: string, outDir: string) => Promise<void> = (deck, outDir) => buildDeck({ entry: deck, outDir, printRoutes: true }),
): Promise<Built> {
  const home = buildDirOf(cacheRoot, entry)
  const dir = join(home, 'dist')
  const { all: hash, others, deckText } = await inputsHashes(root, entry)
  if (await readFile(join(home, STAMP_FILE), 'utf8').catch(() => '') === hash)
    return { dir, rebuilt: false }

  // Two exports of a changed deck at once (a test run, say) build it once: the second waits, then reuses.
  const release = await lock(join(home, '.lock'), log)
  try {
    if (await readFile(join(home, STAMP_FILE), 'utf8').catch(() => '') === hash)
      return { dir, rebuilt: false }
    log(`Building ${entry} (its inputs changed since the last build)…`)
    const temp = `${dir}.${randomBytes(4).toString('hex')}.tmp`
    try {
      await build(join(root, entry), temp)
      await Promise.all([STAMP_FILE, OTHERS_STAMP_FILE, BUILT_DECK_FILE].map(file => rm(join(home, file), { force: true })))
      await rm(dir, { recursive: true, force: true })
      await rename(temp, dir)
      // The deck as it was hashed: after an edit, a start shows its unchanged slides from this build.
      await writeFile(join(home, BUILT_DECK_FILE), deckText ?? '')
      await writeFile(join(home, OTHERS_STAMP_FILE), others)
      await writeFile(join(home, STAMP_FILE), hash)
    }
    finally {
      await rm(temp, { recursive: true, force: true })
    }
    return { dir, rebuilt: true }
  }
  finally {
    await release()
  }
}

/** A build older than this holding the lock is taken to have died with its process. */
const STALE_LOCK_MS = 10 * 60_000
const LOCK_POLL_MS = 200

/** True when the process that took the lock at `path` no longer runs. */
async function holderGone(path: string): Promise<boolean> {
  const pid = Number(await readFile(join(path, 'pid'), 'utf8').catch(() => ''))
  if (!Number.isInteger(pid) || pid <= 0)
    return false
  try {
    process.kill(pid, 0)
    return false
  }
  catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ESRCH'
  }
}

/** A lock folder (mkdir is atomic); waits while another process holds it. */
async function lock(path: string, log: (line: string) => void): Promise<() => Promise<void>> {
  await mkdir(dirname(path), { recursive: true })
  let told = false
  for (;;) {
    try {
      await mkdir(path)
      // Who holds it: a build stopped by a signal (npm start's, stopped with it) leaves its lock behind.
      await writeFile(join(path, 'pid'), String(process.pid))
      return () => rm(path, { recursive: true, force: true })
    }
    catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST')
        throw error
    }
    const since = await stat(path).then(info => Date.now() - info.mtimeMs, () => 0)
    if (since > STALE_LOCK_MS || await holderGone(path)) {
      await rm(path, { recursive: true, force: true })
      continue
    }
    if (!told)
      log('Waiting for another build of this deck to finish…')
    told = true
    await new Promise(done => setTimeout(done, LOCK_POLL_MS))
  }
}
