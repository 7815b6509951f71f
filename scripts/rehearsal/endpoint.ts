// The dev server's rehearsal endpoint: POST a run as JSON to REHEARSAL_ENDPOINT and it is saved under
// rehearsals/; POST pieces of its recording to TAKE_AUDIO_ENDPOINT and they are appended to its .webm, which is
// listened to once the run is saved (align-run.ts). Registered by vite-plugins.ts on `slidev` (dev) only; a built deck has no endpoint.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import type { AlignOptions, AlignRuns } from './align-run.ts'
import { Buffer } from 'node:buffer'
import { join } from 'node:path'
import process from 'node:process'
import { REHEARSALS_DIR } from '../deck-location.ts'
import { audioPieceOf, MAX_AUDIO_PIECE_BYTES, saveAudioPiece } from './audio.ts'
import { MAX_BODY_BYTES, REHEARSAL_ENDPOINT, TAKE_AUDIO_ENDPOINT } from './run.ts'
import { saveRehearsal } from './save.ts'

type Next = (error?: unknown) => void

/** Connect-style middleware (what Vite's dev server runs) for REHEARSAL_ENDPOINT; `listen` hears recorded runs after they are saved. */
export function rehearsalMiddleware(rehearsalsDir: string, listen?: AlignRuns) {
  return async (request: IncomingMessage, response: ServerResponse, next: Next): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://x')
    const isAudio = url.pathname === TAKE_AUDIO_ENDPOINT
    if (url.pathname !== REHEARSAL_ENDPOINT && !isAudio)
      return next()
    try {
      if (request.method !== 'POST')
        return reply(response, 405, { error: isAudio ? 'expected POST with a piece of a recording as audio/webm' : 'expected POST with a rehearsal run as JSON' })
      // A deck shared with --remote is reachable from the network; only the speaker's machine writes to its disk.
      if (!isLoopback(request.socket.remoteAddress))
        return reply(response, 403, { error: 'rehearsals are saved from this machine only' })
      // Only the deck's own pages may save: another site open in the speaker's browser may not.
      if (!sameOrigin(request))
        return reply(response, 403, { error: `requests from ${request.headers.origin} may not save rehearsals` })
      if (isAudio)
        return await receiveAudio(request, response, url.searchParams, rehearsalsDir, listen)
      if (!/^application\/json\b/.test(request.headers['content-type'] ?? ''))
        return reply(response, 415, { error: 'expected content-type: application/json' })
      const body = await readBody(request, MAX_BODY_BYTES)
      if (body === undefined)
        return reply(response, 400, { error: `the body is larger than ${MAX_BODY_BYTES} bytes` })
      const saved = await saveRehearsal(body, rehearsalsDir)
      reply(response, saved.status, saved.body)
      if (saved.status === 200 && listen) {
        const { lessonSlug, runId } = JSON.parse(body) as { lessonSlug: string, runId: string }
        listen.runSaved(lessonSlug, runId)
      }
    }
    catch (error) {
      next(error)
    }
  }
}

/** A piece of a take's recording (audio.ts): checked, then appended to the run's .webm. */
async function receiveAudio(
  request: IncomingMessage,
  response: ServerResponse,
  query: URLSearchParams,
  rehearsalsDir: string,
  listen?: AlignRuns,
): Promise<void> {
  if (!/^audio\/webm\b/.test(request.headers['content-type'] ?? ''))
    return reply(response, 415, { error: 'expected content-type: audio/webm' })
  const bytes = await readBytes(request, MAX_AUDIO_PIECE_BYTES)
  if (bytes === undefined)
    return reply(response, 413, { error: `a piece is larger than ${MAX_AUDIO_PIECE_BYTES} bytes` })
  const piece = audioPieceOf(query, bytes)
  if (typeof piece === 'string')
    return reply(response, 400, { error: piece })
  const saved = await saveAudioPiece(piece, rehearsalsDir)
  reply(response, saved.status, saved.body)
  listen?.audioCame(piece.lessonSlug, piece.runId)
}

/** A request from the deck's own pages (or from no page at all); not from another site open in the browser. */
export function sameOrigin(request: IncomingMessage): boolean {
  const origin = request.headers.origin
  return origin === undefined || hostOf(origin) === request.headers.host
}

function hostOf(origin: string): string | undefined {
  try {
    return new URL(origin).host
  }
  catch {
    return undefined
  }
}

export function isLoopback(address: string | undefined): boolean {
  return address !== undefined && (address === '::1' || /^(?:::ffff:)?127\./.test(address))
}

/**
 * The request's body as text, or undefined when it is larger than `limit` bytes. An oversized body
 * is still read to its end (and dropped), so the client gets the answer instead of a reset connection.
 */
function readBody(request: IncomingMessage, limit: number): Promise<string | undefined> {
  return readBytes(request, limit).then(bytes => bytes?.toString('utf8'))
}

export function readBytes(request: IncomingMessage, limit: number): Promise<Buffer | undefined> {
  return new Promise((done, fail) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size <= limit)
        chunks.push(chunk)
    })
    request.on('end', () => done(size > limit ? undefined : Buffer.concat(chunks)))
    request.on('error', fail)
  })
}

export function reply(response: ServerResponse, status: number, body: object): void {
  response.writeHead(status, { 'content-type': 'application/json' })
  response.end(JSON.stringify(body))
}

/** The Vite plugin: the endpoint on the dev server, writing under `rehearsalsDir` (default: rehearsals/ of the deck). */
export function rehearsalEndpoint(rehearsalsDir?: string): Plugin {
  return {
    name: 'lesson-decks:rehearsals',
    apply: 'serve',
    configureServer(server) {
      const dir = rehearsalsDir ?? join(server.config.root, REHEARSALS_DIR)
      const root = process.env.LESSON_DECKS_ROOT ?? server.config.root
      server.middlewares.use(rehearsalMiddleware(dir, alignRunsWhenUsed({ rehearsalsDir: dir, root, lesson: process.env.LESSON_DECKS_LESSON || undefined })))
    },
  }
}

/**
 * alignRuns, its code (the lesson's parser, the recogniser's reader) loaded when a run first needs it
 * rather than with the dev server, where it would come before the first page. Calls keep their order.
 */
function alignRunsWhenUsed(options: AlignOptions): AlignRuns {
  let made: Promise<AlignRuns> | undefined
  const runs = () => (made ??= import('./align-run.ts').then(module => module.alignRuns(options)))
  return {
    runSaved: (lessonSlug, runId) => void runs().then(aligned => aligned.runSaved(lessonSlug, runId)),
    audioCame: (lessonSlug, runId) => void runs().then(aligned => aligned.audioCame(lessonSlug, runId)),
    idle: async () => made && (await made).idle(),
  }
}
