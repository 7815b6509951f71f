// What the audience server answers, from the path alone: the token first, then only the notes-free deck.
import { describe, expect, it } from 'vitest'
import { audienceRoute } from '../../scripts/audience/routes.ts'

const TOKEN = 'x1ufOgCiBN6iuQ4YDKcObYKS'

describe('audienceRoute', () => {
  it.each(['/', '/index.html', '/1', '/assets/index-abc.js', `/${TOKEN.slice(0, -1)}/`, `/${TOKEN}x/`, `/${TOKEN.toLowerCase()}/`, '/slides.md', '/@slidev/configs', '/__rehearsals'])('refuses %s without the exact token', (path) => {
    expect(audienceRoute(path, TOKEN)).toEqual({ kind: 'forbidden' })
  })

  it('serves the app for the deck and its slide routes, files of the build, and the follow channel', () => {
    expect(audienceRoute(`/${TOKEN}`, TOKEN)).toEqual({ kind: 'add-slash' })
    expect(audienceRoute(`/${TOKEN}/`, TOKEN)).toEqual({ kind: 'app' })
    expect(audienceRoute(`/${TOKEN}/12`, TOKEN)).toEqual({ kind: 'app' })
    expect(audienceRoute(`/${TOKEN}/assets/slides-Ab_1.js`, TOKEN)).toEqual({ kind: 'file', path: '/assets/slides-Ab_1.js' })
    expect(audienceRoute(`/${TOKEN}/favicon.svg`, TOKEN)).toEqual({ kind: 'file', path: '/favicon.svg' })
    expect(audienceRoute(`/${TOKEN}/__follow`, TOKEN)).toEqual({ kind: 'follow' })
  })

  it.each(['presenter', 'presenter/3', 'notes', 'notes-edit', 'print', 'presenter/print', 'overview', 'export', 'entry', 'slides.md', '.deck-x.md', 'assets/index.js.map', '@slidev/configs', '@fs/etc/passwd', '__rehearsals', '../x.js', 'assets/../../x.js', 'src/App.vue', 'x.ts'])('has no page for %s', (inside) => {
    expect(audienceRoute(`/${TOKEN}/${inside}`, TOKEN)).toEqual({ kind: 'not-found' })
  })
})
