// The one place that reads a lesson and puts the deck it generates on disk. `npm run generate`, the
// exports and the dev server all come through here, so the hand-edit guard and the atomic write hold
// for every deck file.
import type { PlanOptions } from './lesson/plan.ts'
import type { Deck } from './lesson/types.ts'
import { readFile } from 'node:fs/promises'
import { dirname, relative, resolve } from 'node:path'
import { isInDecksDir, prepareDecksDir } from './deck-location.ts'
import { CliError, startOf } from './errors.ts'
import { readUtf8, writeAtomically } from './io.ts'
import { generateDeck } from './lesson/index.ts'
import { provenanceOf } from './lesson/render.ts'

export interface DeckFile {
  /** The deck file, as the user named it (relative to the project root). */
  out: string
  /** The lesson, as the user named it. */
  lesson: string
  deck: Deck
  /** The text the lesson generates for this deck file. */
  text: string
  /** What the deck file holds now; undefined when there is none. */
  existing?: string
}

/** The deck `lesson` generates for the deck file `out`, with what that file holds now. Both paths are relative to `root`. */
export async function generateDeckFile(root: string, lesson: string, out: string, options: PlanOptions = {}): Promise<DeckFile> {
  const outPath = resolve(root, out)
  const markdown = await readUtf8(resolve(root, lesson), lesson)
  // The headmatter names the lesson relative to the deck, so the deck still finds it when moved with it.
  const source = relative(dirname(outPath), resolve(root, lesson)).split('\\').join('/')
  const { deck, text } = generateDeck(markdown, lesson, source, options)
  const existing = await readFile(outPath, 'utf8').catch(() => undefined)
  return { out, lesson, deck, text, existing }
}

/**
 * Writes the generated deck over its file, atomically, when it differs. A deck edited by hand (or not
 * written by this generator) is never overwritten unless `force`. Returns whether the file changed.
 */
export async function writeDeckFile(root: string, file: DeckFile, force = false): Promise<boolean> {
  const { existing, text, out, lesson } = file
  // The folder's links are checked even when the deck is current: a project that gained a folder
  // since (or a folder made by an older version) gets its link before Slidev reads the deck.
  if (isInDecksDir(out))
    await prepareDecksDir(root)
  if (existing === text)
    return false
  if (existing !== undefined && provenanceOf(existing) !== 'generated' && !force) {
    const why = provenanceOf(existing) === 'edited' ? 'was edited by hand since it was generated' : 'was not written by this generator'
    throw new CliError('HAND_EDITED', `${why}; edit ${lesson} instead, or run again with --force to overwrite it`, startOf(out))
  }
  await writeAtomically(resolve(root, out), text).catch((error: NodeJS.ErrnoException) => {
    throw new CliError('UNWRITABLE', `cannot write the deck (${error.code ?? error.message}); the file is left as it was`, startOf(out))
  })
  return true
}
