// The script and style the front door (front-door.ts) puts into the build's index.html: the page goes
// over to the dev server at the speaker's next move, and, after an edit of the lesson, never draws a
// slide the build shows as it was. Pure: strings in, a string out.
import type { Held } from './held-slides.ts'
import { FRONT_DOOR_FLAG, HANDOVER_PATH, showsHeldSlide } from './handover-protocol.ts'

/** The build's index.html, with the handover script (holding back the `held` slides, when given). */
export function withHandover(html: string, held?: Held): string {
  const script = handoverScript(held)
  return html.includes('</head>') ? html.replace('</head>', `${script}</head>`) : `${script}${html}`
}

/**
 * Put into the build's page: once it has loaded, wait for the dev server, then reload onto it at the
 * next change of slide or click (Slidev's router writes both into the address; a rewrite of the same
 * position, `/2` to `/2?clicks=0`, is no move), or at once when told so or hidden. (Waiting from
 * `load` on also tells the front door that a page has loaded.) With slides held back (the lesson was
 * edited since the build), a move onto one covers the page before it is drawn and loads it from the
 * front door, which answers once the dev server has it.
 */
function handoverScript(held: Held | undefined): string {
  // Wherever the build's client draws a held slide (a preview of the next one, the overview's
  // thumbnails), it is drawn blank: Slidev names each slide's element after its number.
  const blank = held === undefined || held.from > held.slides
    ? ''
    : `<style>${Array.from({ length: held.slides - held.from + 1 }, (_, i) => `.slidev-page-${held.from + i}`).join(', ')} { visibility: hidden !important; }</style>`
  const hold = held === undefined
    ? ''
    : `
const showsHeldSlide = ${showsHeldSlide.toString()}
for (const name of ['pushState', 'replaceState']) {
  const write = history[name].bind(history)
  history[name] = (state, title, url) => {
    const target = url == null ? undefined : new URL(url, location.href)
    if (!target || !showsHeldSlide(target.pathname, ${held.from}))
      return write(state, title, url)
    const slide = getComputedStyle(document.querySelector('.slidev-layout') ?? document.body)
    const cover = document.createElement('div')
    cover.setAttribute('data-held-slide', '')
    cover.textContent = 'Bringing in the edited slide\\u2026'
    cover.style.cssText = 'position:fixed;inset:0;z-index:2147483647;display:grid;place-items:center;font:24px system-ui,sans-serif'
    cover.style.background = slide.backgroundColor === 'rgba(0, 0, 0, 0)' ? '#fff' : slide.backgroundColor
    cover.style.color = slide.color
    document.documentElement.append(cover)
    location.replace(target.href)
  }
}`
  return `${blank}<script>window.${FRONT_DOOR_FLAG} = true${hold}
addEventListener('load', () => {
  let ready = false
  new EventSource('${HANDOVER_PATH}').onmessage = ({ data }) => {
    if (data === 'now' || document.hidden)
      return location.reload()
    if (ready)
      return
    ready = true
    const where = () => location.pathname.replace(/[/]$/, '') + '?' + (new URLSearchParams(location.search).get('clicks') ?? '0')
    const at = where()
    const watch = () => where() !== at || document.hidden ? location.reload() : setTimeout(watch, 100)
    watch()
  }
})</script>`
}
