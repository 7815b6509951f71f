import { describe, expect, it } from 'vitest'
import { textTable } from '../../scripts/text-table.ts'

describe('textTable', () => {
  it('pads each column to its widest cell, two spaces apart, without trailing blanks', () => {
    expect(textTable([['section', 'plan', ''], ['The Hook', '0:25', 'overruns'], ['total', '4:30', '']])).toEqual([
      'section   plan',
      'The Hook  0:25  overruns',
      'total     4:30',
    ])
  })

  it('right-aligns the columns asked for', () => {
    expect(textTable([['#', 'lesson', 'seconds'], ['10', 'a', '1.5']], ['right', 'left', 'right'])).toEqual([
      ' #  lesson  seconds',
      '10  a           1.5',
    ])
  })
})
