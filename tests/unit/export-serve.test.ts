// The export's static server: mounts by longest prefix, Slidev's history routes falling back to the
// app's index.html, pages held in memory, and nothing outside the mounted folders.
import type { Served } from '../../scripts/export/serve.ts'
import { mkdir, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { serveStatic } from '../../scripts/export/serve.ts'
import { scratchDir } from '../support/cli.ts'

let dir: string
let served: Served

beforeAll(async () => {
  dir = await scratchDir()
  await mkdir(join(dir, 'deck/assets'), { recursive: true })
  await mkdir(join(dir, 'fonts'), { recursive: true })
  await writeFile(join(dir, 'deck/index.html'), '<p>deck</p>')
  await writeFile(join(dir, 'deck/assets/app.js'), 'app()')
  await writeFile(join(dir, 'fonts/400.css'), 'font')
  await writeFile(join(dir, 'secret.txt'), 'secret')
  served = await serveStatic({ mounts: { '/lesson/': join(dir, 'deck'), '/fonts/': join(dir, 'fonts') }, app: '/lesson/' })
})

afterAll(async () => {
  await served.close()
  await rm(dir, { recursive: true, force: true })
})

async function get(path: string): Promise<{ status: number, type: string | null, text: string }> {
  const response = await fetch(`${served.url}${path}`)
  return { status: response.status, type: response.headers.get('content-type'), text: await response.text() }
}

describe('serveStatic', () => {
  it('serves each mount from its folder, with its type', async () => {
    expect(await get('/lesson/assets/app.js')).toMatchObject({ status: 200, text: 'app()', type: expect.stringMatching(/javascript/) })
    expect(await get('/fonts/400.css')).toMatchObject({ status: 200, text: 'font', type: expect.stringMatching(/text\/css/) })
  })

  it('answers the app\'s history routes with its index.html, and a missing file with 404', async () => {
    expect(await get('/lesson/print')).toMatchObject({ status: 200, text: '<p>deck</p>' })
    expect(await get('/lesson/assets/missing.js')).toMatchObject({ status: 404 })
    expect(await get('/fonts/missing')).toMatchObject({ status: 404 })
    expect(await get('/elsewhere')).toMatchObject({ status: 404 })
  })

  it('serves pages put in memory', async () => {
    served.put('/handout.html', '<p>handout</p>')
    expect(await get('/handout.html')).toMatchObject({ status: 200, text: '<p>handout</p>', type: expect.stringMatching(/text\/html/) })
  })

  it('serves nothing outside the mounted folders', async () => {
    for (const path of ['/fonts/../secret.txt', '/fonts/%2e%2e/secret.txt', '/lesson/..%2fsecret.txt'])
      expect((await get(path)).text).not.toBe('secret')
  })
})
