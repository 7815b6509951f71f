// The one place that decides which Chromium every command and test drives, and how it is started.
// Playwright is loaded only when a browser is launched or connected to: deciding which Chromium to
// start needs only its bundled browser's path, which is remembered (playwright-path.ts), so an
// export can start Chromium while Playwright is still loading.
import type { Browser, LaunchOptions } from 'playwright-chromium'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { CliError } from './errors.ts'
import { playwrightChromiumPath } from './playwright-path.ts'

export type BrowserSource = 'CHROMIUM_PATH' | 'playwright' | 'system'

export interface BrowserChoice {
  path: string
  source: BrowserSource
}

export interface BrowserProbe {
  env: Record<string, string | undefined>
  /** Where Playwright's own Chromium would be (it may not be installed). */
  playwrightPath: () => string | undefined
  isExecutable: (path: string) => boolean
}

/** Names of a system Chromium, most specific first. */
export const SYSTEM_BROWSERS = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable']

export const INSTALL_HINT = 'No Chromium found. Install one of: Playwright\'s browser (npx playwright install chromium), '
  + 'your distribution\'s package (Debian/Ubuntu: apt-get install chromium), or Google Chrome; '
  + 'or point CHROMIUM_PATH at a Chromium or Chrome executable.'

/** CHROMIUM_PATH, else Playwright's own Chromium when installed, else the system's. */
export function resolveChromium(probe: BrowserProbe = defaultProbe()): BrowserChoice {
  const explicit = probe.env.CHROMIUM_PATH
  if (explicit) {
    if (!probe.isExecutable(explicit))
      throw new CliError('NO_BROWSER', `CHROMIUM_PATH is set to ${explicit}, which is not an executable file. ${INSTALL_HINT}`)
    return { path: explicit, source: 'CHROMIUM_PATH' }
  }
  const bundled = probe.playwrightPath()
  if (bundled && probe.isExecutable(bundled))
    return { path: bundled, source: 'playwright' }
  for (const dir of (probe.env.PATH ?? '').split(delimiter).filter(Boolean)) {
    for (const name of SYSTEM_BROWSERS) {
      const candidate = join(dir, name)
      if (probe.isExecutable(candidate))
        return { path: candidate, source: 'system' }
    }
  }
  throw new CliError('NO_BROWSER', INSTALL_HINT)
}

export function defaultProbe(): BrowserProbe {
  return {
    env: process.env,
    playwrightPath: playwrightChromiumPath,
    isExecutable: (path) => {
      try {
        // A folder named `chromium` on PATH has its x bit set too, and is no browser.
        accessSync(path, constants.X_OK)
        return statSync(path).isFile()
      }
      catch {
        return false
      }
    },
  }
}

/**
 * Flags for a headless Chromium on a machine without internet: no background traffic to stall on,
 * and no sandbox when running as root (CI), which Chromium refuses otherwise.
 */
export function chromiumArgs(isRoot = process.getuid?.() === 0): string[] {
  return [
    ...(isRoot ? ['--no-sandbox'] : []),
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
  ]
}

/** Launches the resolved Chromium; pass `choice` when it was resolved already (e.g. to report it first). */
export async function launchChromium(options: LaunchOptions = {}, choice: BrowserChoice = resolveChromium()): Promise<Browser> {
  const { chromium } = await import('playwright-chromium')
  return chromium.launch({ headless: true, ...options, executablePath: choice.path, args: [...chromiumArgs(), ...(options.args ?? [])] })
}

/** Playwright attached to a Chromium started on its own (chromium-process.ts): loaded while that Chromium starts, connected once it listens. */
export async function connectChromium(endpoint: Promise<string>): Promise<Browser> {
  const { chromium } = await import('playwright-chromium')
  return chromium.connectOverCDP(await endpoint)
}
