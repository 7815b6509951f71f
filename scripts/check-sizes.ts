// CLI: npm run check:sizes — part of `npm test`. No source file over MAX_LINES lines: a file that long
// holds more than one job and is split by job. Tests are left out: a test file follows the module it
// tests and its fixtures, and grows with the cases.
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import process from 'node:process'
import { isMain } from './cli.ts'

export const MAX_LINES = 260
const SOURCE_DIRS = ['scripts', 'components', 'setup', 'styles', 'types']
const RE_SOURCE = /\.(?:ts|mts|mjs|vue|css)$/
/**
 * Files being split in another branch, with the size they may have until then. An entry that is no
 * longer needed fails the check too, so the list only shrinks.
 */
const BEING_SPLIT: Record<string, number> = {}

/** Lines of a file's text (a last line without a newline counts). */
export function lineCount(text: string): number {
  return text === '' ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0)
}

/** What is wrong with the sizes of these files (path → text), in path order; empty when nothing is. */
export function sizeProblems(files: Map<string, string>, max = MAX_LINES, beingSplit: Record<string, number> = BEING_SPLIT): string[] {
  const problems: string[] = []
  for (const [path, text] of [...files].sort(([a], [b]) => a.localeCompare(b))) {
    const lines = lineCount(text)
    const allowed = beingSplit[path] ?? max
    if (lines > allowed)
      problems.push(`${path}: ${lines} lines, over ${allowed}; split it by job`)
    else if (path in beingSplit && lines <= max)
      problems.push(`${path}: ${lines} lines, within ${max} now; take it off BEING_SPLIT in scripts/check-sizes.ts`)
  }
  for (const path of Object.keys(beingSplit)) {
    if (!files.has(path))
      problems.push(`${path}: gone; take it off BEING_SPLIT in scripts/check-sizes.ts`)
  }
  return problems
}

function sourceFiles(root: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const dir of SOURCE_DIRS) {
    const names = readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' }).filter(name => RE_SOURCE.test(name))
    for (const name of names)
      files.set(relative(root, join(root, dir, name)).split('\\').join('/'), readFileSync(join(root, dir, name), 'utf8'))
  }
  return files
}

if (isMain(import.meta.url)) {
  const problems = sizeProblems(sourceFiles(join(import.meta.dirname, '..')))
  problems.forEach(problem => process.stderr.write(`check:sizes: ${problem}\n`))
  process.exitCode = problems.length > 0 ? 1 : 0
}
