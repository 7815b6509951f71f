// The measured pace as `npm run rehearsals` prints it.
import type { Pace } from './pace.ts'
import { textTable } from '../text-table.ts'

/** The measured pace as the terminal shows it: words a minute per section and overall, median and last run. */
export function formatPace(pace: Pace): string {
  const wpm = (value: number | undefined) => (value === undefined ? '-' : String(Math.round(value)))
  const rows = [
    ...pace.sections.map(section => [section.title, wpm(section.medianWpm), wpm(section.lastWpm), String(section.runs)]),
    ['whole talk', wpm(pace.talk.medianWpm), wpm(pace.talk.lastWpm), String(pace.talk.runs)],
  ]
  const header = ['pace (words a minute)', 'median', 'last', 'runs']
  return [
    ...textTable([header, ...rows]),
    ...(pace.leftOut > 0 ? [`${pace.leftOut} unfinished run${pace.leftOut === 1 ? '' : 's'} left out of the medians: ${pace.leftOut === 1 ? 'it covers' : 'they cover'} only part of the deck.`] : []),
  ].join('\n')
}
