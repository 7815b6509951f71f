import type { BoxDiagram, DiagramBand } from '../../../scripts/lesson/types.ts'
import { describe, expect, it } from 'vitest'
import { fitsSlide } from '../../../scripts/lesson/scene-fit.ts'

const rows = (count: number, text = 'a cell'): DiagramBand[] => Array.from({ length: count }, () => ({ kind: 'row', label: '', cells: [text, text] }))
const diagram = (bands: DiagramBand[], extra: Partial<BoxDiagram> = {}): BoxDiagram => ({ title: '', headings: ['LEFT', 'RIGHT'], bands, ...extra })
const callout = (count: number, text = 'keep it short') => ({ heading: 'RULE', lines: Array.from({ length: count }, () => ({ label: 'Rule', text })) })

describe('whether a box diagram fits the slide', () => {
  it('fits twelve lines, the headings one of them, and not thirteen', () => {
    expect(fitsSlide(diagram(rows(11)))).toBe(true)
    expect(fitsSlide(diagram(rows(12)))).toBe(false)
  })

  it('counts a list as its lead line and two items a line, by its longest column', () => {
    const list: DiagramBand = { kind: 'list', label: '', cells: [{ lead: 'Owner', items: ['a', 'b', 'c'] }, { lead: '', items: ['d'] }] }
    expect(fitsSlide(diagram([list, ...rows(8)]))).toBe(true)
    expect(fitsSlide(diagram([list, ...rows(9)]))).toBe(false)
    const unled: DiagramBand = { kind: 'list', label: '', cells: [{ lead: '', items: ['a', 'b', 'c'] }, { lead: '', items: [] }] }
    expect(fitsSlide(diagram([unled, ...rows(9)]))).toBe(true)
    expect(fitsSlide(diagram([unled, ...rows(10)]))).toBe(false)
  })

  it('counts a callout as its heading and two lines a line', () => {
    expect(fitsSlide(diagram(rows(8), { callout: callout(3) }))).toBe(true)
    expect(fitsSlide(diagram(rows(9), { callout: callout(3) }))).toBe(false)
    expect(fitsSlide(diagram(rows(9), { callout: callout(2) }))).toBe(true)
  })

  it('takes cells of up to 44 characters, in headings, rows, leads and items alike', () => {
    const fits = 'x'.repeat(44)
    const over = 'x'.repeat(45)
    expect(fitsSlide(diagram(rows(1, fits), { headings: [fits, 'RIGHT'] }))).toBe(true)
    expect(fitsSlide(diagram(rows(1), { headings: [over, 'RIGHT'] }))).toBe(false)
    expect(fitsSlide(diagram(rows(1, over)))).toBe(false)
    expect(fitsSlide(diagram([{ kind: 'list', label: '', cells: [{ lead: over, items: [] }] }]))).toBe(false)
    expect(fitsSlide(diagram([{ kind: 'list', label: '', cells: [{ lead: '', items: [fits, over] }] }]))).toBe(false)
    expect(fitsSlide(diagram([{ kind: 'list', label: '', cells: [{ lead: fits, items: [fits] }] }]))).toBe(true)
  })

  it('takes callout lines of up to 90 characters, label and text together', () => {
    expect(fitsSlide(diagram(rows(1), { callout: callout(1, 'x'.repeat(86)) }))).toBe(true)
    expect(fitsSlide(diagram(rows(1), { callout: callout(1, 'x'.repeat(87)) }))).toBe(false)
  })
})
