// The presenter view's "rehearse" toggle: the notes of the current click large enough to read while
// standing back from the screen, the other clicks' notes dimmed, and the current chunk scrolled into
// view whenever Slidev moves its highlight. Presenter-only: the pacing panel, which holds the toggle,
// exists only there, and the styles (PacingPanel.vue) apply only inside `.slidev-presenter`.
import { onScopeDispose, ref, watch } from 'vue'

/** The class on <html> that turns the large notes on; the setting survives a reload. */
export const REHEARSE_CLASS = 'rehearse-notes'
const SETTING_KEY = 'lesson-decks:rehearse-notes'
const NOTES = '.slidev-presenter .grid-section.note'
const CURRENT_MARK = '.slidev-note-click-mark-active'
/** Where the current chunk's top sits, as a share of the notes panel's height from its top. */
const TOP_SHARE = 0.15

export function useRehearseMode() {
  const on = ref(readSetting())
  let observer: MutationObserver | undefined

  watch(on, (value) => {
    document.documentElement.classList.toggle(REHEARSE_CLASS, value)
    try {
      localStorage.setItem(SETTING_KEY, value ? 'on' : 'off')
    }
    catch {}
    observer?.disconnect()
    observer = undefined
    if (!value)
      return
    // Slidev re-marks the notes (classes) on every click and replaces them on every slide.
    observer = new MutationObserver(() => queueMicrotask(keepCurrentChunkInView))
    observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['class'] })
    keepCurrentChunkInView()
  }, { immediate: true })

  onScopeDispose(() => {
    observer?.disconnect()
    document.documentElement.classList.remove(REHEARSE_CLASS)
  })

  return { on, toggle: () => on.value = !on.value }
}

function readSetting(): boolean {
  try {
    return localStorage.getItem(SETTING_KEY) === 'on'
  }
  catch {
    return false
  }
}

/** Scrolls the notes so the chunk of the current click starts near the top; before the first click, to the top. */
export function keepCurrentChunkInView(): void {
  const notes = document.querySelector<HTMLElement>(`${NOTES} .slidev-note`)
  if (!notes)
    return
  const mark = notes.querySelector<HTMLElement>(CURRENT_MARK)
  // Before the first click there is no active mark: the chunk is the start of the notes.
  const target = mark ? (mark.closest<HTMLElement>('p, li, blockquote, pre') ?? mark) : undefined
  if (target)
    scrollNotesTo(notes, target.getBoundingClientRect().top)
  else
    scrollTo(scrollerOf(notes), 0)
}

/** Scrolls the notes so what is at `clientTop` (on screen) sits near the top of the panel. */
export function scrollNotesTo(notes: HTMLElement, clientTop: number): void {
  const scroller = scrollerOf(notes)
  scrollTo(scroller, scroller.scrollTop + clientTop - scroller.getBoundingClientRect().top - scroller.clientHeight * TOP_SHARE)
}

function scrollTo(scroller: HTMLElement, top: number): void {
  if (Math.abs(scroller.scrollTop - top) > 2)
    scroller.scrollTo({ top: Math.max(0, top), behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' })
}

/** The element that scrolls the notes: the notes themselves, or the first ancestor that scrolls. */
function scrollerOf(element: HTMLElement): HTMLElement {
  for (let at: HTMLElement | null = element; at; at = at.parentElement) {
    const overflow = getComputedStyle(at).overflowY
    if ((overflow === 'auto' || overflow === 'scroll') && at.scrollHeight > at.clientHeight)
      return at
  }
  return element
}
