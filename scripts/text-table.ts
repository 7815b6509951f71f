// The tables the commands print on the terminal: pacing, rehearsals, the course summary, the benchmark.

export type Align = 'left' | 'right'

/** Rows as lines: each column padded to its widest cell (left-aligned unless `align` says right), two spaces apart, no trailing blanks. */
export function textTable(rows: string[][], align: Align[] = []): string[] {
  const columns = Math.max(0, ...rows.map(row => row.length))
  const widths = Array.from({ length: columns }, (_, c) => Math.max(...rows.map(row => row[c]?.length ?? 0)))
  return rows.map(row => row
    .map((cell, c) => (align[c] === 'right' ? cell.padStart(widths[c]!) : cell.padEnd(widths[c]!)))
    .join('  ')
    .trimEnd())
}
