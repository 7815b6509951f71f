import { describe, expect, it } from 'vitest'
import { lineCount, sizeProblems } from '../../scripts/check-sizes.ts'

const lines = (n: number) => 'x\n'.repeat(n)

describe('the source size check', () => {
  it('counts lines as an editor shows them', () => {
    expect(lineCount('')).toBe(0)
    expect(lineCount('a')).toBe(1)
    expect(lineCount('a\nb\n')).toBe(2)
  })

  it('names each file over the limit, and nothing else', () => {
    const files = new Map([['scripts/b.ts', lines(261)], ['scripts/a.ts', lines(260)]])
    expect(sizeProblems(files, 260, {})).toEqual(['scripts/b.ts: 261 lines, over 260; split it by job'])
  })

  it('lets a file being split keep its size, and says when the allowance is no longer needed', () => {
    expect(sizeProblems(new Map([['x.ts', lines(281)]]), 260, { 'x.ts': 281 })).toEqual([])
    expect(sizeProblems(new Map([['x.ts', lines(282)]]), 260, { 'x.ts': 281 })).toEqual(['x.ts: 282 lines, over 281; split it by job'])
    expect(sizeProblems(new Map([['x.ts', lines(200)]]), 260, { 'x.ts': 281 })[0]).toMatch(/within 260 now; take it off BEING_SPLIT/)
    expect(sizeProblems(new Map(), 260, { 'x.ts': 281 })[0]).toMatch(/gone; take it off BEING_SPLIT/)
  })
})
