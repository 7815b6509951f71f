// Part of `npm run setup`: make sure a Chromium is there for presenting exports and tests.
// Playwright's own where it can be downloaded, else the system package when we may install it (root + apt).
import { spawnSync } from 'node:child_process'
import { BrowserNotFoundError, INSTALL_HINT, resolveChromium } from './browser.ts'
import { isMain } from './cli.ts'

const APT_PACKAGES = ['chromium', 'fonts-noto-color-emoji', 'poppler-utils']

function found(): string | undefined {
  try {
    const choice = resolveChromium()
    return `${choice.path} (${choice.source})`
  }
  catch (error) {
    if (error instanceof BrowserNotFoundError)
      return undefined
    throw error
  }
}

function tryRun(command: string, args: string[]): boolean {
  return spawnSync(command, args, { stdio: 'inherit' }).status === 0
}

export function main(): number {
  let browser = found()
  if (!browser) {
    process.stderr.write('No Chromium yet: trying Playwright\'s download…\n')
    tryRun('npx', ['playwright', 'install', 'chromium'])
    browser = found()
  }
  if (!browser && process.getuid?.() === 0 && tryRun('sh', ['-c', 'command -v apt-get >/dev/null'])) {
    process.stderr.write(`Installing Debian packages: ${APT_PACKAGES.join(' ')}\n`)
    tryRun('apt-get', ['update'])
    tryRun('apt-get', ['install', '-y', '--no-install-recommends', ...APT_PACKAGES])
    browser = found()
  }
  if (!browser) {
    process.stderr.write(`${INSTALL_HINT}\n`)
    return 2
  }
  process.stdout.write(`Chromium: ${browser}\n`)
  return 0
}

if (isMain(import.meta.url))
  process.exitCode = main()
