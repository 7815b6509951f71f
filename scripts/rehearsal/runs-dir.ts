// Reads the runs saved under rehearsals/<lesson-slug>/. A file that is not a run (malformed, foreign,
// unreadable) is named and skipped, never a crash: the report counts it, the plan goes on without it.
import type { HeardRun } from './heard.ts'
import type { RehearsalRun } from './run.ts'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { HEARD_SUFFIX, parseHeard } from './heard.ts'
import { isBadRun, parseRun } from './run.ts'

/** The HTML report `npm run rehearsals -- --html` writes beside the runs: ours, so never a foreign file. */
export const REPORT_FILE = 'report.html'

export interface SkippedFile {
  /** As the user would name it, e.g. `rehearsals/platform-vs-product/notes.txt`. */
  file: string
  reason: string
}

export interface RunsFound {
  runs: RehearsalRun[]
  /** What was said in the recorded runs the dev server has listened to, by run id. */
  heard: Map<string, HeardRun>
  skipped: SkippedFile[]
}

/** Every run in `dir` (shown to the user as `shownDir`); none when the folder does not exist. */
export async function readRuns(dir: string, shownDir: string): Promise<RunsFound> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => [])
  const runs: RehearsalRun[] = []
  const heard = new Map<string, HeardRun>()
  const skipped: SkippedFile[] = []
  for (const entry of entries.sort((a, b) => a.name.localeCompare(b.name))) {
    const file = `${shownDir}/${entry.name}`
    // The report, and files an atomic write leaves while writing (`*.tmp`), are not runs, nor are they foreign.
    // Nor are a take's recordings (<run-id>.webm, beside their runs); what was heard in them is read.
    if (entry.name === REPORT_FILE || entry.name.endsWith('.tmp') || entry.name.endsWith('.webm'))
      continue
    if (!entry.isFile() || !entry.name.endsWith('.json')) {
      skipped.push({ file, reason: entry.isFile() ? 'not a run file (expected NAME.json)' : 'not a file' })
      continue
    }
    try {
      const value: unknown = JSON.parse(await readFile(join(dir, entry.name), 'utf8'))
      if (entry.name.endsWith(HEARD_SUFFIX)) {
        const one = parseHeard(value)
        heard.set(one.runId, one)
      }
      else {
        runs.push(parseRun(value))
      }
    }
    catch (error) {
      skipped.push({ file, reason: reasonSkipped(error) })
    }
  }
  return { runs, heard, skipped }
}

/** Why a file is not a run; anything but a bad file (a bug) goes on up. */
function reasonSkipped(error: unknown): string {
  if (error instanceof SyntaxError)
    return `not JSON (${error.message})`
  if (isBadRun(error))
    return error.message
  const code = (error as NodeJS.ErrnoException).code
  if (typeof code === 'string')
    return `unreadable (${code})`
  throw error
}
