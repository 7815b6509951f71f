// Generator figures for npm run bench: its speed on the first lesson and on a hundred variations of it,
// and, over lessons/ and the series' lessons beside the project, how much of the narration reaches a
// slide, how much of the series is drawn as pictures, and how right its icons are.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { DEFAULT_LESSON, LESSONS_DIR } from '../deck-location.ts'
import { lessonFigures } from '../lesson/coverage.ts'
import { generateDeck } from '../lesson/index.ts'
import { pictureShares } from '../lesson/pictures.ts'
import { lessonVariations } from './lessons.ts'
import { elapsedMs, medianOf } from './measure.ts'
import { scoreSeriesPictures, seriesDir } from './series-pictures.ts'

export interface GeneratorFigure { name: string, value: number, unit: string }

export async function generatorFigures(root: string, repetitions: number): Promise<GeneratorFigure[]> {
  const lesson = await readFile(join(root, DEFAULT_LESSON), 'utf8')
  const variations = lessonVariations(lesson, 100)
  const one = await medianOf(repetitions * 4, () => elapsedMs(() => generateDeck(lesson, DEFAULT_LESSON)))
  const hundred = await medianOf(repetitions, () => elapsedMs(() => variations.forEach((text, i) => generateDeck(text, `lesson-${i}.md`))))
  const lessons = await Promise.all((await readdir(join(root, LESSONS_DIR))).filter(name => name.endsWith('.md'))
    .map(async name => generateDeck(await readFile(join(root, LESSONS_DIR, name), 'utf8'), name).deck))
  const words = lessonFigures(lessons)
  // What the series looks like drawn: our lessons and, where the checkout has them beside it, the series' own.
  const series = await seriesLessons(root)
  const decks = [...lessons, ...series.map(({ text, file }) => generateDeck(text, file).deck)]
  const shares = pictureShares(decks)
  const perLesson = await medianOf(
    repetitions,
    async () => await elapsedMs(() => series.forEach(({ text, file }) => generateDeck(text, file))) / Math.max(series.length, 1),
  )
  return [
    { name: 'generate_ms', value: one, unit: 'ms' },
    { name: 'generate_100_ms', value: hundred, unit: 'ms' },
    ...(series.length > 0 ? [{ name: 'generate_series_ms', value: perLesson, unit: 'ms' }] : []),
    { name: 'on_slide_names', value: words.onSlideNames, unit: '%' },
    { name: 'dangling_points', value: words.danglingPoints, unit: '' },
    { name: 'drawn_analogies', value: shares.drawnAnalogies, unit: '%' },
    { name: 'diagrams_drawn', value: shares.drawnDiagrams, unit: '%' },
    { name: 'text_slides_share', value: shares.textSlidesShare, unit: '%' },
    ...await iconFigures(root),
  ]
}

/** How right the series' icons are, against the file that judges them (../shared/series/pictures-judged.tsv), if present. */
async function iconFigures(root: string): Promise<GeneratorFigure[]> {
  const dir = seriesDir(root)
  if (!dir)
    return []
  const score = await scoreSeriesPictures(dir)
  return [
    { name: 'icons_wrong_share', value: 100 * score.wrongShare, unit: '%' },
    { name: 'analogies_pictured_right', value: 100 * score.picturedShare, unit: '%' },
  ]
}

/** The series' public lessons kept beside the project (../shared/series/), if present: measured, never copied in. */
async function seriesLessons(root: string): Promise<{ text: string, file: string }[]> {
  const dir = join(root, '..', 'shared', 'series')
  const names = await readdir(dir).catch(() => [] as string[])
  return Promise.all(names.filter(name => name.endsWith('.md') && name !== 'README.md').map(async name => ({ text: await readFile(join(dir, name), 'utf8'), file: join(dir, name) })))
}
