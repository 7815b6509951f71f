// The front door of a second `npm start`: the build's pages (with the handover script) and files at
// once, anything else passed to the dev server; after the handover, everything is the dev server's.
import type { Server } from 'node:http'
import type { FrontDoor } from '../../scripts/dev-server/front-door.ts'
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { HANDOVER_PATH, openFrontDoor, withHandover } from '../../scripts/dev-server/front-door.ts'
import { freePort } from '../../scripts/free-port.ts'

const PAGE = { accept: 'text/html,application/xhtml+xml' }
let dir: string
let dev: Server
let door: FrontDoor

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'front-door-'))
  await writeFile(join(dir, 'index.html'), '<html><head><title>deck</title></head><body></body></html>')
  await writeFile(join(dir, 'app.js'), 'built()')
  const devPort = await freePort()
  dev = createServer((req, res) => res.end(`dev ${req.method} ${req.url}`))
  await new Promise<void>(done => dev.listen(devPort, '127.0.0.1', done))
  door = await openFrontDoor({ dir, host: '127.0.0.1', firstPort: await freePort(), devPort })
})

afterEach(async () => {
  await door.close()
  await new Promise(done => dev.close(done))
  await rm(dir, { recursive: true, force: true })
})

const url = (path: string) => `http://127.0.0.1:${door.port}${path}`

describe('the front door', () => {
  it('puts the handover script into the page', () => {
    expect(withHandover('<head></head>')).toMatch(/<script>.*EventSource\('\/__lesson-decks\/handover'\).*location\.reload\(\).*<\/script><\/head>/)
  })

  it('serves the build\'s pages and files, and passes anything else to the dev server', async () => {
    expect(await (await fetch(url('/presenter/3?clicks=1'), { headers: PAGE })).text()).toContain(HANDOVER_PATH)
    expect(await (await fetch(url('/app.js'))).text()).toBe('built()')
    expect(await (await fetch(url('/__rehearsal'), { method: 'POST', body: '{}' })).text()).toBe('dev POST /__rehearsal')
  })

  it('hands over: a waiting page is told, a late one at once, and every request goes to the dev server', async () => {
    const waiting = await fetch(url(HANDOVER_PATH))
    let loaded = false
    void door.pageLoaded.then(() => (loaded = true))
    await expect.poll(() => loaded).toBe(true)
    door.handOver()
    expect(await waiting.text()).toContain('data: handover')
    expect(await (await fetch(url(HANDOVER_PATH))).text()).toContain('data: handover')
    expect(await (await fetch(url('/3'), { headers: PAGE })).text()).toBe('dev GET /3')
    expect(await (await fetch(url('/app.js'))).text()).toBe('dev GET /app.js')
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
