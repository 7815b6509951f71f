// CLI: npm run export -- [--format pdf|handout|pptx] [--with-clicks] [--lesson FILE] [--out FILE]
//      npm run export -- --all [--lessons DIR] [--out DIR]: every lesson's PDF and handout, as the course builds them
// The deck in one of the formats of scripts/export/formats.ts: by default a PDF, each slide in its
// final state (or one page per click step), with the lesson's title and an outline of its sections;
// or PowerPoint, one slide per click step with that step's notes. Progress on stderr, the path
// written on stdout.
// Exit codes: 0 written, 1 the build, print or checks failed (nothing written), 2 arguments,
// lesson, browser or tools can't be used.
import type { Io } from './cli.ts'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { resolveChromium } from './browser.ts'
import { startChromium } from './chromium-process.ts'
import { isMain, processIo } from './cli.ts'
import { parseCourseArgs } from './course/args.ts'
import { EXPORTS_DIR } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { FORMATS, isFormatName } from './export/formats.ts'

const FORMAT_NAMES = Object.keys(FORMATS)
const USAGE = `usage: npm run export -- [--format ${FORMAT_NAMES.join('|')}] [--with-clicks] [--lesson FILE] [--out FILE]`
const ALL_USAGE = 'usage: npm run export -- --all [--lessons DIR] [--out DIR]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  if (argv.includes('--all'))
    return exportAll(argv.filter(arg => arg !== '--all'), io)
  return runCommand('export', io.err, async () => {
    const { values } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      options: {
        'format': { type: 'string', default: 'pdf' },
        'with-clicks': { type: 'boolean', default: false },
        'lesson': { type: 'string' },
        'out': { type: 'string' },
      },
    }))
    const format = values.format
    if (!isFormatName(format))
      throw new CliError('USAGE', `--format expects ${FORMAT_NAMES.slice(0, -1).join(', ')} or ${FORMAT_NAMES.at(-1)}; got "${format}"\n${USAGE}`)
    if (values['with-clicks'] && FORMATS[format].clicks !== 'optional') {
      const why = FORMATS[format].clicks === 'always' ? 'a PowerPoint export always has one slide per click step' : `the ${format} has one page per slide`
      throw new CliError('USAGE', `--with-clicks is for PDFs: ${why}\n${USAGE}`)
    }
    const started = performance.now()
    // Chromium starts before the export's code (and Playwright) is loaded, and comes up meanwhile.
    const chromium = startChromium(resolveChromium())
    let out: string, summary: string
    try {
      const { exportFormat } = await import('./export/export-format.ts')
      ;({ out, summary } = await exportFormat({ root: io.cwd, format, lesson: values.lesson, out: values.out, withClicks: values['with-clicks'], paper: 'a4', chromium, log: io.err }))
    }
    finally {
      await chromium.stop()
    }
    io.err(`${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    io.out(relative(io.cwd, out))
    return 0
  })
}

/** `--all`: every lesson's PDF and handout into exports/, built as the course builds them. */
function exportAll(argv: string[], io: Io): Promise<number> {
  return runCommand('export', io.err, async () => {
    const args = parseCourseArgs(ALL_USAGE, argv, EXPORTS_DIR)
    // Loaded here: a single export needs none of the course.
    const [{ runCourse, summaryTable, throwIfFailed }, { publishExports }] = await Promise.all([import('./course/run.ts'), import('./course/publish.ts')])
    const run = await runCourse(io.cwd, args.lessons, io.err)
    const written = await publishExports(resolve(io.cwd, args.out), run)
    io.err(summaryTable(run.builds))
    for (const path of written)
      io.out(relative(io.cwd, path))
    throwIfFailed(run.builds)
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
