// Which requests the audience server answers, decided from the path alone (pure). Everything lives
// under `/<token>/`: without the token, 403. Under it, only the slides of the notes-free deck: the
// app's page for `/` and `/<slide number>`, the files of the build, and the follow channel. Any other
// route of Slidev's app (presenter, notes, print, overview, export…) is 404, and so is anything a dev
// server would have carried notes in (Markdown, source maps).
import { Buffer } from 'node:buffer'
import { timingSafeEqual } from 'node:crypto'
import { FOLLOW_PATH } from './messages.ts'

export type AudienceRoute
  = | { kind: 'forbidden' }
    | { kind: 'not-found' }
  /** `/<token>` without its slash: redirect, so relative URLs resolve under the token. */
    | { kind: 'add-slash' }
  /** The app's index.html, for a slide route. */
    | { kind: 'app' }
  /** A file of the build, by its path inside it (starting with `/`). */
    | { kind: 'file', path: string }
    | { kind: 'follow' }

const RE_SLIDE_ROUTE = /^\d*$/
/** A file name: something with an extension in its last segment; no segment starts with a dot (no `..`). */
const RE_FILE = /^(?:[\w-][\w.-]*\/)*[\w-][\w.-]*\.[a-z0-9]+$/i
const RE_NEVER_SERVED = /\.(?:md|map|ts|vue)$/i

export function audienceRoute(pathname: string, token: string): AudienceRoute {
  const [, first = '', ...rest] = pathname.split('/')
  if (!sameSecret(first, token))
    return { kind: 'forbidden' }
  if (rest.length === 0)
    return { kind: 'add-slash' }
  const inside = rest.join('/')
  if (inside === FOLLOW_PATH)
    return { kind: 'follow' }
  if (RE_SLIDE_ROUTE.test(inside))
    return { kind: 'app' }
  if (RE_FILE.test(inside) && !RE_NEVER_SERVED.test(inside))
    return { kind: 'file', path: `/${inside}` }
  return { kind: 'not-found' }
}

/** Compares in constant time, so the token can't be guessed one character at a time. */
function sameSecret(given: string, token: string): boolean {
  const a = Buffer.from(given)
  const b = Buffer.from(token)
  return a.length === b.length && timingSafeEqual(a, b)
}
