// Which deck file an export prints. The project's slides.md by default; for another lesson, the deck
// generated from it into .decks/ (scripts/deck-location.ts).
import type { Deck } from '../lesson/types.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { parseSync } from '@slidev/parser'
import { deckFileFor, PROJECT_DECK } from '../deck-location.ts'
import { CliError } from '../errors.ts'
import { FRONTMATTER } from '../lesson/types.ts'

export { PROJECT_DECK }

export interface DeckSource {
  /** The deck file, relative to the project root. */
  entry: string
  markdown: string
  /** The planned deck, when the deck was generated from a lesson here (the handout's notes come from it). */
  planned?: Deck
}

/** The project's deck as it is (it may have been edited by hand). */
export async function projectDeck(root: string): Promise<DeckSource> {
  const markdown = await readFile(join(root, PROJECT_DECK), 'utf8').catch(() => {
    throw new CliError('USAGE', `${PROJECT_DECK} is missing; run npm run generate first, or pass --lesson FILE`)
  })
  return { entry: PROJECT_DECK, markdown }
}

/** The lesson slides.md says it was generated from (headmatter `lessonSource`), and its speaking rate. */
export function lessonOfDeck(markdown: string): { lesson?: string, wordsPerMinute?: number } {
  const headmatter: Record<string, unknown> = parseSync(markdown, PROJECT_DECK).slides[0]?.frontmatter ?? {}
  const lesson = headmatter[FRONTMATTER.lessonSource]
  const wordsPerMinute = headmatter[FRONTMATTER.wordsPerMinute]
  return {
    lesson: typeof lesson === 'string' ? lesson : undefined,
    wordsPerMinute: typeof wordsPerMinute === 'number' ? wordsPerMinute : undefined,
  }
}

/**
 * The deck a lesson generates, with its plan. When slides.md already holds exactly that text it
 * is used (and its build reused); otherwise the deck is written to `.decks/<slug>.md`.
 */
export async function lessonDeck(root: string, lessonPath: string, wordsPerMinute?: number): Promise<DeckSource> {
  // Loaded here: the generator's Markdown stack costs a third of a second that a plain export doesn't need.
  const { generateDeckFile, writeDeckFile } = await import('../deck-file.ts')
  const project = await generateDeckFile(root, lessonPath, PROJECT_DECK, { wordsPerMinute })
  if (project.existing === project.text)
    return { entry: PROJECT_DECK, markdown: project.text, planned: project.deck }
  const file = await generateDeckFile(root, lessonPath, deckFileFor(lessonPath, 'generated'), { wordsPerMinute })
  // The generated deck file is ours alone: it is rewritten even when someone edited it.
  await writeDeckFile(root, file, true)
  return { entry: file.out, markdown: file.text, planned: file.deck }
}

/**
 * The deck with its plan: for `lesson`, the deck it generates; without, the lesson slides.md was
 * generated from, at its rate. When slides.md is not what that lesson generates now, the deck is
 * generated afresh (and `log` says so) so that pictures and notes agree.
 */
export async function plannedDeck(root: string, lesson: string | undefined, defaultLesson: string, log: (line: string) => void): Promise<DeckSource> {
  const own = lesson ? { lesson } : lessonOfDeck((await projectDeck(root)).markdown)
  const source = await lessonDeck(root, own.lesson ?? defaultLesson, own.wordsPerMinute)
  if (!lesson && source.entry !== PROJECT_DECK)
    log(`slides.md is not what ${own.lesson ?? defaultLesson} generates now; using ${source.entry}, generated from it`)
  return source
}
