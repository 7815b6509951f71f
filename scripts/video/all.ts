// `npm run video -- --all`: every lesson's video, only where something changed. A lesson is rendered
// again when its deck or what the deck is built from (inputsHash), its take or the voice changed;
// the key of the last render is kept in .cache/video/<slug>.key.
import type { Io } from '../cli.ts'
import type { Voice } from './render.ts'
import type { Take } from './take.ts'
import { createHash } from 'node:crypto'
import { access, mkdir, readFile, writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { shownPath } from '../cli.ts'
import { checkSlugs, findLessonFiles } from '../course/lessons.ts'
import { LESSONS_DIR } from '../deck-location.ts'
import { CliError } from '../errors.ts'
import { inputsHash } from '../export/build-cache.ts'
import { readDeckInfo } from '../export/deck.ts'
import { lessonDeck } from '../export/source.ts'
import { videoPaths, VIDEOS_DIR } from './paths.ts'
import { renderVideo } from './render.ts'
import { findTake } from './take.ts'

/** Changes whenever the way videos are made changes, so older renders are made again. */
const VIDEO_RECIPE = 'video-1'
const KEYS_DIR = '.cache/video'

export interface AllOptions {
  root: string
  take?: string
  voice: Voice
  outDir?: string
  io: Io
}

/** A hash of everything a lesson's video is made from. */
export async function videoKey(root: string, entry: string, voice: Voice, take?: Take): Promise<string> {
  const hash = createHash('sha256').update(`${VIDEO_RECIPE}\0${voice}\0${await inputsHash(root, entry)}`)
  if (take)
    hash.update(`\0${JSON.stringify(take.run)}\0`).update(take.audio ? await readFile(take.audio) : '')
  return hash.digest('hex')
}

export async function renderAll(options: AllOptions): Promise<number> {
  const { root, io } = options
  const files = await findLessonFiles(root, LESSONS_DIR)
  if (files.length === 0)
    throw new CliError('NO_LESSONS', `no lessons in ${LESSONS_DIR}/`)
  checkSlugs(files)
  const outDir = resolve(root, options.outDir ?? VIDEOS_DIR)
  let failed = 0
  for (const [i, file] of files.entries()) {
    const tag = `[${i + 1}/${files.length}] ${file}`
    try {
      const source = await lessonDeck(root, file)
      const slug = readDeckInfo(source.markdown, source.entry).slug
      const take = options.take ? await findTake(root, slug, options.take) : undefined
      const key = await videoKey(root, source.entry, options.voice, take)
      const keyFile = join(root, KEYS_DIR, `${slug}.key`)
      const paths = videoPaths(outDir, slug)
      const present = await Promise.all(Object.values(paths).map(path => access(path).then(() => true, () => false)))
      if (present.every(Boolean) && await readFile(keyFile, 'utf8').catch(() => '') === key) {
        io.err(`${tag}  unchanged`)
        io.out(shownPath(root, paths.video))
        continue
      }
      io.err(`${tag}  rendering`)
      const written = await renderVideo({ root, source, take: options.take, voice: options.voice, outDir, log: line => io.err(`  ${line}`) })
      await mkdir(join(root, KEYS_DIR), { recursive: true })
      await writeFile(keyFile, key)
      io.out(shownPath(root, written.video))
    }
    catch (error) {
      if (!(error instanceof CliError))
        throw error
      failed++
      io.err(`${tag}  failed: ${error.message}`)
    }
  }
  return failed > 0 ? 1 : 0
}
