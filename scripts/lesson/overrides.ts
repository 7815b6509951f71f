// The author's word applied to a section's picture (`<!-- pictures: … -->`, directive.ts), around the
// automatic picks of extract/objects.ts: forbidden words are left out, a picked word is drawn with its
// icon whether or not the picker found it, and the picks are always among the things a scene shows.
import type { NamedThing } from './extract/objects.ts'
import type { Lesson, PicturesDirective, Section } from './types.ts'
import { CliError } from '../errors.ts'
import { MAX_THINGS, MIN_THINGS, singularsOf } from './extract/objects.ts'
import { hasIcon } from './icons/index.ts'
import { iconsFor } from './icons/search.ts'
import { ANALOGY_KINDS } from './pictures.ts'
import { paragraphsOf, plain, sentencesOfParagraphs } from './text.ts'

const SUGGESTIONS = 5

/** Throws, at the comment's line, for a pick of an icon the set lacks or of a word the section never says. */
export function checkPictureDirectives(lesson: Lesson): void {
  for (const section of lesson.sections) {
    const pictures = section.pictures
    if (!pictures)
      continue
    const at = { file: lesson.file, line: pictures.line, column: 1 }
    // Only the sections that draw the things their narration names give picks and `not:` a meaning.
    if (!ANALOGY_KINDS.has(section.kind) && (pictures.picks.length > 0 || pictures.forbidden.length > 0))
      throw new CliError('BAD_DIRECTIVE', `${section.title} shows no things to pick or forbid; expected \`<!-- pictures: none -->\` here, or the picks under The Hook, The Story or Another Way to See It`, at)
    if (section.asText && pictures.picks.length > 0)
      throw new CliError('BAD_DIRECTIVE', `${section.title} is set as text (\`slide: text\`), so its picks would not be drawn; expected one or the other`, at)
    const sentences = sentencesOf(section)
    for (const pick of pictures.picks) {
      if (!hasIcon(pick.icon)) {
        const like = iconsFor(pick.word, SUGGESTIONS)
        throw new CliError('BAD_DIRECTIVE', `the Fluent Emoji Flat set has no icon \`${pick.icon}\`; expected one of its names${like.length > 0 ? ` (for \`${pick.word}\`: ${like.join(', ')})` : ''}`, at)
      }
      if (!saidIn(sentences, pick.word))
        throw new CliError('BAD_DIRECTIVE', `${section.title} never says \`${pick.word}\`; expected a word of its narration to draw as \`${pick.icon}\``, at)
    }
  }
}

/** The things to draw: the automatic ones without the forbidden words, each picked word with its icon. */
export function withDirective(auto: NamedThing[], sentences: string[], pictures: PicturesDirective | undefined): NamedThing[] {
  if (!pictures)
    return auto
  const picked = pictures.picks.flatMap((pick) => {
    const found = auto.find(thing => isWord(thing, pick.word)) ?? findSaid(sentences, pick.word)
    return found ? [{ ...found, icon: pick.icon }] : []
  })
  const pickedIcons = new Set(picked.map(thing => thing.icon))
  const rest = auto.filter(thing => !picked.some(pick => pick.word === thing.word)
    && !pictures.forbidden.some(word => isWord(thing, word))
    // One icon, one word: a thing the picker drew with an icon the author gave another word gives it up.
    && !pickedIcons.has(thing.icon))
  const place = (thing: NamedThing) => sentences[thing.sentence]!.toLowerCase().indexOf(thing.said)
  return [...picked, ...rest].sort((a, b) => a.sentence - b.sentence || place(a) - place(b))
}

/**
 * The things a scene shows, in narration order: every pick, then the most often named of the rest, up to
 * six; undefined below two. A section with picks shows them even alone: the author asked for them.
 */
export function sceneThings(things: NamedThing[], pictures: PicturesDirective | undefined): NamedThing[] | undefined {
  const picks = things.filter(thing => pictures?.picks.some(pick => pick.icon === thing.icon))
  if (things.length < (picks.length > 0 ? 1 : MIN_THINGS))
    return undefined
  const others = things.filter(thing => !picks.includes(thing)).sort((a, b) => b.mentions - a.mentions || a.sentence - b.sentence)
  const kept = new Set([...picks, ...others.slice(0, Math.max(0, MAX_THINGS - picks.length))])
  return things.filter(thing => kept.has(thing))
}

/** The section's sentences as plain text ('' for code), as the icon scene reads them. */
export function sentencesOf(section: Section): string[] {
  return sentencesOfParagraphs(paragraphsOf(section.blocks)).map(sentence => (sentence.code ? '' : plain(sentence.text)))
}

function isWord(thing: NamedThing, word: string): boolean {
  return thing.said === word || singularsOf(word).includes(thing.word)
}

/** `dish` also said as `dishes`, `library` as `libraries`; whole words, any case. */
function wordPattern(word: string, flags = 'iu'): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+')
  const plurals = word.endsWith('y') ? `(?:s|es)?|${escaped.slice(0, -1)}ies` : '(?:s|es)?'
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped}${plurals})(?![\\p{L}\\p{N}])`, flags)
}

function saidIn(sentences: string[], word: string): boolean {
  return sentences.some(sentence => wordPattern(word).test(sentence))
}

/** A picked word the picker did not find, as a thing at the sentence that first says it; undefined when no sentence says it. */
export function findSaid(sentences: string[], word: string): NamedThing | undefined {
  const pattern = wordPattern(word)
  const first = sentences.findIndex(sentence => pattern.test(sentence))
  if (first < 0)
    return undefined
  const said = sentences[first]!.match(pattern)![0].replace(/\s+/g, ' ')
  const mentions = sentences.reduce((sum, sentence) => sum + (sentence.match(wordPattern(word, 'giu'))?.length ?? 0), 0)
  return {
    word,
    said: said.toLowerCase(),
    caption: said.charAt(0).toUpperCase() + said.slice(1),
    icon: '',
    sentence: first,
    mentions,
    plural: said.toLowerCase() !== word,
    single: false,
  }
}
