// Each escape rule on its own: what lesson text becomes in each place it lands in slides.md, and that
// Slidev's parser and markdown-it read it back as the same text.
import MarkdownExit from 'markdown-exit'
import { describe, expect, it } from 'vitest'
import { escapeAttribute, escapeNoteCode, escapeNoteText, escapeTitle } from '../../scripts/lesson/escape.ts'
import { renderComponent, renderNotes, yamlValue } from '../../scripts/lesson/render.ts'
import { spans } from '../../scripts/lesson/text.ts'
import { htmlToText, readDeck } from '../support/deck-reader.ts'

const markdown = MarkdownExit({ html: true })
/** Notes text as a reader of the presenter view sees it. */
const asRead = (escaped: string) => htmlToText(markdown.render(escaped))

describe('escapeNoteText', () => {
  it('backslashes the dollar sign, so $x$ is never read as math', () => {
    expect(escapeNoteText('costs $5 and $x$')).toBe('costs \\$5 and \\$x\\$')
    expect(asRead(escapeNoteText('costs $5 and $x$'))).toBe('costs $5 and $x$')
  })

  it('backslashes Markdown marks: * _ ` ~ | ] and the backslash itself', () => {
    expect(escapeNoteText('*a* _b_ `c` ~d~ e|f ]g \\h')).toBe('\\*a\\* \\_b\\_ \\`c\\` \\~d\\~ e\\|f \\]g \\\\h')
    expect(asRead(escapeNoteText('*a* _b_ `c` ~~d~~ e|f ]g \\h'))).toBe('*a* _b_ `c` ~~d~~ e|f ]g \\h')
  })

  it('turns & < > [ into entities: no raw HTML, no [click] marker', () => {
    expect(escapeNoteText('<b>x</b> & [click]')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &#91;click\\]')
    expect(asRead(escapeNoteText('<script>x</script> [click:2]'))).toBe('<script>x</script> [click:2]')
  })
})

describe('escapeTitle', () => {
  it('leaves a plain title readable, with Markdown marks escaped', () => {
    expect(escapeTitle('Platform vs Product')).toBe('Platform vs Product')
    expect(escapeTitle('A *big* $5 idea')).toBe('A \\*big\\* \\$5 idea')
  })

  it('wraps a title with {{ in v-pre, so Vue never evaluates it', () => {
    expect(escapeTitle('Hi {{ x }}')).toBe('<span v-pre>Hi {{ x }}</span>')
    expect(escapeTitle('Hi { x }')).toBe('Hi { x }')
  })
})

describe('escapeNoteCode and escapeAttribute', () => {
  it('keeps code verbatim but for the characters HTML reads: & < > [', () => {
    expect(escapeNoteCode('a < b && c[0] *x* $y')).toBe('a &lt; b &amp;&amp; c&#91;0] *x* $y')
  })

  it('makes a prop\'s JSON safe in a single-quoted attribute', () => {
    expect(escapeAttribute('{"a":"it\'s <b> & more"}')).toBe('{"a":"it&#39;s &lt;b&gt; &amp; more"}')
  })
})

describe('renderComponent', () => {
  it('writes one line, each prop as JSON in a single-quoted attribute, read back whole', async () => {
    const line = renderComponent({ name: 'OneLiner', props: { heading: 'It\'s {{ x }}', line: '<b>a</b> & \'b\' --- c' } })
    expect(line).toBe(`<OneLiner :heading='"It&#39;s {{ x }}"' :line='"&lt;b&gt;a&lt;/b&gt; &amp; &#39;b&#39; --- c"' />`)
    const [slide] = await readDeck(`---\nlayout: default\n---\n\n${line}\n`)
    expect(slide!.component).toEqual({ name: 'OneLiner', props: { heading: 'It\'s {{ x }}', line: '<b>a</b> & \'b\' --- c' } })
  })
})

describe('yamlValue', () => {
  it('writes the dashes of --- as \\u002d, since Slidev ends frontmatter at the first ---', () => {
    expect(yamlValue('a --- b')).toBe('"a \\u002d-- b"')
    expect(yamlValue('a ---- b')).toBe('"a \\u002d\\u002d-- b"')
    expect(yamlValue('a -- b')).toBe('"a -- b"')
    expect(JSON.parse(yamlValue('a --- b'))).toBe('a --- b')
  })
})

describe('renderNotes', () => {
  it('starts chunk k with a click marker, and folds empty chunks into [click:N]', () => {
    expect(renderNotes([[spans('Zero.')], [spans('One.')], [], [spans('Three.')]])).toBe('<!--\nZero.\n\n[click] One.\n\n[click:2] Three.\n-->')
  })

  it('escapes what would make a notes line a heading, list item or rule', () => {
    expect(renderNotes([[spans('# not a heading')], [spans('- not a list')], [spans('1. not a list')]]))
      .toBe('<!--\n\\# not a heading\n\n[click] \\- not a list\n\n[click] 1\\. not a list\n-->')
  })

  it('keeps code in a <pre> that opens its line, its marker on a line of its own', () => {
    expect(renderNotes([[], [[{ text: 'a <b>\n  c', code: true }]]])).toBe('<!--\n[click]\n\n<pre>a &lt;b&gt;\n  c</pre>\n-->')
  })

  it('keeps bold and italic as Markdown marks around escaped text', () => {
    expect(renderNotes([[[{ text: 'Bold $1', strong: true }, { text: ' then ' }, { text: 'it*', emphasis: true }]]])).toBe('<!--\n**Bold \\$1** then *it\\**\n-->')
  })
})
