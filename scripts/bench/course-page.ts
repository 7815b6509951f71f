// The course page with a hundred lessons (course_page_100_ms): from navigation to its first contentful
// paint in Chromium at 1280×800, served from memory, fonts beside it as in dist/.
import type { Buffer } from 'node:buffer'
import type { AddressInfo } from 'node:net'
import type { CourseEntry } from '../course/page.ts'
import { readFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { join } from 'node:path'
import { launchChromium } from '../browser.ts'
import { coursePage, PAGE_ASSETS_DIR, PAGE_FONTS } from '../course/page.ts'

const LEVELS = ['Beginner', 'Intermediate', 'Senior', 'Staff']

export function hundredLessons(): CourseEntry[] {
  return Array.from({ length: 100 }, (_, i) => ({
    slug: `lesson-${i + 1}`,
    file: `lessons/lesson-${i + 1}.md`,
    title: `Lesson ${i + 1}: a title about systems, teams and trade-offs`,
    level: LEVELS[i % LEVELS.length]!,
    videoLength: '4:00-5:00',
    slides: 14 + (i % 5),
    planSeconds: 270,
    notesSeconds: 240 + (i % 60),
    nextTitle: `Lesson ${i + 2}: a title about systems, teams and trade-offs`,
  }))
}

export async function coursePageMs(root: string, repetitions: number): Promise<number[]> {
  const html = coursePage('A hundred lessons', hundredLessons())
  const fonts = new Map<string, Buffer>(await Promise.all(PAGE_FONTS.map(async font => [`/${PAGE_ASSETS_DIR}/${font}`, await readFile(join(root, 'node_modules/@fontsource/nunito-sans/files', font))] as const)))
  const server = createServer((request, response) => {
    const font = fonts.get(request.url ?? '')
    response.writeHead(font || request.url === '/' ? 200 : 404, { 'content-type': font ? 'font/woff2' : 'text/html' }).end(font ?? (request.url === '/' ? html : ''))
  })
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const browser = await launchChromium()
  try {
    const times: number[] = []
    for (let i = 0; i < repetitions + 1; i++) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 800 } })
      await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`, { waitUntil: 'load' })
      const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? performance.now())
      await page.close()
      if (i > 0)
        times.push(paint)
    }
    return times
  }
  finally {
    await browser.close()
    server.close()
  }
}
