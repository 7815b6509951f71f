// Measures, once, how wide the deck's text font sets each character, in Chromium with the font files the deck
// ships (@fontsource/nunito-sans), and writes scripts/lesson/fit/type-metrics.json: the table the planner's
// text model (scripts/lesson/fit/measure.ts) reads to know how many lines a point takes at a size.
// Run it again after changing the deck's font: `node scripts/fit/measure-type.ts`.
import { writeFile } from 'node:fs/promises'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { launchChromium } from '../browser.ts'
import { FONT_WEIGHTS, MEASURED_CHARS } from '../lesson/fit/charset.ts'

const ROOT = resolve(import.meta.dirname, '../..')
const OUT = join(ROOT, 'scripts/lesson/fit/type-metrics.json')
const FAMILY = 'Nunito Sans'
/** Sentences in the lessons' register: kerning and ligatures make a run of text a little narrower than its letters. */
const SAMPLES = [
  'Product teams build the features users see; platform teams build what product teams use.',
  'Within 6 months, deployment frequency doubled and the on-call pages fell by 40%.',
  'A flag without an owner is a branch in production that nobody dares to remove.',
  'Every request waits at the gateway, which turns away whatever it cannot serve in time.',
]

export async function measureType(): Promise<unknown> {
  const browser = await launchChromium()
  try {
    const page = await browser.newPage()
    const css = FONT_WEIGHTS.map(weight => `<link rel="stylesheet" href="${pathToFileURL(join(ROOT, `node_modules/@fontsource/nunito-sans/${weight}.css`)).href}">`)
    await page.goto(pathToFileURL(join(ROOT, 'package.json')).href)
    await page.setContent(`<!doctype html><html><head>${css.join('')}</head><body></body></html>`, { waitUntil: 'load' })
    return await page.evaluate(async ({ family, weights, chars, samples }) => {
      const canvas = document.createElement('canvas').getContext('2d')!
      const table: Record<string, { widths: number[], kerning: number }> = {}
      for (const weight of weights) {
        const font = `${weight} 100px "${family}"`
        await document.fonts.load(font, chars + samples.join(''))
        if (!document.fonts.check(font, chars))
          throw new Error(`${family} ${weight} did not load`)
        canvas.font = font
        const width = (text: string) => canvas.measureText(text).width / 100
        const widths = [...chars].map(char => Math.round(width(char) * 1000) / 1000)
        const byLetters = samples.reduce((sum, sample) => sum + [...sample].reduce((s, char) => s + width(char), 0), 0)
        const whole = samples.reduce((sum, sample) => sum + width(sample), 0)
        table[weight] = { widths, kerning: Math.round((whole / byLetters) * 1000) / 1000 }
      }
      return { family, chars, weights: table }
    }, { family: FAMILY, weights: FONT_WEIGHTS, chars: MEASURED_CHARS, samples: SAMPLES })
  }
  finally {
    await browser.close()
  }
}

if (import.meta.main) {
  await writeFile(OUT, `${JSON.stringify(await measureType())}\n`)
  console.log(OUT)
}
