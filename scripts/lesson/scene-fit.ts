// Which drawn scene an analogy gets, and whether a parsed diagram fits the canvas at a readable size.
import type { BoxDiagram } from './types.ts'

export type SceneName = 'CarFactory' | 'Restaurant' | 'Theater' | 'TwoSidedScene'

/** A drawn scene knows its analogy by words the section uses; the earliest mention wins. */
const SCENE_CUES: [Exclude<SceneName, 'TwoSidedScene'>, RegExp[]][] = [
  ['CarFactory', [/\bfactor(?:y|ies)\b/i, /\bcars?\b/i]],
  ['Restaurant', [/\brestaurants?\b/i]],
  ['Restaurant', [/\bchefs?\b/i, /\bkitchens?\b/i]],
  ['Theater', [/\bthea(?:ter|tre)s?\b/i]],
  ['Theater', [/\bstage\b/i, /\bactors?\b/i]],
]

/** What a split diagram can show without crowding the slide (measured on the 980×552 canvas). */
const DIAGRAM_LIMITS = { lines: 12, cellChars: 44, calloutChars: 90 }

export function sceneFor(text: string): SceneName {
  let best: { name: SceneName, at: number } = { name: 'TwoSidedScene', at: Infinity }
  for (const [name, cues] of SCENE_CUES) {
    const positions = cues.map(cue => text.search(cue))
    if (positions.every(at => at >= 0) && Math.min(...positions) < best.at)
      best = { name, at: Math.min(...positions) }
  }
  return best.name
}

/** Whether the parsed diagram fits the canvas at a readable size; otherwise the slide shows it verbatim. */
export function fitsSlide(diagram: BoxDiagram): boolean {
  const lines = 1 + diagram.bands.reduce((sum, band) => sum + (band.kind === 'row'
    ? 1
    : (band.cells.some(cell => cell.lead) ? 1 : 0) + Math.ceil(Math.max(...band.cells.map(cell => cell.items.length)) / 2)), 0)
  + (diagram.callout ? 1 + Math.ceil(diagram.callout.lines.length / 2) : 0)
  const cells = [...diagram.headings, ...diagram.bands.flatMap(band => (band.kind === 'row' ? band.cells : band.cells.flatMap(cell => [cell.lead, ...cell.items])))]
  return lines <= DIAGRAM_LIMITS.lines
    && cells.every(cell => cell.length <= DIAGRAM_LIMITS.cellChars)
    && (diagram.callout?.lines ?? []).every(line => line.label.length + line.text.length <= DIAGRAM_LIMITS.calloutChars)
}
