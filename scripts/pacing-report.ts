// What `npm run generate` reports after each run: the pacing table (each section's budget, plan and
// the time its notes need) and the series' figures (names and figures that reach a slide).
import type { Deck } from './lesson/types.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { LESSONS_DIR } from './deck-location.ts'
import { lessonFigures } from './lesson/coverage.ts'
import { generateDeck } from './lesson/index.ts'
import { formatRange, formatSeconds } from './lesson/timing.ts'
import { textTable } from './text-table.ts'

/**
 * `on_slide_names` and `dangling_points` over every lesson in lessons/ (the one generated included,
 * as read now), so an author sees the series' figure move as they edit one lesson.
 */
export async function figuresLine(cwd: string, lessonPath: string, deck: Deck): Promise<string> {
  const dir = resolve(cwd, LESSONS_DIR)
  const names = await readdir(dir).catch(() => [] as string[])
  const others = (await Promise.all(names
    .filter(name => name.endsWith('.md') && resolve(dir, name) !== resolve(cwd, lessonPath))
    // Another lesson that can't be used now is left out of the figure; it is not this command's to report.
    .map(name => readFile(join(dir, name), 'utf8').then(text => generateDeck(text, join(LESSONS_DIR, name)).deck).catch(() => undefined))))
    .filter(other => other !== undefined)
  const all = lessonFigures([deck, ...others])
  const own = lessonFigures([deck])
  return `on_slide_names: ${all.onSlideNames.toFixed(1)} % of ${all.names} names and figures in ${others.length + 1} lessons (this lesson ${own.onSlideNames.toFixed(1)} %); dangling_points: ${all.danglingPoints}`
}

/** Per section: its budget, its plan and the time its notes need; warnings last. */
export function pacingTable(deck: Deck): string {
  const { lesson, timing } = deck
  // Sections timed at rates of their own (rehearsed) show the rate each was timed at.
  const rates = timing.sectionWordsPerMinute
  const rows = lesson.sections.map((section, i) => [
    section.title,
    section.budget ? formatRange(section.budget) : '-',
    formatSeconds(timing.planSeconds[i]!),
    formatSeconds(timing.speakSeconds[i]!),
    ...(rates ? [String(rates[i])] : []),
    timing.speakSeconds[i]! > (section.budget?.max ?? timing.planSeconds[i]!) ? 'overruns' : '',
  ])
  const total = timing.speakSeconds.reduce((a, b) => a + b, 0)
  rows.push(['total', lesson.videoLength ? formatRange(lesson.videoLength) : '-', formatSeconds(timing.totalSeconds), formatSeconds(total), ...(rates ? [String(timing.wordsPerMinute)] : []), total > timing.totalSeconds ? 'overruns' : ''])
  const header = ['section', 'budget', 'plan', 'notes need', ...(rates ? ['wpm'] : []), '']
  // When the whole script is too long, say by how much: the rate it would need, or what to cut.
  const summary = total > timing.totalSeconds && timing.totalSeconds > 0
    ? [`The notes need ${formatSeconds(total)} at ${rates ? 'the rehearsed pace' : `${timing.wordsPerMinute} words a minute`} for a plan of ${formatSeconds(timing.totalSeconds)}: `
      + `that is ${Math.round(timing.wordsPerMinute * total / timing.totalSeconds)} words a minute, or about ${Math.round(100 * (1 - timing.totalSeconds / total))} % of the narration to cut.`]
    : []
  return [
    rates
      ? `Pacing of ${deck.slides.length} slides at the rehearsed pace (words a minute per section in the wpm column):`
      : `Pacing of ${deck.slides.length} slides at ${timing.wordsPerMinute} words a minute:`,
    ...textTable([header, ...rows]),
    ...deck.warnings.map(w => `warning: ${lesson.file}:${w.at.line}:${w.at.column}: ${w.message}`),
    ...summary,
  ].join('\n')
}
