// Part of `npm run setup`: make sure a Chromium (and what exports need) is there.
// Playwright's own browser where it can be downloaded (npm ci never downloads it: its install script
// is not in package.json's allowScripts, so setup decides here), else the system packages when we may
// install them (root with apt), else one message saying what to install.
import type { BrowserChoice } from './browser.ts'
import type { Io } from './cli.ts'
import { spawnSync } from 'node:child_process'
import process from 'node:process'
import { INSTALL_HINT, resolveChromium } from './browser.ts'
import { isMain, processIo } from './cli.ts'
import { CliError } from './errors.ts'

/**
 * Debian packages, each with how to tell it is there. A fresh image has no fonts at all: DejaVu covers
 *  Chromium's own text and box drawing, Noto the emoji; poppler-utils checks the exported PDFs; ffmpeg
 *  and espeak-ng make the videos; pocketsphinx and its English model listen to a recording.
 */
const APT_PACKAGES: [name: string, present: () => boolean][] = [
  ['chromium', () => found() !== undefined],
  ['fonts-dejavu-core', () => succeeds('dpkg', ['-s', 'fonts-dejavu-core'])],
  ['fonts-noto-color-emoji', () => succeeds('dpkg', ['-s', 'fonts-noto-color-emoji'])],
  ['poppler-utils', () => succeeds('sh', ['-c', 'command -v pdftoppm'])],
  // The PowerPoint export's test reads the .pptx back through LibreOffice, as a real client would.
  ['libreoffice-impress', () => succeeds('sh', ['-c', 'command -v soffice'])],
  // npm run video: ffmpeg encodes (and ffprobe checks) the MP4; espeak-ng speaks the draft.
  ['ffmpeg', () => succeeds('sh', ['-c', 'command -v ffmpeg && command -v ffprobe'])],
  ['espeak-ng', () => succeeds('sh', ['-c', 'command -v espeak-ng'])],
  // npm run listen and a take's captions: pocketsphinx recognises the speaker's voice against the notes, offline.
  ['pocketsphinx', () => succeeds('sh', ['-c', 'command -v pocketsphinx_continuous'])],
  ['pocketsphinx-en-us', () => succeeds('test', ['-f', '/usr/share/pocketsphinx/model/en-us/cmudict-en-us.dict'])],
]

function found(): BrowserChoice | undefined {
  try {
    return resolveChromium()
  }
  catch (error) {
    if (error instanceof CliError && error.code === 'NO_BROWSER')
      return undefined
    throw error
  }
}

function succeeds(command: string, args: string[], show = false): boolean {
  return spawnSync(command, args, { stdio: show ? 'inherit' : 'ignore' }).status === 0
}

export function main(io: Io = processIo): number {
  const source = found()?.source
  if (source !== 'playwright' && source !== 'CHROMIUM_PATH') {
    // Without internet this fails within seconds, and the system's browser is used instead.
    io.err('Trying Playwright\'s own Chromium…')
    if (!succeeds('npx', ['playwright', 'install', 'chromium']))
      io.err('Playwright\'s download is not reachable; using the system\'s browser.')
  }
  const canInstall = process.getuid?.() === 0 && succeeds('sh', ['-c', 'command -v apt-get'])
  const missing = APT_PACKAGES.filter(([, present]) => !present()).map(([name]) => name)
  if (missing.length > 0 && canInstall) {
    io.err(`Installing Debian packages: ${missing.join(' ')}`)
    succeeds('apt-get', ['update'], true)
    succeeds('apt-get', ['install', '-y', '--no-install-recommends', ...missing], true)
  }
  const browser = found()
  if (!browser) {
    io.err(INSTALL_HINT)
    return 2
  }
  io.out(`Chromium: ${browser.path} (${browser.source})`)
  const stillMissing = APT_PACKAGES.filter(([name, present]) => name !== 'chromium' && !present()).map(([name]) => name)
  if (stillMissing.length > 0)
    io.err(`For exports, videos, listening and their tests also install: ${stillMissing.join(' ')} (or your system's equivalents; for listening, CMU Sphinx's pocketsphinx_continuous and its US English model, whose folder POCKETSPHINX_MODEL names)`)
  return 0
}

if (isMain(import.meta.url))
  process.exitCode = main()
