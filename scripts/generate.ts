// CLI: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N]
// The only file of the generator that touches the disk. Exit codes: 0 written or up to date,
// 1 --check found the deck stale, 2 the lesson or the arguments can't be used.
import { readdir, readFile } from 'node:fs/promises'
import { dirname, join, relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { readUtf8, writeAtomically } from './io.ts'
import { lessonFigures, notesOnlyReport } from './lesson/coverage.ts'
import { LessonError } from './lesson/errors.ts'
import { generateDeck } from './lesson/index.ts'
import { provenanceOf } from './lesson/render.ts'
import { formatRange, formatSeconds } from './lesson/timing.ts'
import type { Deck } from './lesson/types.ts'
import { isMain, type Io, processIo } from './cli.ts'

export const DEFAULT_LESSON = 'lessons/platform-vs-product.md'
export const DEFAULT_OUT = 'slides.md'
/** Where the series' lessons are: the figures printed after each run cover all of them. */
export const LESSONS_DIR = 'lessons'

const USAGE = 'usage: npm run generate -- [LESSON] [--out FILE] [--check] [--force] [--wpm N]'

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let args
  try {
    args = parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        out: { type: 'string', default: DEFAULT_OUT },
        check: { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        wpm: { type: 'string' },
        quiet: { type: 'boolean', default: false },
      },
    })
    if (args.positionals.length > 1)
      throw new Error(`expected at most one lesson file, got ${args.positionals.length}`)
  }
  catch (error) {
    io.err(`generate: ${(error as Error).message}\n${USAGE}`)
    return 2
  }
  const { out, check, force, quiet } = args.values
  const wordsPerMinute = args.values.wpm === undefined ? undefined : Number(args.values.wpm)
  if (wordsPerMinute !== undefined && !(wordsPerMinute > 0 && wordsPerMinute < 1000)) {
    io.err(`generate: --wpm expects a speaking rate in words a minute, such as 150; got "${args.values.wpm}"\n${USAGE}`)
    return 2
  }
  const lessonPath = args.positionals[0] ?? DEFAULT_LESSON
  const outPath = resolve(io.cwd, out)

  try {
    const markdown = await readUtf8(resolve(io.cwd, lessonPath), lessonPath)
    const source = relative(dirname(outPath), resolve(io.cwd, lessonPath)).split('\\').join('/')
    const { deck, text } = generateDeck(markdown, lessonPath, source, { wordsPerMinute })
    if (!quiet)
      io.err([pacingTable(deck), ...notesOnlyReport(deck), await figuresLine(io.cwd, lessonPath, deck)].join('\n'))
    const existing = await readFile(outPath, 'utf8').catch(() => undefined)

    if (check) {
      if (existing === text) {
        io.err(`${out} is up to date with ${lessonPath}`)
        return 0
      }
      io.err(`${out} is stale: it does not match what ${lessonPath} generates. Run: npm run generate`)
      return 1
    }
    if (existing !== undefined && existing !== text && provenanceOf(existing) !== 'generated' && !force) {
      throw new LessonError('HAND_EDITED', out, { line: 1, column: 1 }, `${provenanceOf(existing) === 'edited' ? 'was edited by hand since it was generated' : 'was not written by this generator'}; edit ${lessonPath} instead, or run again with --force to overwrite it`)
    }
    if (existing !== text) {
      await writeAtomically(outPath, text).catch((error: NodeJS.ErrnoException) => {
        throw new LessonError('UNWRITABLE', out, { line: 1, column: 1 }, `cannot write the deck (${error.code ?? error.message}); the file is left as it was`)
      })
    }
    io.out(out)
    return 0
  }
  catch (error) {
    if (error instanceof LessonError) {
      io.err(`generate: ${error.message}`)
      return 2
    }
    throw error
  }
}

/**
 * `on_slide_names` and `dangling_points` over every lesson in lessons/ (the one generated included,
 * as read now), so an author sees the series' figure move as they edit one lesson.
 */
async function figuresLine(cwd: string, lessonPath: string, deck: Deck): Promise<string> {
  const dir = resolve(cwd, LESSONS_DIR)
  const names = await readdir(dir).catch(() => [] as string[])
  const others = await Promise.all(names
    .filter(name => name.endsWith('.md') && resolve(dir, name) !== resolve(cwd, lessonPath))
    .map(async name => generateDeck(await readFile(join(dir, name), 'utf8'), join(LESSONS_DIR, name)).deck))
  const all = lessonFigures([deck, ...others])
  const own = lessonFigures([deck])
  return `on_slide_names: ${all.onSlideNames.toFixed(1)} % of ${all.names} names and figures in ${others.length + 1} lessons (this lesson ${own.onSlideNames.toFixed(1)} %); dangling_points: ${all.danglingPoints}`
}

/** Per section: its budget, its plan and the time its notes need; warnings last. */
export function pacingTable(deck: Deck): string {
  const { lesson, timing } = deck
  const rows = lesson.sections.map((section, i) => [
    section.title,
    section.budget ? formatRange(section.budget) : '-',
    formatSeconds(timing.planSeconds[i]!),
    formatSeconds(timing.speakSeconds[i]!),
    timing.speakSeconds[i]! > (section.budget?.max ?? timing.planSeconds[i]!) ? 'overruns' : '',
  ])
  const total = timing.speakSeconds.reduce((a, b) => a + b, 0)
  rows.push(['total', lesson.videoLength ? formatRange(lesson.videoLength) : '-', formatSeconds(timing.totalSeconds), formatSeconds(total), total > timing.totalSeconds ? 'overruns' : ''])
  const header = ['section', 'budget', 'plan', 'notes need', '']
  const widths = header.map((_, c) => Math.max(...[header, ...rows].map(row => row[c]!.length)))
  const line = (row: string[]) => row.map((cell, c) => cell.padEnd(widths[c]!)).join('  ').trimEnd()
  // When the whole script is too long, say by how much: the rate it would need, or what to cut.
  const summary = total > timing.totalSeconds && timing.totalSeconds > 0
    ? [`The notes need ${formatSeconds(total)} at ${timing.wordsPerMinute} words a minute for a plan of ${formatSeconds(timing.totalSeconds)}: `
        + `that is ${Math.round(timing.wordsPerMinute * total / timing.totalSeconds)} words a minute, or about ${Math.round(100 * (1 - timing.totalSeconds / total))} % of the narration to cut.`]
    : []
  return [
    `Pacing of ${deck.slides.length} slides at ${timing.wordsPerMinute} words a minute:`,
    line(header),
    ...rows.map(line),
    ...deck.warnings.map(w => `warning: ${lesson.file}:${w.at.line}:${w.at.column}: ${w.message}`),
    ...summary,
  ].join('\n')
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
