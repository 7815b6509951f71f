// The PowerPoint file's plan, written with pptxgenjs and read back from its zip parts: steps per
// click, notes per step, sections, titles, and the check that refuses a file that differs.
import type { DeckInfo } from '../../scripts/export/deck.ts'
import type { PptxStep } from '../../scripts/export/pptx-plan.ts'
import { Buffer } from 'node:buffer'
import { deflateSync } from 'node:zlib'
import JSZip from 'jszip'
import { describe, expect, it } from 'vitest'
import { notesText, pptxSteps, sectionsOf } from '../../scripts/export/pptx-plan.ts'
import { pngSize, pptxProblems, readPptx } from '../../scripts/export/pptx-read.ts'
import { writePptx } from '../../scripts/export/pptx-write.ts'
import { generateDeck } from '../../scripts/lesson/index.ts'

const LESSON = `# Caching & <Friends>

## Video Length: ~1 minute | Level: Senior

## The Hook (20 seconds)

A cache is a **promise**: \`{{ data }}\` stays close. It saves a trip.

It can lie [click] when nobody expires it.

## Quick Recap

- Keep it *close*.
- Expire it.
`

/** A real PNG of one colour, width × height, made here so the test needs no image library. */
function png(width: number, height: number): Uint8Array {
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (bytes: Uint8Array) => {
    let c = 0xFFFFFFFF
    for (const byte of bytes) c = crcTable[(c ^ byte) & 0xFF]! ^ (c >>> 8)
    return (c ^ 0xFFFFFFFF) >>> 0
  }
  const chunk = (type: string, data: Uint8Array) => {
    const out = Buffer.alloc(12 + data.length)
    out.writeUInt32BE(data.length, 0)
    out.write(type, 4, 'latin1')
    out.set(data, 8)
    out.writeUInt32BE(crc(out.subarray(4, 8 + data.length)), 8 + data.length)
    return out
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header.set([8, 2, 0, 0, 0], 8)
  const rows = Buffer.alloc((width * 3 + 1) * height, 0x80)
  for (let y = 0; y < height; y++) rows[y * (width * 3 + 1)] = 0
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows)), chunk('IEND', new Uint8Array())])
}

function deckInfoOf(planned: ReturnType<typeof generateDeck>['deck']): DeckInfo {
  return {
    entry: 'slides.md',
    slug: 'caching',
    title: planned.lesson.title,
    info: '',
    wordsPerMinute: 150,
    width: 980,
    height: 552,
    fonts: [],
    slides: planned.slides.map((slide, i) => ({ no: i + 1, title: slide.title, clicks: slide.clicks })),
  }
}

describe('pptxSteps', () => {
  const planned = generateDeck(LESSON, 'lessons/caching.md').deck
  const steps = pptxSteps(deckInfoOf(planned), planned)

  it('has one step per click step of every slide, each with exactly its chunk of notes', () => {
    expect(steps).toHaveLength(planned.slides.reduce((sum, slide) => sum + slide.clicks + 1, 0))
    let at = 0
    for (const slide of planned.slides) {
      slide.notes.forEach((chunk, k) => {
        expect(steps[at]!.clicks).toBe(k)
        expect(steps[at]!.notes).toBe(chunk.map(p => p.map(span => span.text).join('')).join('\n'))
        at++
      })
    }
  })

  it('keeps the words as the lesson wrote them: no Markdown marks, no click markers', () => {
    const all = steps.map(step => step.notes).join('\n')
    expect(all).toContain('A cache is a promise: {{ data }} stays close.')
    expect(all).not.toMatch(/\*\*|`|\[click\]\s*$/m)
    expect(notesText([[{ text: 'Keep it ' }, { text: 'close', emphasis: true }, { text: '.' }]])).toBe('Keep it close.')
  })

  it('groups steps into one section per lesson section, the cover first', () => {
    expect(sectionsOf(steps).map(s => s.title)).toEqual(['Caching & <Friends>', 'The Hook', 'Quick Recap'])
  })

  it('refuses a deck file whose clicks disagree with the plan', () => {
    const info = deckInfoOf(planned)
    info.slides[1]!.clicks += 1
    expect(() => pptxSteps(info, planned)).toThrow(/reserves \d+ clicks but its lesson plans/)
  })
})

describe('writePptx, read back', () => {
  const steps: PptxStep[] = [
    { slideNo: 1, clicks: 0, title: 'Cover & <more>', section: 'Cover & <more>', sectionIndex: -1, notes: 'Say "hi" & wait.' },
    { slideNo: 2, clicks: 0, title: 'The Hook', section: 'The Hook', sectionIndex: 0, notes: '' },
    { slideNo: 2, clicks: 1, title: 'The Hook (click 1 of 1)', section: 'The Hook', sectionIndex: 0, notes: 'First line.\n┌──┐\n│ok│' },
  ]
  const doc = { title: 'Caching & <Friends>', subject: 'Senior', width: 980, height: 552, steps, pictures: steps.map(() => png(40, 22)) }
  const expected = { title: doc.title, steps, pictureWidth: 40, pictureHeight: 22 }

  it('holds each step as a slide with its title, notes, picture and section, and the document title', async () => {
    const bytes = await writePptx(doc)
    const contents = await readPptx(bytes)
    expect(contents.slides.map(s => s.title)).toEqual(steps.map(s => s.title))
    expect(contents.slides.map(s => s.notes)).toEqual(steps.map(s => s.notes))
    expect(contents.sections).toEqual([{ title: 'Cover & <more>', slides: 1 }, { title: 'The Hook', slides: 2 }])
    expect(contents.title).toBe('Caching & <Friends>')
    expect(pptxProblems(contents, expected)).toEqual([])
    // The parts are where PowerPoint looks for them.
    const zip = await JSZip.loadAsync(bytes)
    expect(Object.keys(zip.files).filter(name => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(name))).toHaveLength(3)
  })

  it('reports a file that differs: another chunk of notes, a lost slide, a blurred picture, a wrong title', async () => {
    const contents = await readPptx(await writePptx(doc))
    const swapped = { ...contents, slides: contents.slides.map((s, i) => (i === 2 ? { ...s, notes: 'Say "hi" & wait.' } : s)) }
    expect(pptxProblems(swapped, expected).join('\n')).toMatch(/slide 3 .* notes that are not its chunk/)
    expect(pptxProblems({ ...contents, slides: contents.slides.slice(1) }, expected).join('\n')).toMatch(/it has 2 slides; expected 3/)
    expect(pptxProblems(contents, { ...expected, pictureWidth: 80 }).join('\n')).toMatch(/one 80×22 picture; it has 40×22/)
    expect(pptxProblems({ ...contents, title: 'Other' }, expected).join('\n')).toMatch(/document title is "Other"/)
  })

  it('reads PNG sizes and nothing else as pictures', () => {
    expect(pngSize(png(7, 3))).toEqual({ width: 7, height: 3 })
    expect(pngSize(new Uint8Array(30))).toBeUndefined()
  })
})
