// What the rehearsal endpoint does with a body: check it, then write it to
// rehearsals/<lesson-slug>/<timestamp>.json atomically. A plain function, so tests need no server.
import type { CliError } from '../errors.ts'
import type { RehearsalRun } from './run.ts'
import { Buffer } from 'node:buffer'
import { mkdir, readFile } from 'node:fs/promises'
import { join, relative, resolve, sep } from 'node:path'
import { writeAtomically } from '../io.ts'
import { fileStemOf, isBadRun, MAX_BODY_BYTES, parseRun } from './run.ts'

export interface SaveResult {
  status: 200 | 400 | 500
  body: { file: string } | { error: string }
}

/** Same-stem files of other runs before giving up: only runs started in the same millisecond collide. */
const MAX_SUFFIX = 100

// Saves run one after another, so two requests can't both pick the same free name.
let queue: Promise<unknown> = Promise.resolve()

/**
 * Saves the run in `body` under `rehearsalsDir`. 400 and nothing written when the body is not a
 * valid run or is larger than MAX_BODY_BYTES. Saving the same run again (same runId) updates its
 * file; another run that started in the same millisecond gets `-2`, `-3`… and never replaces it.
 */
export function saveRehearsal(body: string, rehearsalsDir: string): Promise<SaveResult> {
  const result = queue.then(() => save(body, rehearsalsDir))
  queue = result.catch(() => undefined)
  return result
}

async function save(body: string, rehearsalsDir: string): Promise<SaveResult> {
  if (Buffer.byteLength(body) > MAX_BODY_BYTES)
    return refuse(`the body is larger than ${MAX_BODY_BYTES} bytes`)
  let run: RehearsalRun
  try {
    run = parseRun(JSON.parse(body))
  }
  catch (error) {
    if (error instanceof SyntaxError || isBadRun(error))
      return refuse(error instanceof SyntaxError ? `the body is not JSON (${error.message})` : (error as CliError).message)
    throw error
  }
  const root = resolve(rehearsalsDir)
  const dir = resolve(root, run.lessonSlug)
  // The slug pattern already rules out `..` and slashes; this keeps it so if the pattern ever changes.
  if (!dir.startsWith(root + sep))
    return refuse(`lessonSlug: ${JSON.stringify(run.lessonSlug)} leaves the rehearsals folder`)
  await mkdir(dir, { recursive: true })
  const path = await freePathFor(dir, fileStemOf(run.startedAt), run.runId)
  if (!path)
    return { status: 500, body: { error: `more than ${MAX_SUFFIX} runs started at ${run.startedAt}` } }
  await writeAtomically(path, `${JSON.stringify(run, null, 2)}\n`)
  return { status: 200, body: { file: relative(resolve(root, '..'), path).split(sep).join('/') } }
}

/** The file this run may write: its own earlier save, or the first name no other run has taken. */
async function freePathFor(dir: string, stem: string, runId: string): Promise<string | undefined> {
  for (let n = 1; n <= MAX_SUFFIX; n++) {
    const path = join(dir, `${n === 1 ? stem : `${stem}-${n}`}.json`)
    const existing = await readFile(path, 'utf8').catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT')
        return undefined
      throw error
    })
    if (existing === undefined || runIdOf(existing) === runId)
      return path
  }
  return undefined
}

function runIdOf(text: string): string | undefined {
  try {
    return (JSON.parse(text) as { runId?: string }).runId
  }
  catch {
    return undefined
  }
}

function refuse(error: string): SaveResult {
  return { status: 400, body: { error } }
}
