import { describe, expect, it } from 'vitest'
import { parseBoxDiagram } from '../../../../scripts/lesson/extract/diagram.ts'

/** A box drawn around the rows, each padded to the widest. */
function box(...rows: string[]): string {
  const width = Math.max(...rows.map(row => row.length)) + 2
  return [`┌${'─'.repeat(width)}┐`, ...rows.map(row => `│ ${row.padEnd(width - 1)}│`), `└${'─'.repeat(width)}┘`].join('\n')
}
const HEADINGS = 'BEFORE          AFTER'

describe('a box diagram\'s plain text', () => {
  it('is a row under the headings, and the lines under it carry on its cells', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'slow builds     fast builds', 'one big repo    many services'))?.bands).toEqual([
      { kind: 'row', label: '', cells: ['slow builds one big repo', 'fast builds many services'] },
    ])
  })

  it('starts a new row after a blank line, and leaves a column it says nothing in empty', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'slow builds', '', 'one big repo    many services'))?.bands).toEqual([
      { kind: 'row', label: '', cells: ['slow builds', ''] },
      { kind: 'row', label: '', cells: ['one big repo', 'many services'] },
    ])
  })

  it('joins two runs of text under one heading into one cell', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'slow   builds   fast builds'))?.bands).toEqual([{ kind: 'row', label: '', cells: ['slow builds', 'fast builds'] }])
  })

  it('leaves a field\'s cell empty where a column has none, and keeps each label where the labels differ', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'Owner: Ops', 'Lead: Ann       Lead: Sam'))?.bands).toEqual([
      { kind: 'row', label: 'Owner', cells: ['Ops', ''] },
      { kind: 'row', label: 'Lead', cells: ['Ann', 'Sam'] },
    ])
    expect(parseBoxDiagram(box(HEADINGS, 'Owner: Ops      Lead: Devs'))?.bands).toEqual([{ kind: 'row', label: '', cells: ['Owner: Ops', 'Lead: Devs'] }])
  })

  it('carries on the values of a row of fields', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'Owner: Ops      Owner: Devs', 'on call          on rota'))?.bands).toEqual([
      { kind: 'row', label: 'Owner', cells: ['Ops on call', 'Devs on rota'] },
    ])
  })

  it('carries on the last item of a list, or leads a column of the list that has no item yet', () => {
    expect(parseBoxDiagram(box(HEADINGS, '- kettle', '- teapot', '  still warm', '                hot water'))?.bands).toEqual([
      { kind: 'list', label: '', cells: [{ lead: '', items: ['kettle', 'teapot still warm'] }, { lead: 'hot water', items: [] }] },
    ])
  })
})

describe('a box diagram\'s callout', () => {
  it('takes every line after its heading, a field as a label and its text, a quote as plain text', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'Cups: 3         Cups: 9', '', 'RULE:', 'Boil once: pour twice', 'Keep "it: hot" close'))?.callout).toEqual({
      heading: 'RULE',
      lines: [{ label: 'Boil once', text: 'pour twice' }, { label: '', text: 'Keep "it: hot" close' }],
    })
  })

  it('is enough for a diagram on its own, but an empty one is not', () => {
    expect(parseBoxDiagram(box(HEADINGS, 'RULE:', 'Boil once'))).toEqual({
      title: '',
      headings: ['BEFORE', 'AFTER'],
      bands: [],
      callout: { heading: 'RULE', lines: [{ label: '', text: 'Boil once' }] },
    })
    expect(parseBoxDiagram(box(HEADINGS, 'RULE:'))).toBeUndefined()
  })
})

describe('a box diagram\'s title', () => {
  it('is a lone heading over the headings inside the box, or the text above the box', () => {
    expect(parseBoxDiagram(box('TEA ROOM', HEADINGS, 'Cups: 3         Cups: 9'))).toMatchObject({ title: 'TEA ROOM', headings: ['BEFORE', 'AFTER'] })
    expect(parseBoxDiagram(`Above the box\n${box(HEADINGS, 'Cups: 3         Pots: 9')}`)).toMatchObject({
      title: 'Above the box',
      bands: [{ kind: 'row', label: '', cells: ['Cups: 3', 'Pots: 9'] }],
    })
  })
})
