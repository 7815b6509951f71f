// The presenter view's Listen switch: the microphone goes to the dev server on this machine (never
// to the audience link), which says which sentence of the notes is being said; the notes panel marks
// it and scrolls with it. With "advance", the deck moves to the next click once the last sentence of
// the current click's notes has been said, and follows the voice onto a later click or slide.
import type { LiveSentence, Where } from '../../scripts/live-listen/routes'
import type { Capture } from './micCapture'
import { useNav } from '@slidev/client'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { LISTEN_AUDIO, LISTEN_START, LISTEN_STOP } from '../../scripts/live-listen/routes'
import { CAPTURE_RATE, captureMicrophone } from './micCapture'
import { markSentence } from './noteMarks'

/** How often a piece of audio goes to the server, and the answer comes back. */
const SEND_EVERY_MS = 100
const ADVANCE_KEY = 'lesson-decks:listen-advance'

export interface ListenState {
  kind: 'off' | 'starting' | 'on' | 'failed'
  message: string
}

export function useListen() {
  const { currentSlideNo, clicksContext, slides, go, next } = useNav()
  const state = ref<ListenState>({ kind: 'off', message: '' })
  const sentences = shallowRef<LiveSentence[]>([])
  const where = ref<Where>({ sentence: -1, finished: false, seconds: 0 })
  /** The sentence marked in the notes panel, and the seconds of audio captured when it was. */
  const marked = ref<{ sentence: number, at: number }>({ sentence: -1, at: 0 })
  const advance = ref(readAdvance())
  /** performance.now() when the microphone opened: the audio's zero on the page's clock. */
  const since = ref(0)
  let capture: Capture | undefined
  let session: string | undefined
  let pending: Int16Array[] = []
  let sending: ReturnType<typeof setInterval> | undefined
  let inFlight = false

  async function start(): Promise<void> {
    state.value = { kind: 'starting', message: 'Opening the microphone…' }
    try {
      const lessonSource = slides.value[0]?.meta.slide?.frontmatter.lessonSource
      const answer = await post(LISTEN_START, JSON.stringify({ lessonSource }), 'application/json') as { session: string, sentences: LiveSentence[] }
      session = answer.session
      sentences.value = answer.sentences
      where.value = { sentence: -1, finished: false, seconds: 0 }
      capture = await captureMicrophone(pcm => pending.push(pcm))
      since.value = performance.now()
    }
    catch (error) {
      stop()
      state.value = { kind: 'failed', message: `Not listening: ${(error as Error).message}` }
      return
    }
    sending = setInterval(send, SEND_EVERY_MS)
    state.value = { kind: 'on', message: 'Listening (the voice stays on this machine)' }
  }

  async function send(): Promise<void> {
    if (inFlight || !session || pending.length === 0)
      return
    const pieces = pending
    pending = []
    const pcm = new Int16Array(pieces.reduce((n, piece) => n + piece.length, 0))
    let at = 0
    for (const piece of pieces) {
      pcm.set(piece, at)
      at += piece.length
    }
    inFlight = true
    try {
      const at = `${currentSlideNo.value}.${clicksContext.value.current}`
      where.value = await post(`${LISTEN_AUDIO}?session=${session}&at=${at}`, pcm, 'application/octet-stream') as Where
      if (where.value.problem)
        state.value = { kind: 'on', message: `Listening for pauses only: ${where.value.problem}` }
    }
    catch (error) {
      stop()
      state.value = { kind: 'failed', message: `Stopped listening: ${(error as Error).message}` }
    }
    finally {
      inFlight = false
    }
  }

  function stop(): void {
    clearInterval(sending)
    capture?.stop()
    capture = undefined
    if (session)
      void post(`${LISTEN_STOP}?session=${session}`, '', 'text/plain').catch(() => {})
    session = undefined
    pending = []
    state.value = { kind: 'off', message: '' }
    marked.value = { sentence: -1, at: 0 }
    markSentence(undefined, [])
  }

  // Marks the sentence when it changes, and again whenever Slidev redraws the notes (a new slide).
  function mark(): void {
    if (state.value.kind !== 'on' && marked.value.sentence < 0)
      return
    const index = state.value.kind === 'on' ? where.value.sentence : -1
    const sentence = sentences.value[index]
    const onSlide = sentence && sentence.slide === currentSlideNo.value ? sentences.value.filter(s => s.slide === sentence.slide) : []
    const shown = markSentence(sentence && onSlide.length > 0 ? onSlide.indexOf(sentence) : undefined, onSlide.map(s => s.text))
    const now = shown ? index : -1
    if (now !== marked.value.sentence)
      marked.value = { sentence: now, at: (capture?.samples() ?? 0) / CAPTURE_RATE }
  }
  const observer = new MutationObserver(() => queueMicrotask(mark))
  observer.observe(document.body, { subtree: true, childList: true, characterData: true })
  watch([() => where.value.sentence, currentSlideNo, state], mark)

  // Follows the voice: onto the click or slide of the sentence heard, and past a click said to its end.
  let advancedPast = -1
  watch(where, (now) => {
    const sentence = sentences.value[now.sentence]
    if (!advance.value || !sentence)
      return
    const here = { no: currentSlideNo.value, clicks: clicksContext.value.current }
    if (sentence.slide > here.no || (sentence.slide === here.no && sentence.click > here.clicks)) {
      go(sentence.slide, sentence.click)
      return
    }
    const following = sentences.value[now.sentence + 1]
    const lastOfClick = !following || following.slide !== sentence.slide || following.click !== sentence.click
    if (now.finished && lastOfClick && advancedPast !== now.sentence && sentence.slide === here.no && sentence.click === here.clicks) {
      advancedPast = now.sentence
      void next()
    }
  })
  watch(advance, (value) => {
    try {
      localStorage.setItem(ADVANCE_KEY, value ? 'on' : 'off')
    }
    catch {}
  })

  onScopeDispose(() => {
    observer.disconnect()
    stop()
  })

  return {
    /** Only on the dev server, where the voice has somewhere to go, and where the browser can capture it. */
    available: import.meta.env.DEV && typeof AudioWorkletNode !== 'undefined' && !!navigator.mediaDevices,
    state,
    advance,
    marked,
    since,
    heard: computed(() => where.value.sentence),
    toggle: () => (state.value.kind === 'off' || state.value.kind === 'failed' ? start() : stop()),
  }
}

async function post(url: string, body: BodyInit, type: string): Promise<unknown> {
  const response = await fetch(url, { method: 'POST', headers: { 'content-type': type }, body })
  const answer = await response.json() as { error?: string }
  if (!response.ok)
    throw new Error(answer.error ?? `the server answered ${response.status}`)
  return answer
}

function readAdvance(): boolean {
  try {
    return localStorage.getItem(ADVANCE_KEY) === 'on'
  }
  catch {
    return false
  }
}
