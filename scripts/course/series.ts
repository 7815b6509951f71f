// The order of a course: each lesson's "Next Video" names the lesson that follows. Pure.
// A lesson follows another when the other's Next Video text contains its title (case, punctuation
// and spacing aside). Chains are followed from the lessons nothing points to, in file order; what
// no chain reaches (a loop) follows in file order too.

export interface SeriesLesson {
  slug: string
  /** The lesson file, for messages. */
  file: string
  /** Undefined when the lesson could not be read. */
  title?: string
  /** The Next Video section's text, when the lesson has one. */
  nextText?: string
}

export interface Series<T extends SeriesLesson> {
  /** Every lesson, in series order. */
  order: T[]
  /** slug → the lesson its Next Video announces, when that lesson is in the course. */
  next: Map<string, T>
  /** Lessons whose Next Video names no lesson of the course. */
  unmatched: T[]
}

const RE_NOT_WORD = /[^\p{L}\p{N}]+/gu

/** `Deprecation & Migration of APIs!` → `deprecation migration of apis`: what title matching compares. */
export function normalizeTitle(text: string): string {
  return text.toLowerCase().replace(RE_NOT_WORD, ' ').trim()
}

/** The lesson whose title the Next Video text names; the longest title wins when several do. */
export function announcedLesson<T extends SeriesLesson>(lesson: T, lessons: T[]): T | undefined {
  if (!lesson.nextText)
    return undefined
  const said = ` ${normalizeTitle(lesson.nextText)} `
  const named = lessons.filter(other => other !== lesson && other.title && normalizeTitle(other.title) !== ''
    && said.includes(` ${normalizeTitle(other.title)} `))
  return named.sort((a, b) => normalizeTitle(b.title!).length - normalizeTitle(a.title!).length)[0]
}

/** `lessons` in file order → the series order, the links between lessons, and the Next Videos that lead nowhere. */
export function seriesOrder<T extends SeriesLesson>(lessons: T[]): Series<T> {
  const next = new Map<string, T>()
  for (const lesson of lessons) {
    const target = announcedLesson(lesson, lessons)
    if (target)
      next.set(lesson.slug, target)
  }
  const pointedTo = new Set([...next.values()].map(lesson => lesson.slug))
  const order: T[] = []
  const placed = new Set<string>()
  const walk = (start: T) => {
    for (let lesson: T | undefined = start; lesson && !placed.has(lesson.slug); lesson = next.get(lesson.slug)) {
      placed.add(lesson.slug)
      order.push(lesson)
    }
  }
  lessons.filter(lesson => !pointedTo.has(lesson.slug)).forEach(walk)
  lessons.forEach(walk)
  const unmatched = lessons.filter(lesson => lesson.nextText !== undefined && !next.has(lesson.slug))
  return { order, next, unmatched }
}
