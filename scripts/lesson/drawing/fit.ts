// How large a drawing is drawn: the grid's cells scaled to fill the space under the slide's heading,
// with text no smaller than reads from the back of a room. Pure; the component and the planner share it.

/** The space under the heading on Slidev's 980×552 canvas. */
export const DRAWING_AREA = { width: 900, height: 420 }
/** The smallest text a drawing may show, in canvas pixels. */
export const MIN_DRAWING_FONT_PX = 14
const MAX_FONT_PX = 24
/** A character of the slide's sans-serif font is about this wide, in ems: the author's column. */
const COLUMN_EM = 0.6
/** A row needs room for its text and the box lines around it. */
const ROW_EM = 1.3

export interface DrawingScale {
  /** Canvas pixels per column and per row of the drawing. */
  column: number
  row: number
  fontSize: number
}

export function drawingScale(cols: number, rows: number, area = DRAWING_AREA): DrawingScale {
  const fontSize = Math.min(MAX_FONT_PX, area.width / (Math.max(cols, 1) * COLUMN_EM), area.height / (Math.max(rows, 1) * ROW_EM))
  // The drawing spreads out to fill the space, but no further than keeps its parts together.
  return {
    column: Math.min(area.width / Math.max(cols, 1), fontSize * COLUMN_EM * 1.25),
    row: Math.min(area.height / Math.max(rows, 1), fontSize * ROW_EM * 1.6),
    fontSize: Math.floor(fontSize * 10) / 10,
  }
}
