// Escapes for each place lesson text lands in slides.md. Slidev compiles slide Markdown with Vue,
// renders notes and titles through markdown-it with raw HTML on, and reads `[click]` anywhere in notes.

const RE_NOTE_ENTITIES = /[&<>[]/g
const RE_MARKDOWN_PUNCTUATION = /[\\`*_~|\]$]/g
const RE_ATTRIBUTE_ENTITIES = /[&'<>]/g
const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '[': '&#91;', '"': '&quot;', '\'': '&#39;' }

/** Text inside notes, info or a title: no HTML, no Markdown marks, no click markers. */
export function escapeNoteText(text: string): string {
  return text
    .replace(RE_MARKDOWN_PUNCTUATION, char => `\\${char}`)
    .replace(RE_NOTE_ENTITIES, char => ENTITIES[char]!)
}

/** Code kept verbatim inside a `<pre>` in the notes. */
export function escapeNoteCode(text: string): string {
  return text.replace(RE_NOTE_ENTITIES, char => ENTITIES[char]!)
}

/** A value inside a single-quoted HTML attribute (the JSON of a component prop). */
export function escapeAttribute(text: string): string {
  return text.replace(RE_ATTRIBUTE_ENTITIES, char => ENTITIES[char]!)
}

/**
 * A slide title: Slidev compiles titles as Markdown into a Vue template, so `{{` would run.
 * Plain titles stay as they are, so the overview and the PDF outline read naturally.
 */
export function escapeTitle(title: string): string {
  const escaped = escapeNoteText(title)
  return title.includes('{{') ? `<span v-pre>${escaped}</span>` : escaped
}
