// The audience server through real sockets on loopback: the token, the files it serves, and the follow
// channel (a real `ws` client), including a taken port.
import type { Server } from 'node:net'
import type { AudienceMessage } from '../../scripts/audience/messages.ts'
import type { AudienceServer } from '../../scripts/audience/server.ts'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { WebSocket } from 'ws'
import { startAudienceServer } from '../../scripts/audience/server.ts'
import { CliError } from '../../scripts/errors.ts'

const TOKEN = 'Zm9sbG93LXRoZS1zcGVha2Vy'

let dir: string
let server: AudienceServer
let base: string

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'audience-'))
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'index.html'), '<!doctype html><title>deck</title>')
  await writeFile(join(dir, 'assets/app.js'), 'console.log(1)')
  server = await startAudienceServer({ port: 0, token: TOKEN, host: '127.0.0.1' })
  base = `http://127.0.0.1:${server.port}/${TOKEN}/`
})

afterEach(async () => {
  await server.close()
  await rm(dir, { recursive: true, force: true })
})

/** A follow-channel member; `next()` gives its messages one by one, in the order they came. */
async function member(url = `${base.replace('http', 'ws')}__follow`): Promise<{ socket: WebSocket, messages: AudienceMessage[], next: () => Promise<AudienceMessage> }> {
  const socket = new WebSocket(url)
  const messages: AudienceMessage[] = []
  let read = 0
  let wake: (() => void) | undefined
  socket.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as AudienceMessage)
    wake?.()
  })
  await new Promise((done, fail) => socket.once('open', done).once('error', fail))
  async function next(): Promise<AudienceMessage> {
    while (read >= messages.length)
      await new Promise<void>(done => (wake = done))
    return messages[read++]!
  }
  return { socket, messages, next }
}

describe('the audience server', () => {
  it('says the deck is being built until there is one, then serves it under the token', async () => {
    expect((await fetch(base)).status).toBe(503)
    server.serve(dir, '1')
    const page = await fetch(`${base}4`)
    expect(page.status).toBe(200)
    expect(await page.text()).toContain('<title>deck</title>')
    expect(await (await fetch(`${base}assets/app.js`)).text()).toBe('console.log(1)')
    expect((await fetch(`${base}assets/missing.js`)).status).toBe(404)
    expect((await fetch(`${base}presenter/4`)).status).toBe(404)
    expect((await fetch(`http://127.0.0.1:${server.port}/${TOKEN}`, { redirect: 'manual' })).headers.get('location')).toBe(`/${TOKEN}/`)
  })

  it('refuses every request without the token with 403, files and follow channel alike', async () => {
    server.serve(dir, '1')
    for (const path of ['/', '/index.html', '/assets/app.js', '/4', '/__follow'])
      expect((await fetch(`http://127.0.0.1:${server.port}${path}`)).status, path).toBe(403)
    const refused = await new Promise<number | undefined>((done) => {
      const socket = new WebSocket(`ws://127.0.0.1:${server.port}/wrong-token/__follow`)
      socket.on('unexpected-response', (_request, response) => done(response.statusCode))
      socket.on('open', () => done(undefined))
      socket.on('error', () => undefined)
    })
    expect(refused).toBe(403)
  })

  it('tells every member where the speaker is, and a newcomer the deck and the position at once', async () => {
    server.serve(dir, '1')
    const early = await member()
    expect(await early.next()).toEqual({ type: 'deck', version: '1' })
    server.setPosition({ page: 3, clicks: 1 })
    expect(await early.next()).toEqual({ type: 'position', position: { page: 3, clicks: 1 } })

    const late = await member()
    expect(await late.next()).toEqual({ type: 'deck', version: '1' })
    expect(await late.next()).toEqual({ type: 'position', position: { page: 3, clicks: 1 } })

    // A new build reaches everyone; what a member sends is ignored, and moves nobody.
    late.socket.send(JSON.stringify({ type: 'position', position: { page: 9, clicks: 0 } }))
    server.serve(dir, '2')
    expect(await early.next()).toEqual({ type: 'deck', version: '2' })
    expect(await late.next()).toEqual({ type: 'deck', version: '2' })
    server.setPosition({ page: 4, clicks: 0 })
    expect(await early.next()).toEqual({ type: 'position', position: { page: 4, clicks: 0 } })
    expect(server.members()).toBe(2)
    early.socket.close()
    late.socket.close()
  })

  it('stops with exit status 2 naming the port when it is taken', async () => {
    const blocker: Server = createServer()
    await new Promise<void>(done => blocker.listen(0, '127.0.0.1', done))
    const { port } = blocker.address() as { port: number }
    try {
      const error = await startAudienceServer({ port, token: TOKEN, host: '127.0.0.1' }).then(() => undefined, (e: unknown) => e)
      expect(error).toBeInstanceOf(CliError)
      expect((error as CliError).exitStatus).toBe(2)
      expect((error as CliError).message).toContain(`port ${port} for the audience is taken`)
    }
    finally {
      blocker.close()
    }
  })
})
