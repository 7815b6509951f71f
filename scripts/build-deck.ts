// CLI: node scripts/build-deck.ts DECK --out DIR [--base PATH] [--without-notes]
// Builds a deck with scripts/export/slidev-build.ts, the way every deck of the project is built:
// `npm run build:share` runs it, and `npm start -- --audience` runs it in a process of its own, at a
// low priority, so the presenter's dev server and browsers come first. Exit codes: 0 built, 1 the
// build failed, 2 bad arguments.
import type { Io } from './cli.ts'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'
import { buildDeck } from './export/slidev-build.ts'

const USAGE = 'usage: node scripts/build-deck.ts DECK --out DIR [--base PATH] [--without-notes]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('build-deck', io.err, async () => {
    const { values, positionals } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        'out': { type: 'string' },
        'base': { type: 'string', default: '/' },
        'without-notes': { type: 'boolean', default: false },
      },
    }))
    if (positionals.length !== 1 || values.out === undefined)
      throw new CliError('USAGE', `expected one deck file and --out DIR\n${USAGE}`)
    const outDir = resolve(io.cwd, values.out)
    await buildDeck({ entry: resolve(io.cwd, positionals[0]!), outDir, base: values.base, withoutNotes: values['without-notes'] }).catch((error: Error) => {
      throw new CliError('BUILD', `slidev could not build ${positionals[0]}: ${error.message}`)
    })
    io.out(relative(io.cwd, outDir) || '.')
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
