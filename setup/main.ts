// Client set-up of the deck. Slidev's speaker notes scroll but can't take focus, so keyboard users
// could not scroll long notes: every notes panel that appears is made focusable.
import { defineAppSetup } from '@slidev/types'

const NOTES = '.slidev-note'

function makeNotesFocusable(root: ParentNode): void {
  for (const notes of root.querySelectorAll<HTMLElement>(`${NOTES}:not([tabindex])`)) {
    notes.tabIndex = 0
    notes.setAttribute('aria-label', 'Speaker notes')
  }
}

export default defineAppSetup(() => {
  if (typeof document === 'undefined')
    return
  new MutationObserver(() => makeNotesFocusable(document)).observe(document.documentElement, { childList: true, subtree: true })
})
