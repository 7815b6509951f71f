// The words per slide and click of a lesson's deck, for measuring pace: read from lessons/<slug>.md
// and generated as `npm run generate` would (the words do not depend on the speaking rate).
import type { SlideWords } from './pace.ts'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { LESSONS_DIR } from '../deck-location.ts'
import { CliError } from '../errors.ts'
import { generateDeck } from '../lesson/index.ts'
import { deckWordsOf } from './pace.ts'

/** The deck's words, or why they can't be had (the lesson is gone or can't be read as a lesson). */
export async function lessonWords(root: string, slug: string): Promise<{ slides: SlideWords[] } | { missing: string }> {
  const file = `${LESSONS_DIR}/${slug}.md`
  const markdown = await readFile(join(root, file), 'utf8').catch(() => undefined)
  if (markdown === undefined)
    return { missing: `no lesson ${file} to count the words of its notes` }
  try {
    return { slides: deckWordsOf(generateDeck(markdown, file).deck) }
  }
  catch (error) {
    if (!(error instanceof CliError))
      throw error
    return { missing: `${file} can't be read as a lesson (${error.message})` }
  }
}
