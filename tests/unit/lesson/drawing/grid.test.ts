import { describe, expect, it } from 'vitest'
import { charAt, isShaftedArrow, strokeAt, strokesOf, toGrid } from '../../../../scripts/lesson/drawing/grid.ts'

/** What the cell at `row`, `col` of a drawing draws. */
const stroke = (text: string, row: number, col: number) => strokeAt(toGrid(text), row, col)

describe('a drawing as a grid of cells', () => {
  it('leaves out blank lines around the drawing and the indent all its lines share, but keeps blank lines inside', () => {
    const grid = toGrid('\n\n    Kettle\n\n      Cup   \n\n')
    expect(grid.cells.map(line => line.join(''))).toEqual(['Kettle', '', '  Cup'])
    expect(grid.rows).toBe(3)
    expect(grid.cols).toBe(6)
  })

  it('counts a tab as four spaces, so a tabbed line lines up with a line indented by spaces', () => {
    expect(toGrid('\tKettle\n    Cup').cells.map(line => line.join(''))).toEqual(['Kettle', 'Cup'])
  })

  it('reads Windows line ends as line ends', () => {
    expect(toGrid('Kettle\r\nCup').cells.map(line => line.join(''))).toEqual(['Kettle', 'Cup'])
  })

  it('gives an emoji two cells, as the author\'s editor does, so what follows stays in its column', () => {
    const grid = toGrid('🫖 pot\n|  x')
    expect(grid.cells[0]).toEqual(['🫖', '', ' ', 'p', 'o', 't'])
    expect(charAt(grid, 0, 3)).toBe('p')
    expect(charAt(grid, 1, 3)).toBe('x')
  })

  it('is empty for an empty drawing, and a space outside its lines', () => {
    const grid = toGrid('\n  \n')
    expect(grid).toEqual({ cells: [], rows: 0, cols: 0 })
    expect(charAt(toGrid('ab'), 0, 5)).toBe(' ')
    expect(charAt(toGrid('ab'), -1, 0)).toBe(' ')
  })

  it('has a stroke, or nothing, for every column of every line, however short the line', () => {
    const strokes = strokesOf(toGrid('┌─┐\nab\n└─┘'))
    expect(strokes.map(line => line.length)).toEqual([3, 3, 3])
    expect(strokes[1]).toEqual([undefined, undefined, undefined])
    expect(strokes[0]![1]).toEqual({ dirs: ['l', 'r'] })
  })
})

describe('unicode box drawing', () => {
  it('joins each character\'s line to the neighbours it points at', () => {
    expect(stroke('┌', 0, 0)).toEqual({ dirs: ['r', 'd'] })
    expect(stroke('╝', 0, 0)).toEqual({ dirs: ['u', 'l'] })
    expect(stroke('┼', 0, 0)).toEqual({ dirs: ['u', 'd', 'l', 'r'] })
    expect(stroke('║', 0, 0)).toEqual({ dirs: ['u', 'd'] })
  })

  it('draws an arrow with its own shaft even alone, pointing its way', () => {
    expect(stroke('A → B', 0, 2)).toEqual({ dirs: ['l'], head: 'r' })
    expect(stroke('↑', 0, 0)).toEqual({ dirs: ['d'], head: 'u' })
    expect(isShaftedArrow('→')).toBe(true)
    expect(isShaftedArrow('►')).toBe(false)
  })

  it('reads a lone arrowhead as a head only at the end of a line running its way', () => {
    expect(stroke('│\n▼', 1, 0)).toEqual({ dirs: ['u'], head: 'd' })
    expect(stroke('─►', 0, 1)).toEqual({ dirs: ['l'], head: 'r' })
    expect(stroke('+►', 0, 1)).toEqual({ dirs: ['l'], head: 'r' })
    expect(stroke('◄─', 0, 0)).toEqual({ dirs: ['r'], head: 'l' })
    // A line across the top of a downward head, or a head on its own, is not an arrow: a bullet.
    expect(stroke('─\n▼', 1, 0)).toBeUndefined()
    expect(stroke('│►', 0, 1)).toBeUndefined()
    expect(stroke('► Kettle', 0, 0)).toBeUndefined()
  })
})

describe('aSCII drawing', () => {
  it('reads `-->` and `<--` as arrows, and `>` or `<` in a sentence as text', () => {
    expect(stroke('-->', 0, 2)).toEqual({ dirs: ['l'], head: 'r' })
    expect(stroke('<--', 0, 0)).toEqual({ dirs: ['r'], head: 'l' })
    expect(stroke('==>', 0, 2)).toEqual({ dirs: ['l'], head: 'r' })
    expect(stroke('a > b', 0, 2)).toBeUndefined()
    expect(stroke('a < b', 0, 2)).toBeUndefined()
  })

  it('reads a lone `v` or `V` under a line as a head pointing down, and a `v` in a word as a letter', () => {
    expect(stroke('|\nv', 1, 0)).toEqual({ dirs: ['u'], head: 'd' })
    expect(stroke('x|\n V', 1, 1)).toEqual({ dirs: ['u'], head: 'd' })
    expect(stroke('+\nv', 1, 0)).toEqual({ dirs: ['u'], head: 'd' })
    expect(stroke(' |\nvv', 1, 1)).toBeUndefined()
    expect(stroke('|\nve', 1, 0)).toBeUndefined()
    expect(stroke('x\nv', 1, 0)).toBeUndefined()
    expect(stroke('|\nx', 1, 0)).toBeUndefined()
  })

  it('reads a `^` over a line as a head pointing up', () => {
    expect(stroke('^\n|', 0, 0)).toEqual({ dirs: ['d'], head: 'u' })
    expect(stroke('^\n+', 0, 0)).toEqual({ dirs: ['d'], head: 'u' })
    expect(stroke('^\nx', 0, 0)).toBeUndefined()
    expect(stroke('x\n|', 0, 0)).toBeUndefined()
  })

  it('reads a run of dashes or equals signs as a line, and a lone dash between words as a hyphen', () => {
    expect(stroke('|', 0, 0)).toEqual({ dirs: ['u', 'd'] })
    expect(stroke('--', 0, 0)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('--', 0, 1)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('==', 0, 1)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('A - F', 0, 2)).toBeUndefined()
    expect(stroke('set-up', 0, 3)).toBeUndefined()
    expect(stroke('a = b', 0, 2)).toBeUndefined()
  })

  it('reads a lone dash as a line where it leads into a corner or an arrowhead', () => {
    expect(stroke('+-+', 0, 1)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('-+', 0, 0)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('+-', 0, 1)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('->', 0, 0)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('<-', 0, 1)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('-<', 0, 0)).toBeUndefined()
  })

  it('reads a `+` as a corner joining the lines around it, and a `+` in a sum as text', () => {
    expect(stroke('+--', 0, 0)).toEqual({ dirs: ['r'] })
    expect(stroke('==+', 0, 2)).toEqual({ dirs: ['l'] })
    expect(stroke('─+─', 0, 1)).toEqual({ dirs: ['l', 'r'] })
    expect(stroke('+>', 0, 0)).toEqual({ dirs: ['r'] })
    expect(stroke('|\n+\n|', 1, 0)).toEqual({ dirs: ['u', 'd'] })
    expect(stroke('+\n+', 0, 0)).toEqual({ dirs: ['d'] })
    expect(stroke('+\n+', 1, 0)).toEqual({ dirs: ['u'] })
    expect(stroke('a+\n v', 0, 1)).toEqual({ dirs: ['d'] })
    expect(stroke('│\n+', 1, 0)).toEqual({ dirs: ['u'] })
    expect(stroke('2 + 3', 0, 2)).toBeUndefined()
  })
})
