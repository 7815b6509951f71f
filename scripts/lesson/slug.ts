// A lesson's slug from its file name: the name every deck, build and export of it goes by. Kept apart
// from the parser so that finding a lesson's files does not load the Markdown stack.

/** `lessons/Platform vs Product.md` → `platform-vs-product`. */
export function slugOf(file: string): string {
  const stem = file.split(/[\\/]/).at(-1)!.replace(/\.[^.]*$/, '')
  return stem.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'lesson'
}
