// Step logic of SplitDiagram: the empty table first (its column frames and row labels), then column by column
// (heading and lists), then one compared row per click, ending on the callout box.
import type { BoxDiagram } from '../scripts/lesson/types.ts'

export type { BoxDiagram }

export interface DiagramReveal {
  /** Step at which each column's heading and list cells appear; its empty frame is there from the start. */
  columnAt: number[]
  /** Per band: the step of a compared row; undefined for a list band, whose cells come with their columns. */
  rowAt: (number | undefined)[]
  /** Step of the callout box, when there is one. */
  calloutAt?: number
  /** Clicks the slide reserves. */
  total: number
}

export function diagramReveal(diagram: Pick<BoxDiagram, 'headings' | 'bands' | 'callout'>): DiagramReveal {
  const columnAt = diagram.headings.map((_, i) => i + 1)
  let next = columnAt.length + 1
  const rowAt = diagram.bands.map(band => (band.kind === 'row' ? next++ : undefined))
  const calloutAt = diagram.callout ? next++ : undefined
  return { columnAt, rowAt, ...(calloutAt === undefined ? {} : { calloutAt }), total: next - 1 }
}
