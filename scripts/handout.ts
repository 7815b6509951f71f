// CLI: npm run handout -- [--lesson FILE] [--paper a4|letter] [--out FILE]
// A rehearsal handout: per slide its picture in its final state, its section and time budget, and
// its notes split at the clicks (the handout format of scripts/export/formats.ts). The notes come
// from the lesson's plan, the pictures from the deck that plan renders to. Exit codes as for npm run export.
import type { Io } from './cli.ts'
import type { Paper } from './export/handout-html.ts'
import { relative } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { exportFormat } from './export/export-format.ts'
import { PAPER_SIZES } from './export/handout-html.ts'

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
    // Without --lesson: the lesson slides.md was generated from, at the rate it was generated with.
    const { out, summary } = await exportFormat({ root: io.cwd, format: 'handout', lesson: values.lesson, out: values.out, withClicks: false, paper: values.paper as Paper, log: io.err })
    io.err(`${summary} in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    io.out(relative(io.cwd, out))
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
