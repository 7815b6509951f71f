// The review's local server (127.0.0.1 only): each page is drawn from the lesson as it is on disk now, and
// each answer is written into the lesson (atomically; only the section's `pictures:` line changes), then
// the lesson's deck is generated again, as `npm run generate` would.
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { ReviewedPicture, WordToDraw } from './pictures.ts'
import type { PictureAnswer } from './rewrite.ts'
import { createServer } from 'node:http'
import { resolve } from 'node:path'
import { writeDeckFile } from '../deck-file.ts'
import { deckFileFor } from '../deck-location.ts'
import { CliError } from '../errors.ts'
import { readUtf8, writeAtomically } from '../io.ts'
import { hasIcon, iconSvg } from '../lesson/icons/index.ts'
import { iconOffers } from '../lesson/icons/search.ts'
import { generateDeck } from '../lesson/index.ts'
import { generatePacedDeckFile } from '../paced-deck.ts'
import { listPage, messagePage, pickPage } from './page.ts'
import { reviewedSections, wordToDraw } from './pictures.ts'
import { withAnswer } from './rewrite.ts'

const HOST = '127.0.0.1'
/** An answer is a few short fields; anything longer is not one. */
const MAX_BODY_BYTES = 16 * 1024
const OFFERS = 40

export interface ReviewServer {
  url: string
  close: () => Promise<void>
}

export interface ReviewOptions {
  /** The project root: the lesson and its deck are relative to it. */
  root: string
  /** The lesson, as the user named it. */
  lesson: string
  port: number
  /** Told of each answer written (the command prints it). */
  log?: (line: string) => void
}

export function startReviewServer(options: ReviewOptions): Promise<ReviewServer> {
  let notice: string | undefined
  let problem: string | undefined
  const lessonPath = resolve(options.root, options.lesson)
  const readLesson = () => readUtf8(lessonPath, options.lesson)

  /** The picture of the word in the section, or the word to draw when it has none yet (a section without a picture). */
  async function pictureOf(params: URLSearchParams): Promise<ReviewedPicture | WordToDraw | undefined> {
    const { deck } = generateDeck(await readLesson(), options.lesson)
    const section = reviewedSections(deck).find(each => String(each.index) === params.get('section'))
    const word = params.get('word') ?? ''
    return section?.pictures.find(picture => picture.word === word) ?? (section?.mayAdd ? wordToDraw(deck, section.index, word) : undefined)
  }

  /** Writes the answer into the lesson, then generates the deck again; says what it did. */
  async function answer(form: URLSearchParams): Promise<void> {
    const field = (name: string): string => form.get(name) ?? ''
    const [kind, word, icon, heading] = [field('kind'), field('word'), field('icon'), field('heading')]
    const section = Number(form.get('section'))
    if (!Number.isInteger(section) || !word || !(kind === 'wrong' || kind === 'forget' || (kind === 'pick' && hasIcon(icon))))
      throw new CliError('USAGE', 'expected an answer: kind (wrong, forget, or pick with an icon of the set), section, heading and word')
    const given: PictureAnswer = kind === 'pick' ? { kind, section, word, icon } : { kind, section, word }
    const next = withAnswer(await readLesson(), options.lesson, given, heading)
    generateDeck(next, options.lesson) // A lesson the answer would break is never written.
    await writeAtomically(lessonPath, next).catch((error: NodeJS.ErrnoException) => {
      throw new CliError('UNWRITABLE', `cannot write the lesson (${error.code ?? error.message}); it is left as it was`, { file: options.lesson, line: 1, column: 1 })
    })
    const said = kind === 'wrong' ? `never draws “${word}”` : kind === 'pick' ? `draws “${word}” as ${icon}` : `draws “${word}” as the generator chooses`
    notice = `${heading} ${said}: written into ${options.lesson}.`
    options.log?.(`${options.lesson}: ${heading} ${said}`)
    // The deck follows, as `npm run generate` would make it (a deck edited by hand is left alone, and the page says so).
    const deck = deckFileFor(options.lesson)
    await writeDeckFile(options.root, (await generatePacedDeckFile(options.root, options.lesson, deck, undefined)).file)
    notice = `${notice} ${deck} generated again.`
  }

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    const url = new URL(request.url ?? '/', 'http://x')
    if (request.method === 'POST' && url.pathname === '/answer') {
      const form = new URLSearchParams(await bodyOf(request))
      notice = undefined
      problem = undefined
      try {
        await answer(form)
      }
      catch (error) {
        if (!(error instanceof CliError))
          throw error
        problem = error.message
      }
      // Back to the list, which shows the new pick: drawn from the lesson as now written.
      response.writeHead(303, { location: `/#section-${Number(form.get('section')) || 0}` }).end()
      return
    }
    if (request.method !== 'GET')
      return void response.writeHead(405, { allow: 'GET, POST' }).end()
    if (url.pathname === '/') {
      const notes = { notice, problem }
      notice = undefined
      problem = undefined
      try {
        const { deck } = generateDeck(await readLesson(), options.lesson)
        return send(response, 200, listPage(options.lesson, reviewedSections(deck), notes))
      }
      catch (error) {
        if (!(error instanceof CliError))
          throw error
        return send(response, 200, listPage(options.lesson, [], { problem: `${error.message}\nFix the lesson, then reload this page.` }))
      }
    }
    if (url.pathname === '/pick') {
      const picture = await pictureOf(url.searchParams).catch(() => undefined)
      if (!picture) {
        const word = url.searchParams.get('word') ?? ''
        return send(response, 404, messagePage(`No picture of “${word}” in that section now, and it is not a word the section says that can be drawn: the lesson may have changed since the list was shown.`))
      }
      const query = url.searchParams.get('q') ?? picture.word
      const current = 'icon' in picture ? picture.icon : ''
      const offers = iconOffers(query, current, !url.searchParams.has('q') && current !== '', OFFERS).map(icon => ({ icon, svg: iconSvg(icon) }))
      return send(response, 200, pickPage(picture, query, offers))
    }
    send(response, 404, messagePage(`Nothing at ${url.pathname}.`))
  }

  const server = createServer((request, response) => {
    // Only pages of this very server may answer: no other site, and no other name for this machine.
    const host = request.headers.host ?? ''
    const origin = request.headers.origin
    if (host !== `${HOST}:${portOf()}` && host !== `localhost:${portOf()}`)
      return void response.writeHead(403).end('Forbidden host')
    if (request.method === 'POST' && origin !== undefined && origin !== `http://${host}`)
      return void response.writeHead(403).end('Forbidden origin')
    handle(request, response).catch((error: Error) => {
      if (!response.headersSent)
        send(response, 500, messagePage(`The review failed: ${error.message}`))
    })
  })
  const portOf = () => (server.address() as { port: number }).port
  return new Promise((done, fail) => {
    server.once('error', (error: NodeJS.ErrnoException) => fail(error.code === 'EADDRINUSE'
      ? new CliError('PORT_TAKEN', `port ${options.port} is taken by another program; expected a free one (--port N)`)
      : error))
    server.listen(options.port, HOST, () => done({
      url: `http://${HOST}:${portOf()}`,
      close: () => new Promise<void>((closed) => {
        server.close(() => closed())
        server.closeAllConnections()
      }),
    }))
  })
}

function send(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(html)
}

function bodyOf(request: IncomingMessage): Promise<string> {
  return new Promise((done, fail) => {
    let body = ''
    request.setEncoding('utf8')
    request.on('data', (chunk: string) => {
      body += chunk
      if (body.length > MAX_BODY_BYTES)
        request.destroy(new Error('the answer is too long'))
    })
    request.on('end', () => done(body))
    request.on('error', fail)
  })
}
