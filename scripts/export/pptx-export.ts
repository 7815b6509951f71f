// The PowerPoint export of one deck: the print view with one page per click step, drawn at twice the
// slide's pixels (as sharp as the PDF on a high-density screen), a picture of each page, the notes of
// each step from the lesson's plan, checked by reading the file back before it replaces the old one.
import { readFile } from 'node:fs/promises'
import { resolve } from 'node:path'
import type { Page } from 'playwright-chromium'
import { CliError } from '../errors.ts'
import { publishVerified } from './output.ts'
import { pptxSteps } from './pptx-plan.ts'
import { pptxProblems, readPptx } from './pptx-read.ts'
import { writePptx } from './pptx-write.ts'
import { openPrintSession } from './session.ts'
import type { DeckSource } from './source.ts'

/** Device pixels per CSS pixel of the pictures. */
export const PICTURE_SCALE = 2
const PAGE_SELECTOR = '.print-slide-container'

export interface PptxExportOptions {
  root: string
  /** The deck and the plan it was generated from (the notes come from the plan). */
  source: DeckSource
  /** Where to write; default exports/<slug>.pptx. */
  out?: string
  log: (line: string) => void
}

/** Writes the .pptx and returns its path. */
export async function exportPptx(options: PptxExportOptions): Promise<string> {
  const { root, source, log } = options
  if (!source.planned)
    throw new CliError('USAGE', `${source.entry} was not generated from a lesson here, so its notes per click are unknown; pass --lesson FILE`)
  const session = await openPrintSession({ root, source, withClicks: true, deviceScaleFactor: PICTURE_SCALE, log })
  try {
    const { deck, page } = session
    const steps = pptxSteps(deck, source.planned)
    const { pictures, width, height } = await stepPictures(page, steps.length, log)
    const bytes = await writePptx({ title: deck.title, subject: deck.info, width: deck.width, height: deck.height, steps, pictures })
    const out = resolve(root, options.out ?? `exports/${deck.slug}.pptx`)
    await publishVerified(out, bytes, async file => pptxProblems(await readPptx(await readFile(file)), {
      title: deck.title,
      steps,
      pictureWidth: width,
      pictureHeight: height,
    }))
    return out
  }
  finally {
    await session.close()
  }
}

/** A PNG of every page of the print view, and the pixel size each must have: the page's box at the device scale. */
async function stepPictures(page: Page, expected: number, log: (line: string) => void): Promise<{ pictures: Uint8Array[], width: number, height: number }> {
  const pages = page.locator(PAGE_SELECTOR)
  const count = await pages.count()
  if (count !== expected)
    throw new CliError('PRINT', `the print view shows ${count} click steps but the lesson plans ${expected}`)
  const box = (await pages.first().boundingBox())!
  const pictures: Uint8Array[] = []
  for (let i = 0; i < count; i++)
    pictures.push(await pages.nth(i).screenshot({ type: 'png' }))
  log(`pictures of ${count} click steps taken`)
  return { pictures, width: Math.round(box.width * PICTURE_SCALE), height: Math.round(box.height * PICTURE_SCALE) }
}
