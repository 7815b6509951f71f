// Checks made before printing, so a missing browser, tool or font stops the export with a clear
// message instead of producing a PDF with tofu boxes or fallback fonts.
import type { PageEvaluate } from './print-view.ts'
import { execFile } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import process from 'node:process'
import { promisify } from 'node:util'
import { CliError } from '../errors.ts'

const run = promisify(execFile)

/** Emoji drawn as emoji: pictographs with emoji presentation, or followed by the emoji selector. */
const RE_EMOJI = /\p{Emoji_Presentation}|\p{Extended_Pictographic}\uFE0F/u
const EMOJI_PROBE_CODEPOINT = '1f600'

/** pdftotext and pdftoppm read the PDF back; without them nothing can be verified. Looked up on PATH, not run: that costs a process each. */
export function preflightTools(env: Record<string, string | undefined> = process.env): void {
  const missing = ['pdftotext', 'pdftoppm'].filter(tool => !onPath(tool, env.PATH ?? ''))
  if (missing.length > 0)
    throw new CliError('NO_TOOLS', `${missing.join(' and ')} ${missing.length > 1 ? 'are' : 'is'} needed to check the PDF. Install poppler-utils (Debian/Ubuntu: apt-get install poppler-utils; macOS: brew install poppler).`)
}

/** Whether an executable file `name` is in one of PATH's folders, as the shell would find it. */
export function onPath(name: string, path: string): boolean {
  return path.split(delimiter).filter(Boolean).some((dir) => {
    try {
      accessSync(join(dir, name), constants.X_OK)
      return statSync(join(dir, name)).isFile()
    }
    catch {
      return false
    }
  })
}

export function hasEmoji(text: string): boolean {
  return RE_EMOJI.test(text)
}

/** True or false from fontconfig; undefined where there is no fontconfig to ask (Chromium then uses the OS's own emoji font). */
export async function emojiFontInstalled(): Promise<boolean | undefined> {
  try {
    const { stdout } = await run('fc-list', [`:charset=${EMOJI_PROBE_CODEPOINT}`, 'family'])
    return stdout.trim() !== ''
  }
  catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return undefined
    throw error
  }
}

export interface FontFaceState {
  family: string
  weight: string
  status: string
}

export interface FontReport {
  faces: FontFaceState[]
  /** First family of the font stack of every element that holds text. */
  used: string[]
  /** All the text shown, to look for emoji. */
  text: string
}

const FACES_TIMEOUT_MS = 10_000

/** Reads, in the page, which web fonts exist, loaded or failed, and which families the text asks for. */
export async function readFontReport(evaluate: PageEvaluate, root: string): Promise<FontReport> {
  // No named functions inside: a TypeScript transpiler (vitest's) may wrap them in a helper the page doesn't have.
  const report = await evaluate(async (selector) => {
    await document.fonts.ready
    const container = document.querySelector(selector) ?? document.body
    const used = new Set<string>()
    const walker = document.createTreeWalker(container, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.textContent?.trim() && node.parentElement)
        used.add(getComputedStyle(node.parentElement).fontFamily.split(',')[0] ?? '')
    }
    return {
      faces: [...document.fonts].map(face => ({ family: face.family, weight: face.weight, status: face.status })),
      used: [...used],
      text: container.textContent ?? '',
    }
  }, root)
  return {
    faces: report.faces.map(face => ({ ...face, family: unquote(face.family) })),
    used: report.used.map(unquote),
    text: report.text,
  }
}

/**
 * A route's stylesheet may arrive after its first paint (Vite splits CSS by chunk), and with it the
 * @font-face rules: on a busy machine the faces were read before they existed. Wait for them, briefly;
 * a family still missing after that is reported as not shipped.
 */
async function untilFacesDeclared(evaluate: PageEvaluate, declared: string[]): Promise<void> {
  await evaluate(async ({ families, timeoutMs }) => {
    const until = Date.now() + timeoutMs
    while (Date.now() < until && !families.every(family => [...document.fonts].some(face => face.family.replace(/^["']|["']$/g, '') === family)))
      await new Promise(resolve => setTimeout(resolve, 50))
  }, { families: declared, timeoutMs: FACES_TIMEOUT_MS })
}

function unquote(family: string): string {
  return family.trim().replace(/^["']|["']$/g, '')
}

/** Problems with the deck's web fonts: declared but not shipped, failed, or used and never loaded. */
export function fontProblems(declared: string[], report: FontReport): string[] {
  const problems: string[] = []
  for (const family of declared) {
    const faces = report.faces.filter(face => face.family === family)
    if (faces.length === 0) {
      problems.push(`the deck names the font "${family}" but ships no @font-face for it: install its @fontsource package and import it in styles/index.css`)
      continue
    }
    for (const face of faces.filter(f => f.status === 'error'))
      problems.push(`the font "${family}" (weight ${face.weight}) failed to load`)
    if (report.used.includes(family) && !faces.some(face => face.status === 'loaded'))
      problems.push(`the text uses the font "${family}" but none of its faces loaded`)
  }
  return problems
}

/** Every font problem of the page, emoji included; throws one error listing them all. */
export async function preflightFonts(evaluate: PageEvaluate, root: string, declared: string[], extraText = ''): Promise<void> {
  await untilFacesDeclared(evaluate, declared)
  const report = await readFontReport(evaluate, root)
  const problems = fontProblems(declared, report)
  if (hasEmoji(report.text + extraText) && await emojiFontInstalled() === false)
    problems.push('the deck shows emoji but no emoji font is installed: install one (Debian/Ubuntu: apt-get install fonts-noto-color-emoji)')
  if (problems.length > 0)
    throw new CliError('FONTS', `Fonts are not ready:\n${problems.map(p => `  - ${p}`).join('\n')}`)
}
