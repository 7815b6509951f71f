// A headless Chromium started as a plain process, before Playwright is loaded, and attached to later
// (browser.ts connectChromium): an export's Chromium starts while Node is still loading Playwright
// and the export's own code, instead of after. It opens with one blank tab, whose renderer starts with
// the browser, so the print page is ready when Playwright attaches. Its profile is a fresh temporary
// folder, removed when it stops; it stops with this process.
import type { Buffer } from 'node:buffer'
import type { BrowserChoice } from './browser.ts'
import { spawn } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { chromiumArgs } from './browser.ts'
import { tieChild } from './child-lifetime.ts'
import { CliError } from './errors.ts'

/** What Playwright passes to a headless Chromium it launches that bears on how pages draw and print. */
export const HEADLESS_ARGS = [
  '--headless',
  '--hide-scrollbars',
  '--mute-audio',
  '--blink-settings=primaryHoverType=2,availableHoverTypes=2,primaryPointerType=4,availablePointerTypes=4',
  '--force-color-profile=srgb',
  '--disable-features=PaintHolding,MediaRouter,OptimizationHints',
  '--disable-background-timer-throttling',
  '--disable-backgrounding-occluded-windows',
  '--disable-renderer-backgrounding',
  '--disable-extensions',
  '--disable-default-apps',
  '--no-default-browser-check',
  '--password-store=basic',
  '--use-mock-keychain',
]

const RE_ENDPOINT = /DevTools listening on (ws:\/\/\S+)/

export interface StartedChromium {
  choice: BrowserChoice
  /** Its DevTools WebSocket, once it listens; rejects when it could not start. */
  endpoint: Promise<string>
  /** Stops it and removes its profile; safe to call more than once. */
  stop: () => Promise<void>
}

/** The full command line: our flags, Playwright's headless ones, DevTools on a free port, one blank tab. */
export function startArgs(profile: string, isRoot?: boolean): string[] {
  return [...chromiumArgs(isRoot), ...HEADLESS_ARGS, '--remote-debugging-port=0', `--user-data-dir=${profile}`, 'about:blank']
}

export function startChromium(choice: BrowserChoice): StartedChromium {
  const profile = mkdtempSync(join(tmpdir(), 'lesson-chromium-'))
  const child = spawn(choice.path, startArgs(profile), { stdio: ['ignore', 'ignore', 'pipe'] })
  const untie = tieChild(child)
  const exited = new Promise<void>(done => child.once('exit', () => done()))
  let said = ''
  const endpoint = new Promise<string>((resolve, reject) => {
    child.stderr!.on('data', (chunk: Buffer) => {
      said += chunk.toString()
      const found = RE_ENDPOINT.exec(said)
      if (found)
        resolve(found[1]!)
    })
    const failed = (why: string) => reject(new CliError('NO_BROWSER', `${choice.path} did not start as a headless Chromium: ${why}`))
    child.once('error', error => failed(error.message))
    child.once('exit', (code, signal) => failed(`it stopped (${signal ?? `exit ${code}`}) before listening${said.trim() ? `: ${said.trim().split('\n').at(-1)}` : ''}`))
  })
  endpoint.catch(() => undefined)
  let stopping: Promise<void> | undefined
  const stop = () => (stopping ??= (async () => {
    if (child.exitCode === null && child.signalCode === null)
      child.kill()
    await exited
    untie()
    // Chromium's helper processes can still be writing into the profile for a moment after the browser
    // exits (ENOTEMPTY under load): the removal tries again, and a profile left in the temporary folder
    // never fails the command that used it.
    await rm(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 100 }).catch(() => undefined)
  })())
  // A command that ends without stopping it still leaves no Chromium behind.
  process.once('exit', () => child.kill())
  return { choice, endpoint, stop }
}
