// A review's answer written into the lesson: the section's `<!-- pictures: … -->` line replaced, or put
// right under its heading when it has none. Every other byte of the lesson stays as it was. Pure.
import type { PicturesDirective } from '../lesson/types.ts'
import { CliError } from '../errors.ts'
import { directiveComment, forbidWord, forgetWord, pickIcon } from '../lesson/directive.ts'
import { parseLesson } from '../lesson/parse.ts'

/** What the author said of one picture: it is wrong (never draw the word), draw it with another icon, or forget what was said of it. */
export type PictureAnswer
  = | { kind: 'wrong' | 'forget', section: number, word: string }
    | { kind: 'pick', section: number, word: string, icon: string }

/** Lines with their own endings, so that joined again they give the text back byte for byte. */
const RE_LINES = /[^\n]*\n|[^\n]+$/g
/** A Setext heading's underline. */
const RE_UNDERLINE = /^ {0,3}(?:=+|-+)[ \t]*\r?$/

/** The lesson with the answer in its section's `pictures:` line. `heading` is the section's title the answer was given for. */
export function withAnswer(markdown: string, file: string, answer: PictureAnswer, heading: string): string {
  const lesson = parseLesson(markdown, file)
  const section = lesson.sections[answer.section]
  if (!section || section.title !== heading)
    throw new CliError('BAD_DIRECTIVE', `the lesson changed since the page was shown: section ${answer.section + 1} is no longer ${heading}; expected the page reloaded first`, { file, line: 1, column: 1 })
  const current: Pick<PicturesDirective, 'picks' | 'forbidden'> = section.pictures ?? { picks: [], forbidden: [] }
  const said = answer.kind === 'wrong' ? forbidWord(current, answer.word) : answer.kind === 'pick' ? pickIcon(current, answer.word, answer.icon) : forgetWord(current, answer.word)
  const lines = markdown.match(RE_LINES) ?? []
  // Nothing left to say: the line goes (and none is written).
  const comment = said.picks.length + said.forbidden.length > 0 ? directiveComment(said) : undefined
  if (section.pictures) {
    const { line, endLine } = section.pictures
    const ending = /\r?\n$/.exec(lines[endLine - 1]!)?.[0] ?? ''
    return [...lines.slice(0, line - 1), ...(comment ? [`${comment}${ending}`] : []), ...lines.slice(endLine)].join('')
  }
  if (!comment)
    return markdown
  // Under the heading: after its underline when it is a Setext one.
  let after = section.at.line
  if (RE_UNDERLINE.test(lines[after]?.replace(/\n$/, '') ?? 'x'))
    after++
  const last = lines[after - 1]!
  const ending = endingOf(last, lines)
  const closed = /\n$/.test(last) ? last : `${last}${ending}`
  return [...lines.slice(0, after - 1), closed, `${comment}${ending}`, ...lines.slice(after)].join('')
}

/** A line's own ending; for the last line, which has none, the file's. */
function endingOf(line: string, lines: string[]): string {
  const own = /\r?\n$/.exec(line)?.[0]
  return own ?? (lines.some(each => each.endsWith('\r\n')) ? '\r\n' : '\n')
}
