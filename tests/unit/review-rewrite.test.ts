// A review's answer written into the lesson: only the section's `pictures:` line changes (or one line is
// put under its heading), every other byte stays, and the parser reads back what was meant.
import { describe, expect, it } from 'vitest'
import { CliError } from '../../scripts/errors.ts'
import { parseLesson } from '../../scripts/lesson/parse.ts'
import { withAnswer } from '../../scripts/review/rewrite.ts'

const LESSON = [
  '# Kitchens',
  '',
  '## The Hook',
  '',
  'A cook stirs the broth while a helper carries a kettle to the guest.',
  '',
  '## The Story',
  '<!-- pictures: dish = steaming-bowl; not: client -->',
  '',
  'Every guest gets a dish at once, and the client never waits.  ',
  '',
].join('\n')

/** The lines of `after` that are not lines of `before`, and the other way round. */
function changedLines(before: string, after: string): { added: string[], removed: string[] } {
  const a = before.split('\n')
  const b = after.split('\n')
  return { added: b.filter(line => !a.includes(line)), removed: a.filter(line => !b.includes(line)) }
}

describe('withAnswer', () => {
  it('puts a pictures line right under a heading that has none, and nothing else', () => {
    const after = withAnswer(LESSON, 'k.md', { kind: 'wrong', section: 0, word: 'kettle' }, 'The Hook')
    expect(after).toBe(LESSON.replace('## The Hook\n', '## The Hook\n<!-- pictures: not: kettle -->\n'))
    expect(parseLesson(after, 'k.md').sections[0]!.pictures).toMatchObject({ forbidden: ['kettle'], line: 4 })
  })

  it('changes only the pictures line of a section that has one, keeping its picks', () => {
    const wrong = withAnswer(LESSON, 'k.md', { kind: 'wrong', section: 1, word: 'guest' }, 'The Story')
    expect(changedLines(LESSON, wrong)).toEqual({
      added: ['<!-- pictures: dish = steaming-bowl; not: client, guest -->'],
      removed: ['<!-- pictures: dish = steaming-bowl; not: client -->'],
    })
    expect(wrong.length).toBe(LESSON.length + ', guest'.length)
    const pick = withAnswer(wrong, 'k.md', { kind: 'pick', section: 1, word: 'dish', icon: 'bowl-with-spoon' }, 'The Story')
    expect(changedLines(wrong, pick).added).toEqual(['<!-- pictures: dish = bowl-with-spoon; not: client, guest -->'])
  })

  it('forgets what was said of a word, and takes the line away once it says nothing', () => {
    const forgot = withAnswer(LESSON, 'k.md', { kind: 'forget', section: 1, word: 'client' }, 'The Story')
    expect(forgot).toBe(LESSON.replace('; not: client -->', ' -->'))
    const none = withAnswer(forgot, 'k.md', { kind: 'forget', section: 1, word: 'dish' }, 'The Story')
    expect(none).toBe(LESSON.replace('<!-- pictures: dish = steaming-bowl; not: client -->\n', ''))
    expect(parseLesson(none, 'k.md').sections[1]!.pictures).toBeUndefined()
    expect(withAnswer(LESSON, 'k.md', { kind: 'forget', section: 0, word: 'kettle' }, 'The Hook')).toBe(LESSON)
  })

  it('keeps Windows line endings, trailing spaces and a last line without an ending', () => {
    const crlf = `${LESSON.replaceAll('\n', '\r\n')}Last words.`
    const after = withAnswer(crlf, 'k.md', { kind: 'pick', section: 0, word: 'kettle', icon: 'teapot' }, 'The Hook')
    expect(after).toBe(crlf.replace('## The Hook\r\n', '## The Hook\r\n<!-- pictures: kettle = teapot -->\r\n'))
  })

  it('replaces a directive written over several lines by one line', () => {
    const spread = LESSON.replace('<!-- pictures: dish = steaming-bowl; not: client -->', '<!--\n  pictures: dish = steaming-bowl;\n  not: client\n-->')
    const after = withAnswer(spread, 'k.md', { kind: 'wrong', section: 1, word: 'dish' }, 'The Story')
    expect(after).toBe(LESSON.replace('<!-- pictures: dish = steaming-bowl; not: client -->', '<!-- pictures: not: client, dish -->'))
  })

  it('writes under a Setext heading\'s underline, not between it and its text', () => {
    const setext = LESSON.replace('## The Hook', 'The Hook\n--------')
    const after = withAnswer(setext, 'k.md', { kind: 'wrong', section: 0, word: 'kettle' }, 'The Hook')
    expect(after).toBe(setext.replace('--------\n', '--------\n<!-- pictures: not: kettle -->\n'))
    expect(parseLesson(after, 'k.md').sections[0]!.pictures!.forbidden).toEqual(['kettle'])
  })

  it('refuses an answer for a section that is no longer where the page saw it', () => {
    expect(() => withAnswer(LESSON, 'k.md', { kind: 'wrong', section: 0, word: 'guest' }, 'The Story')).toThrow(CliError)
    expect(() => withAnswer(LESSON, 'k.md', { kind: 'wrong', section: 5, word: 'guest' }, 'The Story')).toThrow(/no longer The Story/)
  })
})
