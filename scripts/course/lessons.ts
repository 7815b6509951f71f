// The lessons of a course: every Markdown file of the lessons folder, read and parsed. A lesson
// that can't be used is kept, with its `FILE:LINE:COL` message, so it can be reported as failed
// while the others are built. Folder-level problems (no lesson, two lessons with one slug) stop
// everything before anything is built.
import type { Lesson } from '../lesson/types.ts'
import type { SeriesLesson } from './series.ts'
import { readdir } from 'node:fs/promises'
import { resolve } from 'node:path'
import { lessonSlug } from '../deck-location.ts'
import { CliError } from '../errors.ts'
import { readUtf8 } from '../io.ts'
import { parseLesson } from '../lesson/parse.ts'
import { paragraphsOf, plain } from '../lesson/text.ts'

export interface CourseLesson extends SeriesLesson {
  /** The lesson file, relative to the project root (`lessons/x.md`). */
  file: string
  markdown?: string
  lesson?: Lesson
  /** Why the lesson can't be used, as `FILE:LINE:COL: …`. */
  error?: string
}

const RE_MARKDOWN = /\.md$/i

/** The lesson files of `dir` (relative to `root`, or absolute), in file-name order, named as `dir` is. */
export async function findLessonFiles(root: string, dir: string): Promise<string[]> {
  const names = await readdir(resolve(root, dir), { withFileTypes: true }).catch(() => [])
  const files = names.filter(entry => entry.isFile() && RE_MARKDOWN.test(entry.name)).map(entry => `${dir}/${entry.name}`).sort()
  if (files.length === 0) {
    throw new CliError('NO_LESSONS', `${dir}/ holds no lesson; add a lesson script such as ${dir}/my-lesson.md, `
      + 'starting with a `# Title` line and `## Section` headings (see lessons/platform-vs-product.md in the project)')
  }
  return files
}

/** Two files whose names give the same slug would overwrite each other's deck and exports. */
export function checkSlugs(files: string[]): void {
  const bySlug = new Map<string, string>()
  const clashes: string[] = []
  for (const file of files) {
    const slug = lessonSlug(file)
    const first = bySlug.get(slug)
    if (first !== undefined)
      clashes.push(`${first} and ${file} both have the slug "${slug}"`)
    else
      bySlug.set(slug, file)
  }
  if (clashes.length > 0)
    throw new CliError('DUPLICATE_SLUG', `${clashes.join('; ')}; rename one of them so each lesson has its own deck and exports`)
}

/** Reads and parses each lesson; a lesson that can't be used comes back with its error instead. */
export async function readLessons(root: string, files: string[]): Promise<CourseLesson[]> {
  return Promise.all(files.map(async (file): Promise<CourseLesson> => {
    const slug = lessonSlug(file)
    try {
      const markdown = await readUtf8(resolve(root, file), file)
      const lesson = parseLesson(markdown, file)
      const next = lesson.sections.find(section => section.kind === 'next')
      return { slug, file, markdown, lesson, title: lesson.title, nextText: next ? paragraphsOf(next.blocks).map(plain).join(' ') : undefined }
    }
    catch (error) {
      if (!(error instanceof CliError))
        throw error
      return { slug, file, error: error.message }
    }
  }))
}
