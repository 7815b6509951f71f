// The registry of output formats: `npm run export -- --format NAME`, `npm run handout` and the course
// all read it. Adding a format is an entry here and one new file with its writer (format.ts gives the
// contract). Writers load when used: a PDF export never loads PowerPoint's libraries.
import type { OutputFormat } from './format.ts'

/** The names `--format` takes. */
export type FormatName = 'pdf' | 'handout' | 'pptx'

export const FORMATS: Record<FormatName, OutputFormat> = {
  pdf: {
    label: 'PDF',
    description: 'the deck, one page per slide in its final state (or per click step with --with-clicks), outlined by section',
    fileName: (slug, withClicks) => `${slug}${withClicks ? '-clicks' : ''}.pdf`,
    clicks: 'optional',
    from: 'pdf',
    needsPlan: false,
    showsNotes: false,
    inCourse: true,
    summary: session => `${session.pages.length} pages`,
    write: async (session, job) => (await import('./deck-pdf.ts')).writeDeckPdf(session, job),
  },
  handout: {
    label: 'Handout',
    description: 'the rehearsal handout: per slide its picture, budget and notes split at the clicks',
    fileName: slug => `${slug}-handout.pdf`,
    clicks: 'never',
    from: 'session',
    needsPlan: true,
    showsNotes: true,
    inCourse: true,
    summary: session => `handout of ${session.deck.slides.length} slides`,
    write: async (session, job) => (await import('./handout.ts')).writeHandout(session, job),
  },
  pptx: {
    label: 'PowerPoint',
    description: 'PowerPoint: one slide per click step, its picture drawn at twice its pixels, the notes of that step',
    fileName: slug => `${slug}.pptx`,
    clicks: 'always',
    from: 'session',
    deviceScaleFactor: 2,
    needsPlan: true,
    showsNotes: false,
    inCourse: false,
    summary: () => 'PowerPoint',
    write: async (session, job) => (await import('./pptx-export.ts')).writePptxExport(session, job),
  },
  // video: the lesson as a narrated video, written by scripts/video/ (being added): 'video' in
  // FormatName and an entry here whose write() loads it, with clicks 'always' (a picture per click
  // step) and needsPlan true (the narration of each step comes from the plan).
}

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(FORMATS, name)
}

/** The formats the course writes for each lesson, in order. */
export const COURSE_FORMATS = (Object.keys(FORMATS) as FormatName[]).filter(name => FORMATS[name].inCourse)
