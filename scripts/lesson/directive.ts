// The author's word on a section's picture, written as an HTML comment under its heading, which a video
// script ignores:
//   <!-- pictures: dish = steaming-bowl, pot = shallow-pan-of-food; not: client, key -->
//   <!-- pictures: none -->
//   <!-- slide: text -->
// Pure: reading such a comment (parse.ts calls it) and writing one back (`npm run review`). Whether an
// icon exists and the section says a picked word is checked when the deck is planned (overrides.ts).
import type { PicturePick, PicturesDirective, Position, Section } from './types.ts'
import { CliError } from '../errors.ts'

/** A comment that is a directive: `<!-- pictures: … -->` or `<!-- slide: … -->`, and nothing else. */
const RE_DIRECTIVE = /^<!--\s*(pictures|slide)\s*:([\s\S]*?)-->\s*$/i
const RE_NOT = /^not\s*:([\s\S]*)$/i
const RE_ICON_NAME = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const RE_SPACES = /\s+/g
const PICTURES_FORM = '`word = icon-name`, `not: word, word` or `none`, separated by `;`'

export type Directive
  = | { kind: 'pictures', pictures: PicturesDirective }
    | { kind: 'slide', line: number, endLine: number }

/** True for an HTML comment that says what to draw, so it is never text of the lesson. */
export function isDirectiveComment(html: string): boolean {
  return RE_DIRECTIVE.test(html.trim())
}

/** The directive an HTML block holds; undefined when it is another comment. Throws a CliError at its line when it can't be read. */
export function readDirective(html: string, at: Position, file: string): Directive | undefined {
  const match = RE_DIRECTIVE.exec(html.trim())
  if (!match)
    return undefined
  const lines = { line: at.line, endLine: at.line + (html.trim().match(/\n/g)?.length ?? 0) }
  const fail = (problem: string) => new CliError('BAD_DIRECTIVE', problem, { file, ...at })
  const body = match[2]!.trim()
  if (match[1]!.toLowerCase() === 'slide') {
    if (body.toLowerCase() !== 'text')
      throw fail(`\`slide: ${body}\` is not a way to set a slide; expected \`<!-- slide: text -->\``)
    return { kind: 'slide', ...lines }
  }
  const pictures: PicturesDirective = { picks: [], forbidden: [], none: false, ...lines }
  const clauses = body.split(';').map(clause => clause.trim()).filter(Boolean)
  if (clauses.length === 0)
    throw fail(`\`pictures:\` says nothing; expected ${PICTURES_FORM}`)
  for (const clause of clauses) {
    const not = RE_NOT.exec(clause)
    if (clause.toLowerCase() === 'none') {
      pictures.none = true
    }
    else if (not) {
      const words = not[1]!.split(',').map(wordOf)
      if (words.includes(''))
        throw fail(`\`${clause}\` lists no word, or an empty one; expected \`not: word, word\``)
      pictures.forbidden.push(...words)
    }
    else {
      for (const part of clause.split(',')) {
        const [word, named, ...more] = part.split('=').map(side => side.trim())
        if (!word || !named || /\s/.test(named) || more.length > 0)
          throw fail(`could not read \`${part.trim()}\`; expected ${PICTURES_FORM}`)
        const icon = named.toLowerCase()
        if (!RE_ICON_NAME.test(icon))
          throw fail(`\`${named}\` is not an icon name; expected a name of the Fluent Emoji Flat set in lower case with hyphens, such as \`steaming-bowl\``)
        pictures.picks.push({ word: wordOf(word), icon })
      }
    }
  }
  const picked = pictures.picks.map(pick => pick.word)
  const twice = picked.find((word, k) => picked.indexOf(word) !== k)
  if (twice)
    throw fail(`\`${twice}\` is picked twice; expected one icon per word`)
  const both = picked.find(word => pictures.forbidden.includes(word))
  if (both)
    throw fail(`\`${both}\` is both picked and forbidden; expected one or the other`)
  if (pictures.none && (pictures.picks.length > 0 || pictures.forbidden.length > 0))
    throw fail('`none` shows no picture, so it takes no picks and no `not:`; expected `<!-- pictures: none -->` alone')
  return { kind: 'pictures', pictures }
}

/** Puts a directive comment on its section; false for any other HTML, which stays text of the lesson. */
export function readSectionDirective(html: string, at: Position, file: string, section: Section | undefined): boolean {
  const directive = readDirective(html, at, file)
  if (!directive)
    return false
  const where = { file, ...at }
  if (!section)
    throw new CliError('BAD_DIRECTIVE', `\`${directive.kind}:\` stands before any section; expected it right under a \`## Section\` heading`, where)
  if ((directive.kind === 'pictures' && section.pictures) || (directive.kind === 'slide' && section.asText))
    throw new CliError('BAD_DIRECTIVE', `a second \`${directive.kind}:\` comment for ${section.title}; expected one, right under its heading`, where)
  if (directive.kind === 'pictures')
    section.pictures = directive.pictures
  else
    section.asText = { line: directive.line, endLine: directive.endLine }
  return true
}

/** The comment that says `pictures` (one line), as `npm run review` writes it. */
export function directiveComment(pictures: Pick<PicturesDirective, 'picks' | 'forbidden' | 'none'>): string {
  if (pictures.none)
    return '<!-- pictures: none -->'
  const clauses = [
    ...(pictures.picks.length > 0 ? [pictures.picks.map(pick => `${pick.word} = ${pick.icon}`).join(', ')] : []),
    ...(pictures.forbidden.length > 0 ? [`not: ${pictures.forbidden.join(', ')}`] : []),
  ]
  return `<!-- pictures: ${clauses.join('; ')} -->`
}

/** The directive with `word` forbidden (its pick, if any, dropped). */
export function forbidWord(pictures: Pick<PicturesDirective, 'picks' | 'forbidden'>, word: string): { picks: PicturePick[], forbidden: string[], none: false } {
  const clean = wordOf(word)
  return {
    picks: pictures.picks.filter(pick => pick.word !== clean),
    forbidden: pictures.forbidden.includes(clean) ? pictures.forbidden : [...pictures.forbidden, clean],
    none: false,
  }
}

/** The directive with `word` drawn as `icon` (no longer forbidden; its earlier pick replaced in place). */
export function pickIcon(pictures: Pick<PicturesDirective, 'picks' | 'forbidden'>, word: string, icon: string): { picks: PicturePick[], forbidden: string[], none: false } {
  const clean = wordOf(word)
  const known = pictures.picks.some(pick => pick.word === clean)
  return {
    picks: known ? pictures.picks.map(pick => (pick.word === clean ? { word: clean, icon } : pick)) : [...pictures.picks, { word: clean, icon }],
    forbidden: pictures.forbidden.filter(forbidden => forbidden !== clean),
    none: false,
  }
}

/** The directive with nothing said of `word`: drawn again as the generator would (its pick and its `not:` dropped). */
export function forgetWord(pictures: Pick<PicturesDirective, 'picks' | 'forbidden'>, word: string): { picks: PicturePick[], forbidden: string[], none: false } {
  const clean = wordOf(word)
  return { picks: pictures.picks.filter(pick => pick.word !== clean), forbidden: pictures.forbidden.filter(forbidden => forbidden !== clean), none: false }
}

/** A word as directives keep it: lower case, single spaces. */
export function wordOf(text: string): string {
  return text.trim().toLowerCase().replace(RE_SPACES, ' ')
}
