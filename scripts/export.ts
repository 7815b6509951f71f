// CLI: npm run export -- [--format pdf|pptx] [--with-clicks] [--lesson FILE] [--out FILE]
//      npm run export -- --all [--lessons DIR] [--out DIR]: every lesson's PDF and handout, as the course builds them
// The deck as a PDF, each slide in its final state (or one page per click step), with the lesson's
// title and an outline of its sections; or as PowerPoint, one slide per click step with that step's
// notes (scripts/export/pptx-export.ts). Progress on stderr, the path written on stdout.
// Exit codes: 0 written, 1 the build, print or checks failed (nothing written), 2 arguments,
// lesson, browser or tools can't be used.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { parseCourseArgs } from './course/args.ts'
import { DEFAULT_LESSON } from './deck-location.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { writeDeckPdf } from './export/deck-pdf.ts'
import { openPrintSession } from './export/session.ts'
import { lessonDeck, projectDeck } from './export/source.ts'

const USAGE = 'usage: npm run export -- [--format pdf|pptx] [--with-clicks] [--lesson FILE] [--out FILE]'
const ALL_USAGE = 'usage: npm run export -- --all [--lessons DIR] [--out DIR]'
const FORMATS = ['pdf', 'pptx']

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
    if (!FORMATS.includes(values.format))
      throw new CliError('USAGE', `--format expects pdf or pptx; got "${values.format}"\n${USAGE}`)
    if (values.format === 'pptx' && values['with-clicks'])
      throw new CliError('USAGE', `--with-clicks is for PDFs: a PowerPoint export always has one slide per click step\n${USAGE}`)
    const started = performance.now()
    const root = io.cwd
    if (values.format === 'pptx') {
      const [{ exportPptx }, { plannedDeck }] = await Promise.all([import('./export/pptx-export.ts'), import('./export/source.ts')])
      const out = await exportPptx({ root, source: await plannedDeck(root, values.lesson, DEFAULT_LESSON, io.err), out: values.out, log: io.err })
      io.err(`PowerPoint in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      io.out(relative(root, out))
      return 0
    }
    const withClicks = values['with-clicks']
    const source = values.lesson ? await lessonDeck(root, values.lesson) : await projectDeck(root)
    const session = await openPrintSession({ root, source, withClicks, log: io.err })
    try {
      const { deck, pages } = session
      const out = resolve(root, values.out ?? `exports/${deck.slug}${withClicks ? '-clicks' : ''}.pdf`)
      // Once printed, Chromium shuts down while the PDF is finished and checked (a failure to close is
      // reported by the close in finally).
      await writeDeckPdf(session, out, () => session.close().catch(() => undefined))
      io.err(`${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s`)
      io.out(relative(root, out))
    }
    finally {
      await session.close()
    }
    return 0
  })
}

/** `--all`: every lesson's PDF and handout into exports/, built as the course builds them. */
function exportAll(argv: string[], io: Io): Promise<number> {
  return runCommand('export', io.err, async () => {
    const args = parseCourseArgs(ALL_USAGE, argv, 'exports')
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
