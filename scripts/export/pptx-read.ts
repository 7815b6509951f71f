// Reads a .pptx back as a client would (its zip parts and their XML, following the relationships),
// and lists what differs from what was meant to be written: the check before the file is published.
import type { PptxStep } from './pptx-plan.ts'
import { parseDocument } from 'htmlparser2'
import JSZip from 'jszip'
import { sectionsOf } from './pptx-plan.ts'

export interface PptxSlideContents {
  title: string
  notes: string
  /** Pixel sizes of the PNG pictures on the slide. */
  pictures: { width: number, height: number }[]
}

export interface PptxContents {
  /** The document title (docProps/core.xml). */
  title: string
  slides: PptxSlideContents[]
  sections: { title: string, slides: number }[]
}

/** A DOM node as htmlparser2 makes it; only the parts walked here. */
interface XmlNode {
  type: string
  name?: string
  attribs?: Record<string, string>
  data?: string
  children?: XmlNode[]
}

function parseXml(xml: string): XmlNode {
  return parseDocument(xml, { xmlMode: true }) as unknown as XmlNode
}

/** Every element named `name` under `node`, in document order. */
function elements(node: XmlNode, name: string): XmlNode[] {
  const found: XmlNode[] = []
  const walk = (n: XmlNode) => {
    for (const child of n.children ?? []) {
      if (child.name === name)
        found.push(child)
      walk(child)
    }
  }
  walk(node)
  return found
}

/** All the character data under `node`, with line ends as XML readers normalise them. */
function textOf(node: XmlNode): string {
  return (node.data ?? (node.children ?? []).map(textOf).join('')).replace(/\r\n?/g, '\n')
}

/** The text of a shape's body: its paragraphs' runs, one paragraph per line. */
function shapeText(shape: XmlNode): string {
  return elements(shape, 'a:p').map(paragraph => elements(paragraph, 'a:t').map(textOf).join('')).join('\n')
}

/** The text of the shape holding the placeholder of one of `types`; '' when there is none. */
function placeholderText(doc: XmlNode, types: string[]): string {
  const shape = elements(doc, 'p:sp').find(sp => elements(sp, 'p:ph').some(ph => types.includes(ph.attribs?.type ?? '')))
  return shape ? shapeText(shape) : ''
}

/** Relationship id → target part path, for the part at `partPath`. */
async function relationships(zip: JSZip, partPath: string): Promise<{ id: string, type: string, target: string }[]> {
  const dir = partPath.slice(0, partPath.lastIndexOf('/'))
  const relsPath = `${dir}/_rels/${partPath.slice(dir.length + 1)}.rels`
  const xml = await zip.file(relsPath)?.async('string')
  if (!xml)
    return []
  return elements(parseXml(xml), 'Relationship').map(rel => ({
    id: rel.attribs?.Id ?? '',
    type: rel.attribs?.Type ?? '',
    target: resolvePart(dir, rel.attribs?.Target ?? ''),
  }))
}

function resolvePart(dir: string, target: string): string {
  const parts = target.startsWith('/') ? [] : dir.split('/')
  for (const piece of target.replace(/^\//, '').split('/')) {
    if (piece === '..')
      parts.pop()
    else if (piece !== '.')
      parts.push(piece)
  }
  return parts.join('/')
}

/** Width and height from a PNG's IHDR chunk; undefined for anything that is not a PNG. */
export function pngSize(bytes: Uint8Array): { width: number, height: number } | undefined {
  const signature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
  if (bytes.length < 24 || !signature.every((byte, i) => bytes[i] === byte))
    return undefined
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  return { width: view.getUint32(16), height: view.getUint32(20) }
}

export async function readPptx(bytes: Uint8Array): Promise<PptxContents> {
  const zip = await JSZip.loadAsync(bytes)
  const presentationXml = await zip.file('ppt/presentation.xml')?.async('string')
  if (!presentationXml)
    throw new Error('no ppt/presentation.xml part')
  const presentation = parseXml(presentationXml)
  const presentationRels = await relationships(zip, 'ppt/presentation.xml')
  const slideIds = elements(presentation, 'p:sldId').map(el => ({ id: el.attribs?.id ?? '', rel: el.attribs?.['r:id'] ?? '' }))

  const slides: PptxSlideContents[] = []
  for (const { rel } of slideIds) {
    const path = presentationRels.find(r => r.id === rel)?.target
    const xml = path && await zip.file(path)?.async('string')
    if (!path || !xml)
      throw new Error(`slide relationship ${rel} points at no slide part`)
    const rels = await relationships(zip, path)
    const notesPath = rels.find(r => r.type.endsWith('/notesSlide'))?.target
    const notesXml = notesPath && await zip.file(notesPath)?.async('string')
    const slide = parseXml(xml)
    const pictureIds = elements(slide, 'p:pic').flatMap(pic => elements(pic, 'a:blip').map(blip => blip.attribs?.['r:embed'] ?? ''))
    const pictures = await Promise.all(pictureIds.map(async (id) => {
      const target = rels.find(r => r.id === id)?.target
      const media = target && await zip.file(target)?.async('uint8array')
      return (media && pngSize(media)) || { width: 0, height: 0 }
    }))
    slides.push({
      title: placeholderText(slide, ['title', 'ctrTitle']),
      notes: notesXml ? placeholderText(parseXml(notesXml), ['body']) : '',
      pictures,
    })
  }

  // Sections (PowerPoint 2010's p14:sectionLst) name the slides they hold by slide id.
  const sections = elements(presentation, 'p14:section').map(section => ({
    title: section.attribs?.name ?? '',
    slides: elements(section, 'p14:sldId').length,
  }))
  const core = await zip.file('docProps/core.xml')?.async('string')
  const titleElement = core ? elements(parseXml(core), 'dc:title')[0] : undefined
  return { title: titleElement ? textOf(titleElement) : '', slides, sections }
}

export interface PptxExpectations {
  title: string
  steps: PptxStep[]
  /** Pixel size every picture must have. */
  pictureWidth: number
  pictureHeight: number
}

/** Everything in `contents` that differs from what was meant; empty when the file is right. */
export function pptxProblems(contents: PptxContents, expect: PptxExpectations): string[] {
  const problems: string[] = []
  if (contents.title !== expect.title)
    problems.push(`its document title is "${contents.title}"; expected "${expect.title}"`)
  if (contents.slides.length !== expect.steps.length)
    problems.push(`it has ${contents.slides.length} slides; expected ${expect.steps.length}, one per click step`)
  expect.steps.forEach((step, i) => {
    const slide = contents.slides[i]
    if (!slide)
      return
    const where = `slide ${i + 1} (deck slide ${step.slideNo}, click ${step.clicks})`
    if (slide.title !== step.title)
      problems.push(`${where} has the title "${slide.title}"; expected "${step.title}"`)
    if (slide.notes !== step.notes)
      problems.push(`${where} has notes that are not its chunk: "${slide.notes.slice(0, 60)}…"`)
    if (slide.pictures.length !== 1 || slide.pictures[0]!.width !== expect.pictureWidth || slide.pictures[0]!.height !== expect.pictureHeight)
      problems.push(`${where} should show one ${expect.pictureWidth}×${expect.pictureHeight} picture; it has ${slide.pictures.map(p => `${p.width}×${p.height}`).join(', ') || 'none'}`)
  })
  const sections = sectionsOf(expect.steps).map(({ title, steps }) => ({ title, slides: steps }))
  if (JSON.stringify(contents.sections) !== JSON.stringify(sections))
    problems.push(`its sections are ${JSON.stringify(contents.sections)}; expected ${JSON.stringify(sections)}`)
  return problems
}
