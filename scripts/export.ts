// CLI: npm run export -- [--format pdf|pptx] [--with-clicks] [--lesson FILE] [--out FILE]   (--all: every lesson, see scripts/course.ts)
// The deck as a PDF, each slide in its final state (or one page per click step), with the lesson's
// title and an outline of its sections; or as PowerPoint, one slide per click step with that step's
// notes (scripts/export/pptx-export.ts). Progress on stderr, the path written on stdout.
// Exit codes: 0 written, 1 the build, print or checks failed (nothing written), 2 arguments,
// lesson, browser or tools can't be used.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { writeDeckPdf } from './export/deck-pdf.ts'
import { openPrintSession } from './export/session.ts'
import { lessonDeck, projectDeck } from './export/source.ts'

const USAGE = 'usage: npm run export -- [--format pdf|pptx] [--with-clicks] [--lesson FILE] [--out FILE]'
const FORMATS = ['pdf', 'pptx']

export function main(argv: string[], io: Io = processIo): Promise<number> {
  // Every lesson of the course: scripts/course.ts.
  if (argv.includes('--all'))
    return import('./course.ts').then(course => course.exportAll(argv.filter(arg => arg !== '--all'), io))
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
      const [{ exportPptx }, { plannedDeck }, { DEFAULT_LESSON }] = await Promise.all([import('./export/pptx-export.ts'), import('./export/source.ts'), import('./generate.ts')])
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

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
