// Where Playwright's own Chromium would be, without loading Playwright when it is known: loading it
// takes a quarter of a second of CPU, and an export wants Chromium starting before that. The path
// depends only on Playwright's version, the platform and where Playwright keeps browsers, so it is
// remembered under .cache/ against exactly those and asked of Playwright again when one changes.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { arch, homedir, platform } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'

const require = createRequire(import.meta.url)
const REMEMBERED = join(import.meta.dirname, '..', '.cache', 'playwright-chromium-path.json')

interface Remembered { key: string, path: string | null }

/** What Playwright's answer depends on. */
export function playwrightPathKey(version: string, env: Record<string, string | undefined> = process.env): string {
  return JSON.stringify([version, platform(), arch(), homedir(), env.PLAYWRIGHT_BROWSERS_PATH ?? '', env.XDG_CACHE_HOME ?? ''])
}

/** Playwright's bundled Chromium path (which may not be installed), or undefined when Playwright names none. */
export function playwrightChromiumPath(file = REMEMBERED): string | undefined {
  // playwright-core as playwright-chromium finds it, wherever npm put it.
  const core = createRequire(require.resolve('playwright-chromium'))
  const key = playwrightPathKey((core('playwright-core/package.json') as { version: string }).version)
  try {
    const remembered = JSON.parse(readFileSync(file, 'utf8')) as Remembered
    if (remembered.key === key)
      return remembered.path ?? undefined
  }
  catch {}
  let path: string | undefined
  try {
    path = (require('playwright-chromium') as typeof import('playwright-chromium')).chromium.executablePath()
  }
  catch {
    path = undefined
  }
  try {
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, JSON.stringify({ key, path: path ?? null } satisfies Remembered))
  }
  catch {}
  return path
}
