// A take's recording, saved beside its run as rehearsals/<lesson-slug>/<run-id>.webm. The presenter
// view sends it a piece at a time while the run goes on (MediaRecorder's data every second), each
// piece appended at the offset the browser says it has sent, so a reload or a closed tab keeps what
// was recorded up to then. A plain function, so tests need no server.
import { mkdir, open, stat } from 'node:fs/promises'
import { join, resolve, sep } from 'node:path'
import { RE_RUN_ID, RE_SLUG } from './run.ts'

/** One piece: MediaRecorder hands over about a second of Opus, a few kilobytes. */
export const MAX_AUDIO_PIECE_BYTES = 1024 * 1024
/** A whole take: Opus at 64 kbit/s fills this in about two hours. */
export const MAX_TAKE_AUDIO_BYTES = 64 * 1024 * 1024
/** Every WebM file opens with the EBML header's ID. */
const EBML_MAGIC = [0x1A, 0x45, 0xDF, 0xA3]

export interface AudioPiece {
  lessonSlug: string
  runId: string
  /** Bytes of this take the browser sent before this piece. */
  offset: number
  bytes: Uint8Array
}

export interface AudioResult {
  status: 200 | 400 | 409 | 413
  body: { file: string, bytes: number } | { error: string, bytes?: number }
}

/** The piece's fields from the request's query, or why they can't be used. */
export function audioPieceOf(query: URLSearchParams, bytes: Uint8Array): AudioPiece | string {
  const lessonSlug = query.get('lessonSlug') ?? ''
  const runId = query.get('runId') ?? ''
  const offset = Number(query.get('offset'))
  if (!RE_SLUG.test(lessonSlug))
    return 'lessonSlug: expected lower-case letters, digits and dashes'
  if (!RE_RUN_ID.test(runId))
    return 'runId: expected 6 to 64 letters, digits, "-" or "_"'
  if (!Number.isSafeInteger(offset) || offset < 0)
    return 'offset: expected the bytes sent before this piece'
  return { lessonSlug, runId, offset, bytes }
}

// Pieces are written one after another, so two requests never interleave in one file.
let queue: Promise<unknown> = Promise.resolve()

/**
 * Appends a piece to its take's file. The first piece (offset 0) must be the start of a WebM file and
 * the take must have no recording yet; every other piece must continue exactly where the file ends
 * (409 with the file's size otherwise, and nothing written). A take never grows past MAX_TAKE_AUDIO_BYTES.
 */
export function saveAudioPiece(piece: AudioPiece, rehearsalsDir: string): Promise<AudioResult> {
  const result = queue.then(() => append(piece, rehearsalsDir))
  queue = result.catch(() => undefined)
  return result
}

async function append(piece: AudioPiece, rehearsalsDir: string): Promise<AudioResult> {
  if (piece.bytes.length === 0 || piece.bytes.length > MAX_AUDIO_PIECE_BYTES)
    return { status: 413, body: { error: `a piece holds 1 to ${MAX_AUDIO_PIECE_BYTES} bytes` } }
  if (piece.offset + piece.bytes.length > MAX_TAKE_AUDIO_BYTES)
    return { status: 413, body: { error: `a take's recording may not pass ${MAX_TAKE_AUDIO_BYTES} bytes` } }
  const root = resolve(rehearsalsDir)
  const dir = resolve(root, piece.lessonSlug)
  if (!dir.startsWith(root + sep))
    return { status: 400, body: { error: 'lessonSlug leaves the rehearsals folder' } }
  const file = join(dir, `${piece.runId}.webm`)
  const size = (await stat(file).catch(() => undefined))?.size
  if (piece.offset === 0) {
    if (size !== undefined)
      return { status: 409, body: { error: 'this run has a recording already; a run is recorded once', bytes: size } }
    if (!EBML_MAGIC.every((byte, i) => piece.bytes[i] === byte))
      return { status: 400, body: { error: 'expected the start of a WebM file (audio/webm from MediaRecorder)' } }
  }
  else if (size !== piece.offset) {
    return { status: 409, body: { error: `the recording has ${size ?? 0} bytes, not ${piece.offset}`, bytes: size ?? 0 } }
  }
  await mkdir(dir, { recursive: true })
  const handle = await open(file, piece.offset === 0 ? 'wx' : 'a')
  try {
    await handle.write(piece.bytes)
  }
  finally {
    await handle.close()
  }
  return { status: 200, body: { file: `rehearsals/${piece.lessonSlug}/${piece.runId}.webm`, bytes: piece.offset + piece.bytes.length } }
}

/** The runs that have a recording, with its size: what `npm run rehearsals` lists. */
export async function recordedRuns(dir: string, runs: { runId: string, startedAt: string }[]): Promise<{ runId: string, startedAt: string, bytes: number }[]> {
  const found = await Promise.all(runs.map(async run => ({ ...run, bytes: (await stat(join(dir, `${run.runId}.webm`)).catch(() => undefined))?.size ?? 0 })))
  return found.filter(run => run.bytes > 0).map(({ runId, startedAt, bytes }) => ({ runId, startedAt, bytes }))
}

/** `Recorded: 2 of 5 runs — 3f2a… (2026-01-31 09:30, 412 KB), …`, for the report. */
export function formatRecorded(recorded: { runId: string, startedAt: string, bytes: number }[], runs: number): string {
  if (recorded.length === 0)
    return 'Recorded: no run has a recording (press Record in the presenter view before you start the timer).'
  const list = recorded.map(run => `${run.runId} (${run.startedAt.slice(0, 16).replace('T', ' ')}, ${Math.ceil(run.bytes / 1024)} KB)`).join(', ')
  return `Recorded: ${recorded.length} of ${runs} run${runs === 1 ? '' : 's'}, for npm run video -- --take RUN-ID: ${list}`
}
