// A text drawing as a grid of cells, and what each cell draws: which neighbours its line joins, and
// where an arrowhead points. Unicode box drawing is read by its characters; ASCII (`+--+`, `|`, `-->`)
// only where its neighbours make it part of a line, so `A - F` and `set-up` stay words. Pure.

export type Dir = 'u' | 'd' | 'l' | 'r'

export interface Grid {
  /** One grapheme per cell; '' fills the second cell of a wide character (an emoji). */
  cells: string[][]
  rows: number
  cols: number
}

/** What a cell draws: the directions its line runs in, and the way its arrowhead points, if it has one. */
export interface Stroke {
  dirs: Dir[]
  head?: Dir
  /** Drawn along the foot of its cell: an underscore, the floor of a `|____|` bracket. */
  low?: true
}

const RE_TAB = /\t/g
const RE_NEWLINE = /\r?\n/
/** Drawn two columns wide by the author's editor: an emoji, or a symbol asked to look like one (`✔️`). */
const RE_WIDE = /\p{Emoji_Presentation}|\uFE0F/u
/** Block characters by how dark they draw: a run of them is a bar. */
const BLOCK_SHADES: Record<string, number> = { '█': 1, '■': 1, '▉': 1, '▇': 1, '▆': 1, '▓': 0.75, '▒': 0.5, '░': 0.25 }
/** How dark a block character is (1 for `█`), or undefined when the cell is no block. */
export function shadeOf(char: string): number | undefined {
  return BLOCK_SHADES[char]
}
const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' })

/** The drawing's lines as cells, with blank lines at either end and the indent common to all lines removed. */
export function toGrid(text: string): Grid {
  const lines = text.replace(RE_TAB, '    ').split(RE_NEWLINE).map(line => [...graphemes.segment(line.trimEnd())]
    // A wide character takes two cells in the author's editor, so what follows it stays in its column.
    .flatMap(({ segment }) => (RE_WIDE.test(segment) ? [segment, ''] : [segment])))
  while (lines.length > 0 && lines[0]!.length === 0)
    lines.shift()
  while (lines.length > 0 && lines.at(-1)!.length === 0)
    lines.pop()
  const indents = lines.filter(line => line.length > 0).map(line => line.findIndex(cell => cell !== ' '))
  // Stryker disable next-line ConditionalExpression,EqualityOperator: with no line of text left there are no lines to cut.
  const indent = indents.length > 0 ? Math.min(...indents) : 0
  const cells = lines.map(line => line.slice(indent))
  return { cells, rows: cells.length, cols: Math.max(0, ...cells.map(line => line.length)) }
}

export function charAt(grid: Grid, row: number, col: number): string {
  return grid.cells[row]?.[col] ?? ' '
}

const BOX_DIRS: Record<string, string> = {}
for (const [chars, dirs] of [
  ['─━═┄┅┈┉╌╍', 'lr'],
  ['│┃║┆┇┊┋╎╏', 'ud'],
  ['┌╭╔┏╒╓', 'rd'],
  ['┐╮╗┓╕╖', 'ld'],
  ['└╰╚┗╘╙', 'ur'],
  ['┘╯╝┛╛╜', 'ul'],
  ['├╠┣╞╟', 'udr'],
  ['┤╣┫╡╢', 'udl'],
  ['┬╦┳╤╥', 'lrd'],
  ['┴╩┻╧╨', 'lru'],
  ['┼╬╋╪╫', 'udlr'],
] as const) {
  for (const char of chars)
    BOX_DIRS[char] = dirs
}

/** Arrowheads by the way they point. They join the line behind them. */
const HEADS: Record<string, Dir> = { '▼': 'd', '▾': 'd', '▲': 'u', '▴': 'u', '►': 'r', '▶': 'r', '▸': 'r', '◄': 'l', '◀': 'l', '◂': 'l' }
/** Arrows that carry their own shaft, so they draw even with no line behind them: `A → B`. */
const ARROWS: Record<string, Dir> = { '→': 'r', '⟶': 'r', '←': 'l', '⟵': 'l', '↓': 'd', '↑': 'u' }
/** An arrow with its own shaft (`→`): drawn even alone, where a lone head (`►`) is a bullet. */
export function isShaftedArrow(char: string): boolean {
  return char in ARROWS
}

export const OPPOSITE: Record<Dir, Dir> = { u: 'd', d: 'u', l: 'r', r: 'l' }

const H_LINE = new Set(['-', '=', ...Object.keys(BOX_DIRS).filter(char => BOX_DIRS[char]!.includes('l'))])
const V_LINE = new Set(['|', ...Object.keys(BOX_DIRS).filter(char => BOX_DIRS[char]!.includes('u'))])

/** What the cell draws, or undefined for text and space. */
export function strokeAt(grid: Grid, row: number, col: number): Stroke | undefined {
  const char = charAt(grid, row, col)
  const boxDirs = BOX_DIRS[char]
  if (boxDirs)
    return { dirs: [...boxDirs] as Dir[] }
  const arrow = ARROWS[char]
  if (arrow)
    return { dirs: [OPPOSITE[arrow]], head: arrow }
  const left = charAt(grid, row, col - 1)
  const right = charAt(grid, row, col + 1)
  const up = charAt(grid, row - 1, col)
  const down = charAt(grid, row + 1, col)
  const head = HEADS[char] ?? asciiHead(char, { left, right, up, down })
  if (head) {
    const behind = { u: down, d: up, l: right, r: left }[head]
    return (head === 'u' || head === 'd' ? V_LINE : H_LINE).has(behind) || behind === '+' ? { dirs: [OPPOSITE[head]], head } : undefined
  }
  if (DOTS.has(char))
    return joinsNeighbours({ left, right, up, down })
  return asciiStroke(char, { left, right, up, down })
}

/** Marks on a line (a timeline's `──●──●──►`): a junction that draws a dot. Off any line, `●` is a bullet of text. */
const DOTS = new Set(['●', '◉', '○', '◆', '◇', '◦'])
export function isDot(char: string): boolean {
  return DOTS.has(char)
}

/** The lines a junction (`+`, `●`) joins: those of its neighbours that run towards it. */
function joinsNeighbours({ left, right, up, down }: Neighbours): Stroke | undefined {
  const dirs: Dir[] = []
  if (H_LINE.has(left))
    dirs.push('l')
  if (right === '>' || H_LINE.has(right))
    dirs.push('r')
  if (V_LINE.has(up) || up === '+')
    dirs.push('u')
  if (V_LINE.has(down) || down === '+' || down === 'v')
    dirs.push('d')
  return dirs.length > 0 ? { dirs } : undefined
}

interface Neighbours { left: string, right: string, up: string, down: string }

function asciiHead(char: string, { left, right, up, down }: Neighbours): Dir | undefined {
  if (char === '>' && H_LINE.has(left))
    return 'r'
  if (char === '<' && H_LINE.has(right))
    return 'l'
  // A lone `v` under a line is an arrowhead; inside a word it is a letter.
  if ((char === 'v' || char === 'V') && left === ' ' && right === ' ' && (V_LINE.has(up) || up === '+'))
    return 'd'
  if (char === '^' && (V_LINE.has(down) || down === '+'))
    return 'u'
  return undefined
}

function asciiStroke(char: string, { left, right, up, down }: Neighbours): Stroke | undefined {
  switch (char) {
    case '|':
      return { dirs: ['u', 'd'] }
    case '_':
      // `|____|` is a bracket's floor; `customer_name` is a word.
      return left === '_' || right === '_' ? { dirs: ['l', 'r'], low: true } : undefined
    case '-':
    case '=': {
      // A run of two or more, or a dash leading into `+`, `>` or out of `<`: a line, not a hyphen.
      const joins = left === char || right === char || right === '+' || left === '+' || right === '>' || left === '<'
      return joins ? { dirs: ['l', 'r'] } : undefined
    }
    case '+':
      // `2 + 3` is a sum: a `+` joining no line is text.
      return joinsNeighbours({ left, right, up, down })
    // Stryker disable next-line ConditionalExpression: without it the function ends with undefined all the same.
    default:
      return undefined
  }
}

/** The strokes of every cell, computed once. */
export function strokesOf(grid: Grid): (Stroke | undefined)[][] {
  return grid.cells.map((_, row) => Array.from({ length: grid.cols }, (_, col) => strokeAt(grid, row, col)))
}
