// Where each lesson's generated deck lives. The project's lesson keeps `slides.md` at the root; every
// other deck goes in one gitignored folder, `.decks/`. Slidev takes the deck's folder as its user
// root and looks there for components/, setup/, styles/, public/ and vite.config.ts, so the folder
// holds links to the project's own: a deck in it is drawn exactly as one at the root.
import { lstat, mkdir, readlink, symlink } from 'node:fs/promises'
import { join } from 'node:path'
import { slugOf } from './lesson/slug.ts'

/** The project's deck, at the root (generated from DEFAULT_LESSON). */
export const PROJECT_DECK = 'slides.md'
/** Where the series' lessons are. */
export const LESSONS_DIR = 'lessons'
export const DEFAULT_LESSON = `${LESSONS_DIR}/platform-vs-product.md`
/** Where the exports are written unless told otherwise: exports/<slug>.pdf, … */
export const EXPORTS_DIR = 'exports'
/** Where `npm run video` writes each lesson's video, captions and chapters. */
export const VIDEOS_DIR = 'videos'
/** The one folder for every other generated deck (gitignored). */
export const DECKS_DIR = '.decks'

/**
 * What Slidev reads from a deck's folder (its user root), besides the deck: linked into DECKS_DIR. And
 * `scripts`: Slidev loads setup/*.ts through a require that resolves their `../scripts/…` imports
 * from the link's own folder, not the project's.
 */
const USER_ROOT_FILES = ['components', 'layouts', 'setup', 'styles', 'public', 'snippets', 'custom-nav-controls.vue', 'global-top.vue', 'global-bottom.vue', 'uno.config.ts', 'vite.config.ts', 'scripts']

/** Where the dev server saves rehearsal runs, one folder per lesson slug (scripts/rehearsal/endpoint.ts). */
export const REHEARSALS_DIR = 'rehearsals'

/** A lesson's slug, as the parser gives it (`lesson.slug`): `lessons/Caching 101.md` → `caching-101`. */
export const lessonSlug: (lessonPath: string) => string = slugOf

function sameLesson(a: string, b: string): boolean {
  const normal = (path: string) => path.split('\\').join('/').replace(/^\.\//, '')
  return normal(a) === normal(b)
}

/**
 * How a deck is used, which decides its file: `present` is the deck `npm start`, `generate` and the
 * exports use (slides.md for the project's lesson); `generated` is always in DECKS_DIR, never a
 * slides.md someone may have edited; `course` links to the next lesson's deck, which only works
 * inside the built course, so it has a file of its own.
 */
export type DeckUse = 'present' | 'generated' | 'course'

/** The deck file for a lesson, relative to the project root: `slides.md`, `.decks/<slug>.md` or `.decks/<slug>.course.md`. */
export function deckFileFor(lessonPath: string, use: DeckUse = 'present'): string {
  if (use === 'present' && sameLesson(lessonPath, DEFAULT_LESSON))
    return PROJECT_DECK
  return `${DECKS_DIR}/${lessonSlug(lessonPath)}${use === 'course' ? '.course' : ''}.md`
}

/** True for a deck file inside DECKS_DIR. */
export function isInDecksDir(deckFile: string): boolean {
  return deckFile.split('\\').join('/').startsWith(`${DECKS_DIR}/`)
}

/** Makes DECKS_DIR with its links to the project's user-root files (idempotent; a wrong link is an error, not replaced). */
export async function prepareDecksDir(root: string): Promise<void> {
  const dir = join(root, DECKS_DIR)
  await mkdir(dir, { recursive: true })
  // The dev server saves rehearsal runs under its root's rehearsals/: for a deck in DECKS_DIR that
  // must still be the project's own.
  await mkdir(join(root, REHEARSALS_DIR), { recursive: true })
  for (const name of [...USER_ROOT_FILES, REHEARSALS_DIR]) {
    const exists = await lstat(join(root, name)).then(() => true, () => false)
    if (!exists)
      continue
    const link = join(dir, name)
    const target = join('..', name)
    const current = await readlink(link).catch(() => undefined)
    if (current === target)
      continue
    await symlink(target, link).catch((error: NodeJS.ErrnoException) => {
      // Two commands preparing the folder at once: the other one made the same link.
      if (error.code !== 'EEXIST')
        throw error
    })
  }
}
