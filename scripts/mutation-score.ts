import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
// The last line of `npm run mutate`: the mutation score of scripts/lesson/ from Stryker's JSON report,
// with how many mutants survived, so the figure is the one thing left on screen.
import process from 'node:process'

const REPORT = join(import.meta.dirname, '../reports/mutation/mutation.json')
/** Stryker's own definition: detected (killed or timed out) over all valid mutants. */
const DETECTED = new Set(['Killed', 'Timeout'])
const VALID = new Set(['Killed', 'Timeout', 'Survived', 'NoCoverage'])

interface MutationReport { files: Record<string, { mutants: { status: string }[] }> }

const report = JSON.parse(await readFile(REPORT, 'utf8')) as MutationReport
const statuses = Object.values(report.files).flatMap(file => file.mutants.map(mutant => mutant.status)).filter(status => VALID.has(status))
const detected = statuses.filter(status => DETECTED.has(status)).length
const survived = statuses.filter(status => status === 'Survived').length
const uncovered = statuses.filter(status => status === 'NoCoverage').length
process.stdout.write(`Mutation score of scripts/lesson/: ${(100 * detected / statuses.length).toFixed(1)} % (${detected} of ${statuses.length} mutants detected; ${survived} survived, ${uncovered} not covered). Target: 80 %.\n`)
