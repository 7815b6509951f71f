// Writes the PowerPoint file with pptxgenjs: per step, the slide's picture filling the page over a
// title placeholder (so the outline, navigation and screen readers have the title), the step's
// notes, its section; the lesson's title and subject in the document properties.
import type { PptxStep } from './pptx-plan.ts'
import { Buffer } from 'node:buffer'
import PptxGenJS from 'pptxgenjs'
import { sectionsOf } from './pptx-plan.ts'

export interface PptxDocument {
  title: string
  subject: string
  /** Slide size in CSS pixels (96 to the inch). */
  width: number
  height: number
  steps: PptxStep[]
  /** PNG of each step, in order. */
  pictures: Uint8Array[]
}

const CSS_PX_PER_INCH = 96
const LAYOUT = 'LESSON_DECK'
const MASTER = 'LESSON_STEP'

export async function writePptx(doc: PptxDocument): Promise<Uint8Array> {
  if (doc.pictures.length !== doc.steps.length)
    throw new RangeError(`${doc.pictures.length} pictures for ${doc.steps.length} steps`)
  const w = doc.width / CSS_PX_PER_INCH
  const h = doc.height / CSS_PX_PER_INCH
  const pptx = new PptxGenJS()
  pptx.defineLayout({ name: LAYOUT, width: w, height: h })
  pptx.layout = LAYOUT
  pptx.title = doc.title
  pptx.subject = doc.subject
  pptx.company = 'lesson-decks'
  pptx.defineSlideMaster({
    title: MASTER,
    background: { color: 'FFFFFF' },
    objects: [{ placeholder: { options: { name: 'title', type: 'title', x: 0, y: 0, w, h: h / 6 }, text: '' } }],
  })
  const sections = sectionsOf(doc.steps)
  sections.forEach(section => pptx.addSection({ title: section.title }))
  let step = 0
  for (const section of sections) {
    for (let k = 0; k < section.steps; k++, step++) {
      const { title, notes } = doc.steps[step]!
      const slide = pptx.addSlide({ masterName: MASTER, sectionTitle: section.title })
      slide.addText(title, { placeholder: 'title' })
      // Added after the title, so it is drawn over it: the page looks exactly like the deck.
      slide.addImage({ data: `image/png;base64,${Buffer.from(doc.pictures[step]!).toString('base64')}`, x: 0, y: 0, w, h, altText: title })
      if (notes)
        slide.addNotes(notes)
    }
  }
  return await pptx.write({ outputType: 'uint8array', compression: true }) as Uint8Array
}
