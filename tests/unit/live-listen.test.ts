// Following the voice live, without a browser: where the words and pauses heard put the speaker
// (follow.ts, pauses.ts), where a sentence sits in the notes panel's text (listenText.ts), and the
// dev server's endpoint, with a stand-in recogniser, behind a real HTTP server.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { HeardWord } from '../../scripts/listen/pocketsphinx.ts'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { locateSentences, pieceAt } from '../../components/rehearsal/listenText.ts'
import { audienceRoute } from '../../scripts/audience/routes.ts'
import { listenForLesson } from '../../scripts/listen/sentences.ts'
import { listenMiddleware } from '../../scripts/live-listen/endpoint.ts'
import { anchor, follow, onset, phrasesToListenFor, scriptOf, START } from '../../scripts/live-listen/follow.ts'
import { frameLevels, hear, SILENT } from '../../scripts/live-listen/pauses.ts'
import { LISTEN_AUDIO, LISTEN_START, LISTEN_STOP } from '../../scripts/live-listen/routes.ts'

const LESSON = `# Queues in Our Own Words

## The Hook (20 seconds)

A river carries boats downstream every day. The lock keeper opens one gate at a time.

Boats wait calmly in the basin. Nobody rams the gate.

## One-Liner to Remember

Let the water decide the pace.
`
const sentences = listenForLesson(LESSON, 'lesson.md')
const script = scriptOf(sentences)
const indexOf = (start: string) => sentences.findIndex(s => s.text.startsWith(start))

/** Words heard one after another from `at` seconds, a third of a second each. */
function said(words: string, at: number): HeardWord[] {
  return words.split(' ').map((word, i) => ({ word, start: at + i / 3, end: at + (i + 1) / 3 }))
}

describe('follow', () => {
  it('moves to a sentence once two of its content words are heard, and finishes it with its last ones', () => {
    const river = indexOf('A river')
    let place = follow(script, said('a river', 0), START)
    expect(place.sentence).toBe(-1)
    place = follow(script, said('a river carries boats', 0), place)
    expect(place).toMatchObject({ sentence: river, finished: false })
    place = follow(script, said('carries boats downstream every day', 0.3), place)
    expect(place).toMatchObject({ sentence: river, finished: true })
  })

  it('after a finished sentence, one word of the next moves on; a stray word mid-sentence does not', () => {
    const river = indexOf('A river')
    const finished = follow(script, said('a river carries boats downstream every day', 0), START)
    expect(follow(script, said('keeper', 3), finished).sentence).toBe(river + 1)
    const midway = follow(script, said('a river carries', 0), START)
    expect(follow(script, said('keeper', 1), midway).sentence).toBe(river)
  })

  it('jumps over a skipped sentence on three of the later one\'s words, and never goes back', () => {
    const river = indexOf('A river')
    const basin = indexOf('Boats wait')
    const place = follow(script, said('a river carries boats downstream', 0), START)
    expect(follow(script, said('wait calmly', 3), place).sentence).toBe(river)
    const jumped = follow(script, said('wait calmly basin', 3), place)
    expect(jumped.sentence).toBe(basin)
    expect(follow(script, said('a river carries boats', 5), jumped).sentence).toBe(basin)
    expect(phrasesToListenFor(script, jumped).flat()).not.toContain('queues')
    expect(river).toBeLessThan(basin)
  })

  it('does not count a word the current sentence also has toward moving on', () => {
    const river = indexOf('A river')
    const started = follow(script, said('a river carries', 0), START)
    // `boats` is the river sentence's too: only `wait calmly` speak for the basin, a word short of a jump.
    expect(follow(script, said('boats wait calmly', 1.5), started).sentence).toBe(river)
    expect(follow(script, said('boats wait calmly basin', 1.5), started).sentence).toBe(indexOf('Boats wait'))
  })

  it('does not run ahead of the voice at every pause when none of the sentence was heard', () => {
    const river = indexOf('A river')
    const done = follow(script, said('a river carries boats downstream every day', 0), START)
    const next = onset(script, done, 3)
    expect(next.sentence).toBe(river + 1)
    expect(onset(script, next, 30).sentence).toBe(river + 1)
    expect(onset(script, follow(script, said('lock keeper', 3.2), next), 30).sentence).toBe(river + 2)
  })

  it('takes a pause the recogniser had not caught up with once it hears the sentence said before it', () => {
    const river = indexOf('A river')
    const next = onset(script, follow(script, said('a river carries boats downstream every day', 0), START), 3)
    const paused = onset(script, next, 8)
    expect(paused).toMatchObject({ sentence: river + 1, waiting: 8 })
    expect(follow(script, said('lock keeper', 4), paused)).toMatchObject({ sentence: river + 2, since: 8 })
    // Its words only after the pause: the voice is at that sentence now, so the place stays there.
    expect(follow(script, said('lock keeper', 9), paused).sentence).toBe(river + 1)
  })

  it('takes speech after a pause as the next sentence only once the current one is said', () => {
    const river = indexOf('A river')
    const started = follow(script, said('a river carries', 0), START)
    expect(onset(script, started, 1).sentence).toBe(river)
    const done = follow(script, said('a river carries boats downstream every day', 0), START)
    expect(onset(script, done, 3)).toMatchObject({ sentence: river + 1, finished: false, since: 3 })
  })

  it('starts from the click the deck shows when the speaker moved there by hand', () => {
    const basin = indexOf('Boats wait')
    const { slide, click } = sentences[basin]!
    const anchored = anchor(script, START, slide, click)
    expect(anchored.sentence).toBe(basin - 1)
    expect(onset(script, anchored, 0.5).sentence).toBe(basin)
    expect(anchor(script, { ...START, sentence: basin + 1 }, slide, click).sentence).toBe(basin + 1)
  })
})

describe('pauses', () => {
  const RATE = 16_000
  const sound = (seconds: number, loud: boolean) =>
    Int16Array.from({ length: Math.round(seconds * RATE) }, (_, i) => (loud ? Math.round(3000 * Math.sin(i / 5)) : 0))

  it('hears speech after a pause, not after a short breath', () => {
    const audio = [sound(0.5, false), sound(1, true), sound(0.1, false), sound(1, true), sound(0.5, false), sound(1, true)]
    const joined = new Int16Array(audio.reduce((n, a) => n + a.length, 0))
    let at = 0
    for (const piece of audio) {
      joined.set(piece, at)
      at += piece.length
    }
    // In odd-sized pieces, as the microphone's arrive.
    let voice = SILENT
    const onsets: number[] = []
    for (let from = 0; from < joined.length; from += 3200) {
      const heard = hear(voice, frameLevels(joined.subarray(from, from + 3200), RATE))
      voice = heard.voice
      onsets.push(...heard.onsets)
    }
    expect(onsets.map(s => Number(s.toFixed(2)))).toEqual([0.5, 3.1])
  })
})

describe('locateSentences', () => {
  it('finds each sentence by its letters in the rendered notes, in order, with its full stop', () => {
    const text = 'Say "hello" to the 3 teams. Then wait.\nSay “hello” to the 3 teams.'
    const found = locateSentences(text, ['Say "hello" to the 3 teams.', 'Then wait.', 'Say "hello" to the 3 teams.', 'Missing one.'])
    expect(found.slice(0, 3).map(range => text.slice(...range!))).toEqual(['Say "hello" to the 3 teams.', 'Then wait.', 'Say “hello” to the 3 teams.'])
    expect(found[2]![0]).toBeGreaterThan(found[1]![0])
    expect(found[3]).toBeUndefined()
  })

  it('maps an offset into text nodes joined back to its node', () => {
    const pieces = [{ text: 'ab' }, { text: 'cde' }]
    expect(pieceAt(pieces, 2)).toEqual({ piece: 1, offset: 0 })
    expect(pieceAt(pieces, 2, true)).toEqual({ piece: 0, offset: 2 })
    expect(pieceAt(pieces, 5, true)).toEqual({ piece: 1, offset: 3 })
    expect(pieceAt(pieces, 5)).toBeUndefined()
  })
})

describe('the listen endpoint', () => {
  const FROM_HEADER = 'x-test-remote-address'
  let server: Server
  let base: string
  const decodes: string[][] = []

  beforeAll(async () => {
    const middleware = listenMiddleware({
      root: join(import.meta.dirname, '../fixtures/live-listen'),
      recognise: async (_wav, phrases) => {
        decodes.push(phrases.flat())
        return []
      },
    })
    server = createServer((request, response) => {
      const from = request.headers[FROM_HEADER]
      if (typeof from === 'string')
        Object.defineProperty(request.socket, 'remoteAddress', { value: from, configurable: true })
      void middleware(request, response, () => {
        response.writeHead(404)
        response.end('next')
      })
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise(done => server.close(done)))

  // Every request says where it comes from: a kept-alive connection keeps the address the last one gave.
  const post = (path: string, body: BodyInit, headers: Record<string, string> = {}) => fetch(`${base}${path}`, { method: 'POST', body, headers: { [FROM_HEADER]: '127.0.0.1', ...headers } })

  it('listens for the lesson\'s sentences and answers each piece of audio with where the speaker is', async () => {
    const started = await post(LISTEN_START, JSON.stringify({ lessonSource: 'lesson.md' }), { 'content-type': 'application/json' })
    expect(started.status).toBe(200)
    const { session, sentences: live } = await started.json() as { session: string, sentences: { text: string, slide: number, click: number }[] }
    expect(live.find(s => s.text.startsWith('A busy bakery'))).toMatchObject({ slide: 2 })
    // A second of speech, at slide 2: the place starts before the slide's first sentence, and the recogniser is asked about the slide's words.
    const speech = Int16Array.from({ length: 16_000 }, (_, i) => Math.round(3000 * Math.sin(i / 5)))
    const answer = await post(`${LISTEN_AUDIO}?session=${session}&at=2.0`, new Uint8Array(speech.buffer))
    expect(answer.status).toBe(200)
    const where = await answer.json() as { sentence: number, seconds: number }
    expect(where.seconds).toBe(1)
    expect(live[where.sentence]!.text).toMatch(/^A busy bakery/)
    await expect.poll(() => decodes.length).toBeGreaterThan(0)
    expect(decodes.at(-1)).toContain('bakery')
    expect((await post(`${LISTEN_STOP}?session=${session}`, '')).status).toBe(200)
    expect((await post(`${LISTEN_AUDIO}?session=${session}`, new Uint8Array(2))).status).toBe(404)
  })

  it('takes no audio from the network or from another site, and no odd bytes', async () => {
    expect((await post(LISTEN_START, '{}', { [FROM_HEADER]: '192.168.1.20' })).status).toBe(403)
    expect((await post(LISTEN_START, '{}', { origin: 'https://elsewhere.example' })).status).toBe(403)
    expect((await post(LISTEN_START, JSON.stringify({ lessonSource: 'nothing.md' }))).status).toBe(404)
    const { session } = await (await post(LISTEN_START, JSON.stringify({ lessonSource: 'lesson.md' }))).json() as { session: string }
    expect((await post(`${LISTEN_AUDIO}?session=${session}`, new Uint8Array(3))).status).toBe(400)
    await post(`${LISTEN_STOP}?session=${session}`, '')
  })

  it('is not on the audience link', () => {
    for (const path of [LISTEN_START, LISTEN_AUDIO, LISTEN_STOP])
      expect(audienceRoute(`/token-123/${path.slice(1)}`, 'token-123')).toEqual({ kind: 'not-found' })
  })
})
