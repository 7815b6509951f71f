// CLI: npm run handout -- [--lesson FILE] [--paper a4|letter] [--out FILE]
// A rehearsal handout: per slide its picture in its final state, its section and time budget, and
// its notes split at the clicks. The notes come from the lesson's plan, the pictures from the deck
// that plan renders to. Exit codes as for npm run export.
import { relative, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { isMain, type Io, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { DEFAULT_LESSON } from './deck-location.ts'
import { writeHandout } from './export/handout.ts'
import { PAPER_SIZES, type Paper } from './export/handout-html.ts'
import { openPrintSession } from './export/session.ts'
import { plannedDeck } from './export/source.ts'
import { plain } from './lesson/text.ts'

const USAGE = 'usage: npm run handout -- [--lesson FILE] [--paper a4|letter] [--out FILE]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('handout', io.err, async () => {
    const { values } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      options: {
        lesson: { type: 'string' },
        paper: { type: 'string', default: 'a4' },
        out: { type: 'string' },
      },
    }))
    if (!(values.paper in PAPER_SIZES))
      throw new CliError('USAGE', `--paper expects a4 or letter; got "${values.paper}"\n${USAGE}`)
    const started = performance.now()
    const root = io.cwd
    const paper = values.paper as Paper
    // Without --lesson: the lesson slides.md was generated from, at the rate it was generated with.
    const source = await plannedDeck(root, values.lesson, DEFAULT_LESSON, io.err)
    const planned = source.planned!
    const notesText = planned.slides.flatMap(slide => slide.notes.flat().map(plain)).join('\n')
    const session = await openPrintSession({ root, source, withClicks: false, extraText: notesText, log: io.err })
    try {
      const { deck } = session
      const out = resolve(root, values.out ?? `exports/${deck.slug}-handout.pdf`)
      await writeHandout(session, planned, paper, out, io.err)
      io.err(`handout of ${deck.slides.length} slides in ${((performance.now() - started) / 1000).toFixed(1)} s`)
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
