// The series' lessons kept beside the project (../shared/series/), generated and their icons scored
// against the file that judges them (pictures-judged.tsv), for the bench and the series' test.
import type { PictureScore } from '../lesson/picture-score.ts'
import { existsSync } from 'node:fs'
import { readdir, readFile } from 'node:fs/promises'
import { basename, join } from 'node:path'
import { iconNameOfSvg } from '../lesson/icons/index.ts'
import { generateDeck } from '../lesson/index.ts'
import { parseJudged, scorePictures } from '../lesson/picture-score.ts'

export const JUDGED_FILE = 'pictures-judged.tsv'

/** The series' folder beside the project root, or undefined when this checkout has none. */
export function seriesDir(root: string): string | undefined {
  const dir = join(root, '..', 'shared', 'series')
  return existsSync(join(dir, JUDGED_FILE)) ? dir : undefined
}

export async function scoreSeriesPictures(dir: string): Promise<PictureScore> {
  const judgedFile = join(dir, JUDGED_FILE)
  const judged = parseJudged(await readFile(judgedFile, 'utf8'), judgedFile)
  const names = (await readdir(dir)).filter(name => name.endsWith('.md') && name !== 'README.md').sort()
  const decks = await Promise.all(names.map(async name => ({
    lesson: basename(name, '.md'),
    deck: generateDeck(await readFile(join(dir, name), 'utf8'), join(dir, name)).deck,
  })))
  return scorePictures(decks, judged, iconNameOfSvg)
}
