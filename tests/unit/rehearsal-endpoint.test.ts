// The rehearsal endpoint: the save handler on its own, then the middleware behind a real HTTP server.
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { isLoopback, rehearsalMiddleware } from '../../scripts/rehearsal/endpoint.ts'
import { MAX_BODY_BYTES, REHEARSAL_ENDPOINT } from '../../scripts/rehearsal/run.ts'
import { saveRehearsal } from '../../scripts/rehearsal/save.ts'
import { scratchDir } from '../support/cli.ts'

/** Test-only header: the remote address the server should see the request as coming from. */
const FROM_HEADER = 'x-test-remote-address'

function aRun(overrides: Partial<RehearsalRun> = {}): RehearsalRun {
  return {
    version: 1,
    lessonSlug: 'platform-vs-product',
    runId: 'run-0001',
    startedAt: '2025-03-01T09:00:00.000Z',
    elapsedMs: 31_000,
    slides: [
      { no: 1, section: 'Platform vs Product', sectionIndex: -1, budgetSeconds: null, clicksMs: [1000] },
      { no: 2, section: 'The Hook', sectionIndex: 0, budgetSeconds: 25, clicksMs: [10_000, 20_000] },
    ],
    ...overrides,
  }
}

/** Every file under `dir`, relative, sorted; [] when it does not exist. */
async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => [])
  return entries.filter(e => e.isFile()).map(e => join(e.parentPath, e.name).slice(dir.length + 1)).sort()
}

let base: string
let rehearsals: string
beforeEach(async () => {
  base = await scratchDir()
  rehearsals = join(base, 'rehearsals')
})
afterEach(async () => {
  await rm(base, { recursive: true, force: true })
})

describe('saveRehearsal', () => {
  it('saves a valid run as rehearsals/<slug>/<timestamp>.json', async () => {
    const result = await saveRehearsal(JSON.stringify(aRun()), rehearsals)
    expect(result).toEqual({ status: 200, body: { file: 'rehearsals/platform-vs-product/2025-03-01T09-00-00-000Z.json' } })
    expect(JSON.parse(await readFile(join(base, 'rehearsals/platform-vs-product/2025-03-01T09-00-00-000Z.json'), 'utf8'))).toEqual(aRun())
    // Written atomically: no temporary file is left beside it.
    expect(await filesUnder(rehearsals)).toEqual(['platform-vs-product/2025-03-01T09-00-00-000Z.json'])
  })

  it('updates a run saved again, and never overwrites another run', async () => {
    await saveRehearsal(JSON.stringify(aRun()), rehearsals)
    await saveRehearsal(JSON.stringify(aRun({ elapsedMs: 40_000 })), rehearsals)
    const other = await saveRehearsal(JSON.stringify(aRun({ runId: 'run-0002' })), rehearsals)
    expect(other.body).toEqual({ file: 'rehearsals/platform-vs-product/2025-03-01T09-00-00-000Z-2.json' })
    const dir = join(rehearsals, 'platform-vs-product')
    expect(await filesUnder(dir)).toEqual(['2025-03-01T09-00-00-000Z-2.json', '2025-03-01T09-00-00-000Z.json'])
    expect(JSON.parse(await readFile(join(dir, '2025-03-01T09-00-00-000Z.json'), 'utf8'))).toMatchObject({ runId: 'run-0001', elapsedMs: 40_000 })
  })

  it('gives runs saved at the same moment a file each', async () => {
    const results = await Promise.all(['run-a1', 'run-b2', 'run-c3'].map(runId => saveRehearsal(JSON.stringify(aRun({ runId })), rehearsals)))
    expect(new Set(results.map(r => JSON.stringify(r.body))).size).toBe(3)
    expect(await filesUnder(rehearsals)).toHaveLength(3)
  })

  it('leaves an unreadable file in the way alone', async () => {
    await mkdir(join(rehearsals, 'platform-vs-product'), { recursive: true })
    await writeFile(join(rehearsals, 'platform-vs-product/2025-03-01T09-00-00-000Z.json'), 'not json')
    await saveRehearsal(JSON.stringify(aRun()), rehearsals)
    expect(await readFile(join(rehearsals, 'platform-vs-product/2025-03-01T09-00-00-000Z.json'), 'utf8')).toBe('not json')
  })

  it.each([
    ['not JSON', '{"version": 1,', /not JSON/],
    ['not an object', '[1, 2]', /the body: expected an object/],
    ['a missing field', JSON.stringify({ ...aRun(), slides: undefined }), /slides: expected a list/],
    ['an unknown field', JSON.stringify({ ...aRun(), extra: 1 }), /unexpected field "extra"/],
    ['a negative time', JSON.stringify(aRun({ elapsedMs: -5 })), /elapsedMs: expected milliseconds/],
    ['a click time that is text', JSON.stringify({ ...aRun(), slides: [{ ...aRun().slides[0], clicksMs: ['10'] }] }), /slides\[0\]\.clicksMs\[0\]/],
    ['a start time that is not ISO', JSON.stringify(aRun({ startedAt: 'yesterday' })), /startedAt: expected an ISO time/],
    ['a start time that is a path', JSON.stringify(aRun({ startedAt: '../../etc/passwd' })), /startedAt/],
    ['a path-like slug', JSON.stringify(aRun({ lessonSlug: '../x' })), /lessonSlug: expected lower-case letters/],
    ['an absolute slug', JSON.stringify(aRun({ lessonSlug: '/tmp/x' })), /lessonSlug/],
    ['a slug with a dot segment', JSON.stringify(aRun({ lessonSlug: 'a/../../x' })), /lessonSlug/],
  ])('refuses a body with %s: 400, nothing written', async (_, body, message) => {
    const result = await saveRehearsal(body, rehearsals)
    expect(result.status).toBe(400)
    expect((result.body as { error: string }).error).toMatch(message)
    expect(await filesUnder(base)).toEqual([])
  })

  it('refuses an oversized body: 400, nothing written', async () => {
    const huge = JSON.stringify(aRun({ slides: [{ no: 1, section: 'x'.repeat(200), sectionIndex: 0, budgetSeconds: 1, clicksMs: [] }] })).replace('"elapsedMs"', `"pad": "${'x'.repeat(MAX_BODY_BYTES)}", "elapsedMs"`)
    const result = await saveRehearsal(huge, rehearsals)
    expect(result).toEqual({ status: 400, body: { error: `the body is larger than ${MAX_BODY_BYTES} bytes` } })
    expect(await filesUnder(base)).toEqual([])
  })
})

describe('the endpoint behind a real HTTP server', () => {
  let server: Server
  let url: string
  beforeAll(async () => {
    server = createServer((request, response) => {
      // Stands in for a peer on the network: traffic stays on loopback, the middleware sees the address given.
      const from = request.headers[FROM_HEADER]
      if (typeof from === 'string')
        Object.defineProperty(request.socket, 'remoteAddress', { value: from, configurable: true })
      void rehearsalMiddleware(rehearsals)(request, response, () => {
        response.writeHead(404)
        response.end('next')
      })
    })
    await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${REHEARSAL_ENDPOINT}`
  })
  afterAll(async () => {
    await new Promise(done => server.close(done))
  })

  const post = (body: string, headers: Record<string, string> = {}, target = url) =>
    fetch(target, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body })

  it('saves a valid run and answers with its file', async () => {
    const response = await post(JSON.stringify(aRun()))
    expect(response.status).toBe(200)
    expect(await response.json()).toEqual({ file: 'rehearsals/platform-vs-product/2025-03-01T09-00-00-000Z.json' })
    expect(await filesUnder(rehearsals)).toEqual(['platform-vs-product/2025-03-01T09-00-00-000Z.json'])
  })

  it('answers 400 to malformed and oversized bodies and writes nothing', async () => {
    for (const body of ['{', JSON.stringify(aRun({ lessonSlug: '../x' })), JSON.stringify(aRun()).padEnd(MAX_BODY_BYTES + 10, ' ')]) {
      const response = await post(body)
      expect(response.status).toBe(400)
      expect((await response.json() as { error: string }).error).not.toBe('')
    }
    expect(await filesUnder(base)).toEqual([])
  })

  it('takes only JSON POSTs from the deck\'s own pages', async () => {
    expect((await fetch(url)).status).toBe(405)
    expect((await post(JSON.stringify(aRun()), { 'content-type': 'text/plain' })).status).toBe(415)
    expect((await post(JSON.stringify(aRun()), { origin: 'http://evil.example' })).status).toBe(403)
    expect((await post(JSON.stringify(aRun()), { origin: 'null' })).status).toBe(403)
    expect(await filesUnder(base)).toEqual([])
    expect((await fetch(url.replace(REHEARSAL_ENDPOINT, '/other'))).status).toBe(404)
  })

  it('takes runs from this machine only, even when the server listens on the network', async () => {
    expect(isLoopback('127.0.0.1')).toBe(true)
    expect(isLoopback('::ffff:127.0.0.1')).toBe(true)
    expect(isLoopback('::1')).toBe(true)
    expect(isLoopback('192.168.1.20')).toBe(false)
    // A real request over loopback that the server sees as coming from another machine.
    const response = await post(JSON.stringify(aRun()), { [FROM_HEADER]: '192.168.1.20' })
    expect(response.status).toBe(403)
    expect(await filesUnder(base)).toEqual([])
  })
})
