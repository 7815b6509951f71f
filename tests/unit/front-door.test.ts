// The front door of a second `npm start`: the build's pages (with the handover script) and files at
// once, anything else passed to the dev server; after the handover, pages and requests are the dev
// server's, but for the chunks of a build page still open; the build's presenter view reports its moves.
import type { Server } from 'node:http'
import type { FrontDoor } from '../../scripts/dev-server/front-door.ts'
import type { PresenterReport } from '../../scripts/dev-server/hmr-events.ts'
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { Script } from 'node:vm'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HANDOVER_PATH, openFrontDoor, withHandover } from '../../scripts/dev-server/front-door.ts'
import { BUILD_POSITION_PATH } from '../../scripts/dev-server/handover-protocol.ts'
import { freePort } from '../../scripts/free-port.ts'

const PAGE = { accept: 'text/html,application/xhtml+xml' }
let dir: string
let dev: Server
let door: FrontDoor
let reports: PresenterReport[]

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'front-door-'))
  await writeFile(join(dir, 'index.html'), '<html><head><title>deck</title></head><body></body></html>')
  await writeFile(join(dir, 'app.js'), 'built()')
  await mkdir(join(dir, 'assets'))
  await writeFile(join(dir, 'assets/slide-2.js'), 'slide2()')
  reports = []
  const devPort = await freePort()
  dev = createServer((req, res) => res.end(`dev ${req.method} ${req.url}`))
  await new Promise<void>(done => dev.listen(devPort, '127.0.0.1', done))
  door = await openFrontDoor({ dir, host: '127.0.0.1', firstPort: await freePort(), devPort, onPosition: report => reports.push(report) })
})

afterEach(async () => {
  await door.close()
  await new Promise(done => dev.close(done))
  await rm(dir, { recursive: true, force: true })
})

const url = (path: string) => `http://127.0.0.1:${door.port}${path}`

/** Reads an event stream until `text` has come (the stream itself stays open). */
async function readUntil(stream: Response, text: string): Promise<string> {
  const reader = stream.body!.getReader()
  let got = ''
  while (!got.includes(text)) {
    const { value, done } = await reader.read()
    if (done)
      throw new Error(`the stream ended before "${text}": ${got}`)
    got += new TextDecoder().decode(value)
  }
  reader.releaseLock()
  return got
}

describe('the front door', () => {
  it('puts the handover script into the page: it marks the page as the front door\'s and goes over at the next move', () => {
    const page = withHandover('<head></head>')
    expect(page).toMatch(/^<head><script>window\.lessonDecksFrontDoor = true\n/)
    expect(page).toMatch(/EventSource\('\/__lesson-decks\/handover'\)/)
    expect(page).toMatch(/data === 'now' \|\| document\.hidden\)\n\s+return location\.reload\(\)/)
    expect(page).toMatch(/where\(\) !== at \|\| document\.hidden \? location\.reload\(\)/)
    expect(page).toMatch(/<\/script><\/head>$/)
    // It runs in the page as it stands: no escape of the template it is written in may break it.
    expect(() => new Script(/<script>([\s\S]*)<\/script>/.exec(page)![1]!)).not.toThrow()
  })

  it('serves the build\'s pages and files, and passes anything else to the dev server', async () => {
    expect(await (await fetch(url('/presenter/3?clicks=1'), { headers: PAGE })).text()).toContain(HANDOVER_PATH)
    expect(await (await fetch(url('/app.js'))).text()).toBe('built()')
    expect(await (await fetch(url('/__rehearsal'), { method: 'POST', body: '{}' })).text()).toBe('dev POST /__rehearsal')
  })

  it('hands over: open pages are told and stay told, pages go to the dev server, a build page\'s chunks still come from the build', async () => {
    const listening = await fetch(url(HANDOVER_PATH))
    let loaded = false
    void door.pageLoaded.then(() => (loaded = true))
    await expect.poll(() => loaded).toBe(true)
    door.handOver()
    expect(await readUntil(listening, 'data: handover')).toContain('data: handover')
    // A page that opens its stream afterwards is told at once.
    expect(await readUntil(await fetch(url(HANDOVER_PATH)), 'data: handover')).toContain('data: handover')
    expect(await (await fetch(url('/3'), { headers: PAGE })).text()).toBe('dev GET /3')
    expect(await (await fetch(url('/app.js'))).text()).toBe('dev GET /app.js')
    expect(await (await fetch(url('/assets/slide-2.js'))).text()).toBe('slide2()')
    expect(await (await fetch(url('/assets/dev-only.js'))).text()).toBe('dev GET /assets/dev-only.js')
    // The deck changed: the pages still on the build go over now.
    door.sendOverNow()
    expect(await readUntil(listening, 'data: now')).toContain('data: now')
  })

  it('passes on where the build\'s presenter view is, and refuses a malformed report', async () => {
    const report: PresenterReport = { window: 'w1', position: { page: 2, clicks: 1 } }
    expect((await fetch(url(BUILD_POSITION_PATH), { method: 'POST', body: JSON.stringify(report) })).status).toBe(204)
    expect((await fetch(url(BUILD_POSITION_PATH), { method: 'POST', body: '{"window":"w1","position":{"page":0}}' })).status).toBe(400)
    expect((await fetch(url(BUILD_POSITION_PATH), { method: 'POST', body: 'not json' })).status).toBe(400)
    door.handOver()
    expect((await fetch(url(BUILD_POSITION_PATH), { method: 'POST', body: JSON.stringify({ ...report, window: 'w2' }) })).status).toBe(204)
    expect(reports).toEqual([report, { ...report, window: 'w2' }])
  })

  it('after an edit, answers the slides before the first changed one from the build, and the others only once the dev server has them', async () => {
    const held = await openFrontDoor({ dir, host: '127.0.0.1', firstPort: await freePort(), devPort: (dev.address() as { port: number }).port, held: { from: 3, slides: 5 } })
    try {
      const page = await (await fetch(`http://127.0.0.1:${held.port}/2`, { headers: PAGE })).text()
      expect(page).toContain(HANDOVER_PATH)
      expect(() => new Script(/<script>([\s\S]*)<\/script>/.exec(page)![1]!)).not.toThrow()
      // Wherever the build's client would draw a held slide (the next slide's preview, the overview), it is blank.
      expect(page).toContain('<style>.slidev-page-3, .slidev-page-4, .slidev-page-5 { visibility: hidden !important; }</style>')
      // The presenter view at slide 2 previews slide 3: held, as slide 3 itself is.
      const answers = ['/3', '/presenter/2'].map(path => fetch(`http://127.0.0.1:${held.port}${path}`, { headers: PAGE }).then(res => res.text()))
      const first = await Promise.race([...answers, new Promise(done => setTimeout(done, 300, 'waiting'))])
      expect(first).toBe('waiting')
      held.handOver()
      expect(await Promise.all(answers)).toEqual(['dev GET /3', 'dev GET /presenter/2'])
    }
    finally {
      await held.close()
    }
  })

  it('answers no page from the build once the deck changed while it was open', async () => {
    door.sendOverNow()
    const answer = fetch(url('/1'), { headers: PAGE }).then(res => res.text())
    expect(await Promise.race([answer, new Promise(done => setTimeout(done, 300, 'waiting'))])).toBe('waiting')
    door.handOver()
    expect(await answer).toBe('dev GET /1')
  })

  it('takes the next free port when none is asked for', async () => {
    const next = await openFrontDoor({ dir, host: '127.0.0.1', firstPort: door.port, devPort: 1 })
    try {
      expect(next.port).toBeGreaterThan(door.port)
    }
    finally {
      await next.close()
    }
  })
})
