// The yardstick for the export: the same lesson as a Marp deck, printed by Marp CLI with the same
// Chromium. One Marp slide per deck slide, with the slide's title, its section, the words its scene
// shows (the component's text props) and its notes as Marp presenter notes.
import type { Deck, Json } from '../lesson/types.ts'
import { plainText } from '../lesson/text.ts'

/** Every string among a component's props, in order, once each: the words the slide shows. */
export function shownWords(props: Json): string[] {
  const found: string[] = []
  const walk = (value: Json) => {
    if (typeof value === 'string') {
      if (value.trim() && !found.includes(value))
        found.push(value)
    }
    else if (Array.isArray(value)) {
      value.forEach(walk)
    }
    else if (value && typeof value === 'object') {
      Object.values(value).forEach(walk)
    }
  }
  walk(props)
  return found
}

/** Lesson text as Marp Markdown text: no live HTML, no line that starts a list or heading of its own. */
function text(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ').trim()
}

export function marpMarkdown(deck: Deck): string {
  const slides = deck.slides.map((slide) => {
    const words = shownWords(slide.component.props).filter(word => word !== slide.title)
    const notes = slide.notes.map(chunk => chunk.map(plainText).join('\n')).filter(Boolean).join('\n\n')
    return [
      `<!-- header: ${text(slide.section.title)} -->`,
      `# ${text(slide.title)}`,
      words.map(word => `- ${text(word)}`).join('\n'),
      notes ? `<!--\n${notes.replace(/--/g, '- -')}\n-->` : '',
    ].filter(Boolean).join('\n\n')
  })
  return `---\nmarp: true\ntitle: ${JSON.stringify(deck.lesson.title)}\n---\n\n${slides.join('\n\n---\n\n')}\n`
}
