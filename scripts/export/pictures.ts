// The one way slide pictures are taken (the PowerPoint file's, one per click step at twice the pixels;
// the handout draws the deck PDF's own pages instead, see handout-pdf.ts): a few captures of the print view, each cut into its pages by a
// canvas in the page. One element screenshot per page costs about 0.1 s each; a single capture of a
// long view at twice the pixels can pass Chromium's largest picture, so captures stop at MAX_CAPTURE_PX.
import type { Page } from 'playwright-chromium'
import { Buffer } from 'node:buffer'

/** The tallest capture, in device pixels. */
const MAX_CAPTURE_PX = 12_000

interface Box { x: number, y: number, width: number, height: number }

/** A PNG of each element matching `selector`, at the page's device pixel ratio, in document order. */
export async function slidePictures(page: Page, selector: string): Promise<Buffer[]> {
  const { scale, boxes } = await page.evaluate(selector => ({
    scale: window.devicePixelRatio,
    boxes: [...document.querySelectorAll(selector)].map((element) => {
      const box = element.getBoundingClientRect()
      return { x: box.left + window.scrollX, y: box.top + window.scrollY, width: box.width, height: box.height }
    }),
  }), selector)
  const pictures: Buffer[] = []
  for (const batch of batchesOf(boxes, MAX_CAPTURE_PX / scale)) {
    const clip = around(batch)
    const capture = await page.screenshot({ type: 'png', fullPage: true, clip })
    // No named functions inside: a TypeScript transpiler (vitest's) may wrap them in a helper the page doesn't have.
    const dataUrls = await page.evaluate(async ({ png, clip, batch, scale }) => {
      const image = new Image()
      image.src = `data:image/png;base64,${png}`
      await image.decode()
      return batch.map((box) => {
        const canvas = document.createElement('canvas')
        canvas.width = Math.round(box.width * scale)
        canvas.height = Math.round(box.height * scale)
        canvas.getContext('2d')!.drawImage(image, -Math.round((box.x - clip.x) * scale), -Math.round((box.y - clip.y) * scale))
        return canvas.toDataURL('image/png')
      })
    }, { png: capture.toString('base64'), clip, batch, scale })
    pictures.push(...dataUrls.map(url => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64')))
  }
  return pictures
}

/** Consecutive boxes, in runs no taller than `maxHeight` CSS pixels (a box taller than that alone). */
export function batchesOf(boxes: Box[], maxHeight: number): Box[][] {
  const batches: Box[][] = []
  for (const box of boxes) {
    const last = batches.at(-1)
    if (last && box.y + box.height - last[0]!.y <= maxHeight)
      last.push(box)
    else
      batches.push([box])
  }
  return batches
}

/** The smallest rectangle holding every box. */
function around(boxes: Box[]): Box {
  const x = Math.min(...boxes.map(box => box.x))
  const y = Math.min(...boxes.map(box => box.y))
  return {
    x,
    y,
    width: Math.max(...boxes.map(box => box.x + box.width)) - x,
    height: Math.max(...boxes.map(box => box.y + box.height)) - y,
  }
}
