// Text into HTML pages we write ourselves (the handout, the course page, the rehearsal report).
// Lesson text into slides.md has escapes of its own: scripts/lesson/escape.ts.

const RE_HTML_SPECIAL = /[&<>"']/g
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Text as HTML text or a quoted attribute value: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(text: string): string {
  return text.replace(RE_HTML_SPECIAL, char => HTML_ENTITIES[char]!)
}
