// The type size of a text slide: as large as the space under its heading allows, so a slide with a few short
// points fills its canvas instead of leaving the lower part empty, and a long one still fits.

/** Nunito Sans averages under half an em per character (0.47 measured on the lessons); half an em covers bold lead-ins. */
const CHAR_WIDTH_EM = 0.5

export interface TextBox {
  /** Width of one line of text, px. */
  width: number
  /** Height all items may take together, px. */
  height: number
  /** Height each item takes besides its lines (padding, border, gap to the next), px. */
  perItem?: number
  lineHeight?: number
  /** Bounds of the result, px; `min` is returned even when it overflows (the slide's checks then catch it). */
  min?: number
  max?: number
}

/** Lines `text` wraps to at `size` px in a line `width` px wide, wrapping at spaces as a browser does. */
export function linesAt(text: string, size: number, width: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH_EM)))
  let lines = 1
  let used = 0
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const length = [...word].length
    if (used === 0) {
      lines += Math.ceil(length / perLine) - 1
      used = length % perLine || Math.min(length, perLine)
    }
    else if (used + 1 + length <= perLine) {
      used += 1 + length
    }
    else {
      lines += Math.ceil(length / perLine)
      used = length % perLine || Math.min(length, perLine)
    }
  }
  return lines
}

/** Height `items` take stacked at `size` px. */
export function stackHeight(items: string[], size: number, box: TextBox): number {
  const lineHeight = box.lineHeight ?? 1.3
  return items.reduce((sum, text) => sum + linesAt(text, size, box.width) * size * lineHeight + (box.perItem ?? 0), 0)
}

/** The largest whole-pixel font size between `min` and `max` at which `items` stack within the box. */
export function fitFontSize(items: string[], box: TextBox): number {
  const min = box.min ?? 20
  const max = box.max ?? 32
  for (let size = max; size > min; size--) {
    if (stackHeight(items, size, box) <= box.height)
      return size
  }
  return min
}
