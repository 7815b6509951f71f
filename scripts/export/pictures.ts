// Pictures of every slide in the print view, fast: one capture of the whole view, cut into slides
// by a canvas in the page. (One element screenshot per slide costs about 0.1 s each.)
import type { Page } from 'playwright-chromium'

export async function slidePictures(page: Page, selector: string): Promise<Buffer[]> {
  const whole = await page.screenshot({ type: 'png', fullPage: true })
  // No named functions inside: a TypeScript transpiler (vitest's) may wrap them in a helper the page doesn't have.
  const dataUrls = await page.evaluate(async ({ selector, png }) => {
    const image = new Image()
    image.src = `data:image/png;base64,${png}`
    await image.decode()
    return [...document.querySelectorAll(selector)].map((element) => {
      const box = element.getBoundingClientRect()
      const canvas = document.createElement('canvas')
      canvas.width = Math.round(box.width)
      canvas.height = Math.round(box.height)
      canvas.getContext('2d')!.drawImage(image, -Math.round(box.left + window.scrollX), -Math.round(box.top + window.scrollY))
      return canvas.toDataURL('image/png')
    })
  }, { selector, png: whole.toString('base64') })
  return dataUrls.map(url => Buffer.from(url.slice(url.indexOf(',') + 1), 'base64'))
}
