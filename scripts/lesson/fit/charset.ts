// The characters whose widths scripts/fit/measure-type.ts measures in the deck's font, and the weights the
// slides set text in. Any other character counts as a wide one (measure.ts).

/** The weights of Nunito Sans the slides use: body text, bold lines, labels and headings. */
export const FONT_WEIGHTS = [400, 700, 800] as const
export type FontWeight = typeof FONT_WEIGHTS[number]

const PRINTABLE_ASCII = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join('')
/** Latin-1 letters and signs, and the punctuation lessons use (dashes, curly quotes, arrows, ticks). */
export const MEASURED_CHARS = `${PRINTABLE_ASCII}¡¢£¥§©«®°±·»¼½¾¿ÀÁÂÄÅÆÇÈÉÊËÌÍÎÏÑÒÓÔÖ×ØÙÚÛÜßàáâäåæçèéêëìíîïñòóôöøùúûüÿ–—‘’“”„•…€™←↑→↓↔≈≠≤≥✓✗`
