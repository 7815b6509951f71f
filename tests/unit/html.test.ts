import { describe, expect, it } from 'vitest'
import { escapeHtml } from '../../scripts/html.ts'

describe('escapeHtml', () => {
  it('escapes the five characters that can end text or an attribute', () => {
    expect(escapeHtml(`a < b & "c" 'd' >`)).toBe('a &lt; b &amp; &quot;c&quot; &#39;d&#39; &gt;')
  })
})
