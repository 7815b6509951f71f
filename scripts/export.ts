// CLI: npm run export -- [--with-clicks] [--lesson FILE] [--out FILE]   (--all: every lesson, see scripts/course.ts)
// The deck as a PDF, each slide in its final state (or one page per click step), with the lesson's
// title and an outline of its sections. Progress on stderr, the path written on stdout.
// Exit codes: 0 written, 1 the build, print or checks failed (nothing written), 2 arguments,
// lesson, browser or tools can't be used.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { parseUsage, runCommand } from './errors.ts'
import { writeDeckPdf } from './export/deck-pdf.ts'
import { openPrintSession } from './export/session.ts'
import { lessonDeck, projectDeck } from './export/source.ts'

const USAGE = 'usage: npm run export -- [--with-clicks] [--lesson FILE] [--out FILE]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  // Every lesson of the course: scripts/course.ts.
  if (argv.includes('--all'))
    return import('./course.ts').then(course => course.exportAll(argv.filter(arg => arg !== '--all'), io))
  return runCommand('export', io.err, async () => {
    const { values } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      options: {
        'with-clicks': { type: 'boolean', default: false },
        'lesson': { type: 'string' },
        'out': { type: 'string' },
      },
    }))
    const started = performance.now()
    const root = io.cwd
    const withClicks = values['with-clicks']
    const source = values.lesson ? await lessonDeck(root, values.lesson) : await projectDeck(root)
    const session = await openPrintSession({ root, source, withClicks, log: io.err })
    try {
      const { deck, pages } = session
      const out = resolve(root, values.out ?? `exports/${deck.slug}${withClicks ? '-clicks' : ''}.pdf`)
      await writeDeckPdf(session, out)
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
