// What `npm run listen` prints: per section the time it was spoken, its words a minute and the
// sentences skipped; or the JSON of every sentence. Pure.
import type { Heard, HeardSentence } from './align.ts'
import type { ListenSentence } from './sentences.ts'
import { textTable } from '../text-table.ts'
import { paceOf } from './align.ts'

/** `{ sentences: [{ text, slide, click, said, start, end }], wordsPerMinute }`, times to the hundredth. */
export function listenJson(heard: Heard): string {
  const round = (t: number | null) => (t === null ? null : Math.round(t * 100) / 100)
  return JSON.stringify({
    sentences: heard.sentences.map(({ text, slide, click, said, start, end }) => ({ text, slide, click, said, start: round(start), end: round(end) })),
    wordsPerMinute: heard.wordsPerMinute,
  }, null, 2)
}

/** Every sentence unsaid: what a recording of the lesson is listened for. */
export function unheard(sentences: readonly ListenSentence[]): Heard {
  return {
    sentences: sentences.map(({ text, slide, click, section, sectionIndex }) =>
      ({ text, slide, click, section, sectionIndex, said: false, start: null, end: null })),
    wordsPerMinute: null,
    placedShare: 0,
  }
}

function clock(seconds: number): string {
  const whole = Math.round(seconds)
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`
}

/** The report: a table of the sections, then each section's skipped sentences, with slide and click. */
export function listenReport(heard: Heard, sentences: readonly ListenSentence[]): string[] {
  const sections = [...new Set(sentences.map(sentence => sentence.sectionIndex))]
  const rows = sections.map((sectionIndex) => {
    const mine = heard.sentences.map((sentence, i) => ({ sentence, i })).filter(({ sentence }) => sentence.sectionIndex === sectionIndex)
    const said = mine.filter(({ sentence }) => sentence.said)
    const spoken = said.length === 0 ? 0 : Math.max(...said.map(({ sentence }) => sentence.end!)) - Math.min(...said.map(({ sentence }) => sentence.start!))
    const pace = paceOf(heard.sentences, sentences, i => heard.sentences[i]!.sectionIndex === sectionIndex)
    return [
      mine[0]!.sentence.section,
      said.length === 0 ? '—' : `${clock(Math.min(...said.map(({ sentence }) => sentence.start!)))}`,
      said.length === 0 ? '—' : clock(spoken),
      pace === null ? '—' : String(pace),
      `${said.length}/${mine.length}`,
    ]
  })
  const lines = textTable([['section', 'from', 'spoken', 'wpm', 'said'], ...rows], ['left', 'right', 'right', 'right', 'right'])
  const skipped = heard.sentences.filter(sentence => !sentence.said)
  const saidCount = heard.sentences.length - skipped.length
  lines.push('', `${saidCount} of ${heard.sentences.length} sentences said${heard.wordsPerMinute === null ? '' : `, ${heard.wordsPerMinute} words a minute`}`)
  if (skipped.length > 0)
    lines.push('', 'Skipped:', ...skippedBySection(skipped))
  return lines
}

function skippedBySection(skipped: HeardSentence[]): string[] {
  const lines: string[] = []
  let section: number | undefined
  for (const sentence of skipped) {
    if (sentence.sectionIndex !== section) {
      section = sentence.sectionIndex
      lines.push(`  ${sentence.section}`)
    }
    lines.push(`    slide ${sentence.slide}, click ${sentence.click}: ${sentence.text}`)
  }
  return lines
}
