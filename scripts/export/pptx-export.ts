// The PowerPoint export of one deck: from the print view with one page per click step, drawn at twice
// the slide's pixels (as sharp as the PDF on a high-density screen), a picture of each page, the notes
// of each step from the lesson's plan, checked by reading the file back before it replaces the old one.
import type { Page } from 'playwright-chromium'
import type { WriteJob } from './format.ts'
import type { PrintSession } from './session.ts'
import { readFile } from 'node:fs/promises'
import { CliError } from '../errors.ts'
import { publishVerified } from './output.ts'
import { slidePictures } from './pictures.ts'
import { pptxSteps } from './pptx-plan.ts'
import { pptxProblems, readPptx } from './pptx-read.ts'
import { writePptx } from './pptx-write.ts'

const PAGE_SELECTOR = '.print-slide-container'

/** The PowerPoint format's writer (formats.ts): its print view has one page per click step, drawn at twice the pixels. */
export async function writePptxExport(session: PrintSession, { planned, out, log }: WriteJob): Promise<void> {
  const { deck, page } = session
  if (!planned)
    throw new CliError('USAGE', `${deck.entry} was not generated from a lesson here, so its notes per click are unknown; pass --lesson FILE`)
  const scale = await page.evaluate(() => window.devicePixelRatio)
  const steps = pptxSteps(deck, planned)
  const { pictures, width, height } = await stepPictures(page, steps.length, scale, log)
  const bytes = await writePptx({ title: deck.title, subject: deck.info, width: deck.width, height: deck.height, steps, pictures })
  await publishVerified(out, bytes, async file => pptxProblems(await readPptx(await readFile(file)), {
    title: deck.title,
    steps,
    pictureWidth: width,
    pictureHeight: height,
  }))
}

/** A PNG of every page of the print view, and the pixel size each must have: the page's box at the device scale. */
async function stepPictures(
  page: Page,
  expected: number,
  scale: number,
  log: (line: string) => void,
): Promise<{ pictures: Uint8Array[], width: number, height: number }> {
  const pages = page.locator(PAGE_SELECTOR)
  const count = await pages.count()
  if (count !== expected)
    throw new CliError('PRINT', `the print view shows ${count} click steps but the lesson plans ${expected}`)
  const box = (await pages.first().boundingBox())!
  const pictures = await slidePictures(page, PAGE_SELECTOR)
  log(`pictures of ${count} click steps taken`)
  return { pictures, width: Math.round(box.width * scale), height: Math.round(box.height * scale) }
}
