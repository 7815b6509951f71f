// Text into HTML pages we write ourselves (the handout, the course page, the rehearsal report).
// Lesson text into slides.md has escapes of its own: scripts/lesson/escape.ts.

const RE_HTML_SPECIAL = /[&<>"']/g
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/** Text as HTML text or a quoted attribute value: `a < b & "c"` → `a &lt; b &amp; &quot;c&quot;`. */
export function escapeHtml(text: string): string {
  return text.replace(RE_HTML_SPECIAL, char => HTML_ENTITIES[char]!)
}

/** One of our pages, whole: the title escaped, `head` (styles, links) and `body` as HTML already. */
export function htmlPage({ title, head, body }: { title: string, head: string, body: string }): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
${head}
</head>
<body>
${body}
</body>
</html>
`
}
