// The one browser resolver, branch by branch, with the file system and environment injected.
import type { BrowserProbe } from '../../scripts/browser.ts'
import { describe, expect, it } from 'vitest'
import { chromiumArgs, INSTALL_HINT, resolveChromium, SYSTEM_BROWSERS } from '../../scripts/browser.ts'

/** A probe over a made-up machine: `executables` are the files that exist and may run. */
function probe(options: { env?: Record<string, string>, playwright?: string, executables?: string[] }): BrowserProbe {
  const executables = new Set(options.executables ?? [])
  return {
    env: options.env ?? {},
    playwrightPath: () => options.playwright,
    isExecutable: path => executables.has(path),
  }
}

const PLAYWRIGHT = '/home/u/.cache/ms-playwright/chromium-1200/chrome-linux/chrome'

describe('resolveChromium', () => {
  it('takes CHROMIUM_PATH first, even when other browsers exist', () => {
    const choice = resolveChromium(probe({
      env: { CHROMIUM_PATH: '/opt/chrome/chrome', PATH: '/usr/bin' },
      playwright: PLAYWRIGHT,
      executables: ['/opt/chrome/chrome', PLAYWRIGHT, '/usr/bin/chromium'],
    }))
    expect(choice).toEqual({ path: '/opt/chrome/chrome', source: 'CHROMIUM_PATH' })
  })

  it('refuses a CHROMIUM_PATH that is not executable, naming it, instead of falling back silently', () => {
    const resolve = () => resolveChromium(probe({
      env: { CHROMIUM_PATH: '/nowhere/chrome', PATH: '/usr/bin' },
      executables: ['/usr/bin/chromium'],
    }))
    expect(resolve).toThrow(expect.objectContaining({ code: 'NO_BROWSER', exitStatus: 2 }))
    expect(resolve).toThrow(/CHROMIUM_PATH is set to \/nowhere\/chrome, which is not an executable file/)
  })

  it('takes Playwright\'s own Chromium when it is installed', () => {
    const choice = resolveChromium(probe({ env: { PATH: '/usr/bin' }, playwright: PLAYWRIGHT, executables: [PLAYWRIGHT, '/usr/bin/chromium'] }))
    expect(choice).toEqual({ path: PLAYWRIGHT, source: 'playwright' })
  })

  it('passes over Playwright\'s path when nothing was downloaded there', () => {
    const choice = resolveChromium(probe({ env: { PATH: '/usr/bin' }, playwright: PLAYWRIGHT, executables: ['/usr/bin/chromium'] }))
    expect(choice).toEqual({ path: '/usr/bin/chromium', source: 'system' })
  })

  it.each(SYSTEM_BROWSERS)('finds the system\'s %s on PATH', (name) => {
    const choice = resolveChromium(probe({ env: { PATH: '/usr/local/bin:/snap/bin' }, executables: [`/snap/bin/${name}`] }))
    expect(choice).toEqual({ path: `/snap/bin/${name}`, source: 'system' })
  })

  it('prefers the earlier PATH entry, then the more specific name', () => {
    const choice = resolveChromium(probe({
      env: { PATH: '/a:/b' },
      executables: ['/a/google-chrome', '/b/chromium', '/a/chromium-browser'],
    }))
    expect(choice.path).toBe('/a/chromium-browser')
  })

  it('says what to install when there is no browser at all', () => {
    const resolve = () => resolveChromium(probe({ env: { PATH: '/usr/bin:/bin' } }))
    expect(resolve).toThrow(expect.objectContaining({ code: 'NO_BROWSER', exitStatus: 2 }))
    expect(resolve).toThrow(INSTALL_HINT)
    expect(INSTALL_HINT).toContain('npx playwright install chromium')
    expect(INSTALL_HINT).toContain('apt-get install chromium')
  })

  it('copes with no PATH at all', () => {
    expect(() => resolveChromium(probe({ env: {} }))).toThrow(INSTALL_HINT)
  })
})

describe('chromiumArgs', () => {
  it('turns the sandbox off only for root, and always keeps Chromium off the network', () => {
    expect(chromiumArgs(true)).toContain('--no-sandbox')
    expect(chromiumArgs(false)).not.toContain('--no-sandbox')
    expect(chromiumArgs(false)).toEqual(expect.arrayContaining(['--disable-background-networking', '--disable-component-update']))
  })
})
