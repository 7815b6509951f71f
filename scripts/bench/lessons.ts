// Lessons for the generator benchmark: the first lesson with its words shuffled by a seeded generator,
// so each is different text of the same shape.

/** mulberry32: small, fast and repeatable, so every bench run times the same lessons. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6D2B79F5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const RE_WORD = /\b[a-z]{4,}\b/g

/** `count` variations of a lesson: about a word in five of its prose replaced by another of its words. */
export function lessonVariations(lesson: string, count: number, seed = 1): string[] {
  const words = [...new Set(lesson.match(RE_WORD) ?? [])]
  return Array.from({ length: count }, (_, i) => {
    const random = seededRandom(seed + i)
    return lesson.replace(RE_WORD, word => (random() < 0.2 ? words[Math.floor(random() * words.length)]! : word))
  })
}
