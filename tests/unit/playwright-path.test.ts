// Playwright's own Chromium path, remembered so that choosing a browser need not load Playwright.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { playwrightChromiumPath, playwrightPathKey } from '../../scripts/playwright-path.ts'

describe('playwrightChromiumPath', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'playwright-path-'))
  })
  afterAll(() => rm(dir, { recursive: true, force: true }))

  it('asks Playwright once and remembers its answer under what it depends on', async () => {
    const { chromium } = await import('playwright-chromium')
    const file = join(dir, 'first.json')
    expect(playwrightChromiumPath(file)).toBe(chromium.executablePath())
    const remembered = JSON.parse(await readFile(file, 'utf8')) as { key: string, path: string }
    expect(remembered.path).toBe(chromium.executablePath())
    expect(JSON.parse(remembered.key)).toContain((await import('playwright-core/package.json', { with: { type: 'json' } })).default.version)
  })

  it('takes the remembered path while its key holds, and asks again when it does not', async () => {
    const file = join(dir, 'second.json')
    playwrightChromiumPath(file)
    const { key } = JSON.parse(await readFile(file, 'utf8')) as { key: string }
    await writeFile(file, JSON.stringify({ key, path: '/remembered/chrome' }))
    expect(playwrightChromiumPath(file)).toBe('/remembered/chrome')
    await writeFile(file, JSON.stringify({ key: playwrightPathKey('0.0.0-other'), path: '/remembered/chrome' }))
    expect(playwrightChromiumPath(file)).not.toBe('/remembered/chrome')
  })

  it('keys on where Playwright keeps its browsers', () => {
    expect(playwrightPathKey('1.0.0', { PLAYWRIGHT_BROWSERS_PATH: '/a' })).not.toBe(playwrightPathKey('1.0.0', { PLAYWRIGHT_BROWSERS_PATH: '/b' }))
  })
})
