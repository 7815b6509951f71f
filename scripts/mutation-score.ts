// The last lines of `npm run mutate`: the mutation score of scripts/lesson/ from Stryker's JSON report,
// per folder and in all, with how many mutants survived, so the figures are what is left on screen.
import { readFile } from 'node:fs/promises'
import { dirname, join, relative } from 'node:path'
import process from 'node:process'

const ROOT = join(import.meta.dirname, '..')
const REPORT = join(ROOT, 'reports/mutation/mutation.json')
/** Stryker's own definition: detected (killed or timed out) over all valid mutants. */
const DETECTED = new Set(['Killed', 'Timeout'])
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage'])

interface MutationReport { files: Record<string, { mutants: { status: string }[] }> }

function line(name: string, statuses: string[]): string {
  const valid = statuses.filter(status => VALID.has(status))
  const detected = valid.filter(status => DETECTED.has(status)).length
  const survived = valid.filter(status => status === 'Survived').length
  const uncovered = valid.filter(status => status === 'NoCoverage').length
  const ignored = statuses.filter(status => status === 'Ignored').length
  return `${name}: ${(100 * detected / valid.length).toFixed(1)} % (${detected} of ${valid.length} mutants detected; ${survived} survived, ${uncovered} not covered; ${ignored} left out as static or equivalent)`
}

const report = JSON.parse(await readFile(REPORT, 'utf8')) as MutationReport
const byFolder = new Map<string, string[]>()
for (const [file, { mutants }] of Object.entries(report.files)) {
  const folder = `${relative(ROOT, dirname(join(ROOT, file)))}/`
  byFolder.set(folder, [...(byFolder.get(folder) ?? []), ...mutants.map(mutant => mutant.status)])
}
for (const [folder, statuses] of [...byFolder].sort(([a], [b]) => a.localeCompare(b)))
  process.stdout.write(`  ${line(`${folder}*.ts`, statuses)}\n`)
process.stdout.write(`${line('Mutation score of scripts/lesson/', [...byFolder.values()].flat())}. Target: 80 %.\n`)
