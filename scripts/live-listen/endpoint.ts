// The dev server's live listening endpoint, for the presenter view's Listen switch. The microphone's
// audio comes here and nowhere else: this machine only (loopback), the deck's own pages only, and
// the audience link has no such route (scripts/audience/routes.ts). Nothing is kept on disk but the
// few seconds the recogniser is listening to.
//   POST LISTEN_START {lessonSource}      → {session, sentences: [{text, slide, click}]}
//   POST LISTEN_AUDIO?session=ID&at=SLIDE.CLICK (PCM)  → where the speaker is: {sentence, finished, seconds}
//   POST LISTEN_STOP?session=ID
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Plugin } from 'vite'
import type { LiveSentence } from './routes.ts'
import type { Listener, Recognise } from './session.ts'
import { randomUUID } from 'node:crypto'
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import process from 'node:process'
import { CliError } from '../errors.ts'
import { isLoopback, readBytes, reply, sameOrigin } from '../rehearsal/endpoint.ts'
import { LISTEN_AUDIO, LISTEN_START, LISTEN_STOP } from './routes.ts'

/** A piece is a fraction of a second of 16 kHz 16-bit audio; this is ten seconds' worth. */
const MAX_PIECE_BYTES = 320_000
const MAX_SESSIONS = 4
/** A session no audio has reached for this long was left behind (a closed tab): it is stopped. */
const ABANDONED_MS = 30_000

interface Session { listener: Listener, lastSeen: number }

export interface ListenOptions {
  /** The project root, against which a lesson path is read. */
  root: string
  /** The lesson `npm start` presents, relative to the root; otherwise the deck's `lessonSource`. */
  lesson?: string
  recognise?: Recognise
}

export function listenMiddleware(options: ListenOptions) {
  const sessions = new Map<string, Session>()
  const sweep = setInterval(() => {
    for (const [id, session] of sessions) {
      if (Date.now() - session.lastSeen > ABANDONED_MS)
        void stop(id)
    }
  }, ABANDONED_MS / 3)
  sweep.unref()

  async function stop(id: string): Promise<void> {
    const session = sessions.get(id)
    sessions.delete(id)
    await session?.listener.stop()
  }

  async function start(body: string): Promise<[number, object]> {
    const { lessonSource } = JSON.parse(body || '{}') as { lessonSource?: unknown }
    const lesson = options.lesson ?? (typeof lessonSource === 'string' && lessonSource.endsWith('.md') ? lessonSource : undefined)
    if (!lesson)
      return [400, { error: 'lessonSource: expected the lesson\'s path (the deck\'s headmatter has it)' }]
    const markdown = await readFile(resolve(options.root, lesson), 'utf8').catch(() => undefined)
    if (markdown === undefined)
      return [404, { error: `no lesson ${lesson} to listen for` }]
    // Loaded at the first Listen, not with the dev server: the lesson's parser and the recogniser's
    // reader would otherwise come before the first page.
    const [{ listenForLesson }, { startListening }] = await Promise.all([import('../listen/sentences.ts'), import('./session.ts')])
    let sentences
    try {
      sentences = listenForLesson(markdown, lesson)
    }
    catch (error) {
      if (error instanceof CliError)
        return [422, { error: error.message }]
      throw error
    }
    if (sessions.size >= MAX_SESSIONS)
      return [429, { error: `already listening in ${sessions.size} views; stop one first` }]
    const id = randomUUID()
    sessions.set(id, { listener: await startListening(sentences, options.recognise), lastSeen: Date.now() })
    const live: LiveSentence[] = sentences.map(({ text, slide, click }) => ({ text, slide, click }))
    return [200, { session: id, sentences: live }]
  }

  return async (request: IncomingMessage, response: ServerResponse, next: (error?: unknown) => void): Promise<void> => {
    const url = new URL(request.url ?? '/', 'http://x')
    if (![LISTEN_START, LISTEN_AUDIO, LISTEN_STOP].includes(url.pathname))
      return next()
    try {
      if (request.method !== 'POST')
        return reply(response, 405, { error: 'expected POST' })
      // The voice never leaves this machine: a dev server shared with --remote refuses it from the network.
      if (!isLoopback(request.socket.remoteAddress))
        return reply(response, 403, { error: 'listening is for this machine only' })
      if (!sameOrigin(request))
        return reply(response, 403, { error: `requests from ${request.headers.origin} may not listen` })
      const bytes = await readBytes(request, MAX_PIECE_BYTES)
      if (bytes === undefined)
        return reply(response, 413, { error: `a piece is larger than ${MAX_PIECE_BYTES} bytes` })
      if (url.pathname === LISTEN_START)
        return reply(response, ...await start(bytes.toString('utf8')))
      const id = url.searchParams.get('session') ?? ''
      const session = sessions.get(id)
      if (url.pathname === LISTEN_STOP) {
        await stop(id)
        return reply(response, 200, { stopped: true })
      }
      if (!session)
        return reply(response, 404, { error: 'no such listening session; press Listen again' })
      if (bytes.length % 2 !== 0)
        return reply(response, 400, { error: 'expected 16-bit samples (an even number of bytes)' })
      session.lastSeen = Date.now()
      const [slide, click] = (url.searchParams.get('at') ?? '').split('.').map(Number)
      if (Number.isInteger(slide) && Number.isInteger(click))
        session.listener.show(slide!, click!)
      session.listener.append(new Int16Array(Uint8Array.from(bytes).buffer))
      reply(response, 200, session.listener.where())
    }
    catch (error) {
      next(error)
    }
  }
}

/** The Vite plugin: the endpoint on the dev server (`slidev`, not a build). */
export function listenEndpoint(env: { LESSON_DECKS_ROOT?: string, LESSON_DECKS_LESSON?: string } = process.env): Plugin {
  return {
    name: 'lesson-decks:listen',
    apply: 'serve',
    configureServer(server) {
      server.middlewares.use(listenMiddleware({ root: env.LESSON_DECKS_ROOT ?? server.config.root, lesson: env.LESSON_DECKS_LESSON || undefined }))
    },
  }
}
