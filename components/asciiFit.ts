// The font size that fits lines of text on the slide: as large as reads well, no larger than the space allows.

/** A monospace character is about 0.6em wide. */
const CHAR_WIDTH_EM = 0.6
export const LINE_HEIGHT = 1.2

export interface FitBox {
  width: number
  height: number
}

/** Pixels per em so every column and line of `text` fits `box`, between `min` and `max`. */
export function asciiFontSize(text: string, box: FitBox, min = 10, max = 20): number {
  const lines = text.split('\n')
  const columns = Math.max(1, ...lines.map(line => [...line].length))
  const fit = Math.min(box.width / (columns * CHAR_WIDTH_EM), box.height / (lines.length * LINE_HEIGHT))
  return Math.floor(Math.min(max, Math.max(min, fit)) * 10) / 10
}
