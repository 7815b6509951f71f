// The registry of output formats: the file each writes, the view it is written from, and which the
// course writes for every lesson.
import { describe, expect, it } from 'vitest'
import { COURSE_FORMATS, FORMATS, isFormatName } from '../../scripts/export/formats.ts'

describe('the output formats', () => {
  it('name their files after the lesson\'s slug', () => {
    expect(FORMATS.pdf.fileName('caching-101', false)).toBe('caching-101.pdf')
    expect(FORMATS.pdf.fileName('caching-101', true)).toBe('caching-101-clicks.pdf')
    expect(FORMATS.handout.fileName('caching-101', false)).toBe('caching-101-handout.pdf')
    expect(FORMATS.pptx.fileName('caching-101', false)).toBe('caching-101.pptx')
  })

  it('are what the course writes for each lesson where they print from one page per slide', () => {
    expect(COURSE_FORMATS).toEqual(['pdf', 'handout'])
    for (const name of COURSE_FORMATS)
      expect(FORMATS[name].clicks).not.toBe('always')
  })

  it('take their notes from the lesson\'s plan where the file carries notes', () => {
    expect(FORMATS.handout.needsPlan).toBe(true)
    expect(FORMATS.pptx.needsPlan).toBe(true)
    expect(FORMATS.pdf.needsPlan).toBe(false)
  })

  it('tells a format name from anything else', () => {
    expect(isFormatName('pptx')).toBe(true)
    expect(isFormatName('docx')).toBe(false)
    expect(isFormatName('toString')).toBe(false)
  })
})
