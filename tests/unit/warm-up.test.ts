// What the dev server compiles ahead: Slidev's client pages and the first slides before it says it is
// warm, then, when pages may go over to it from the deck's build, every other slide.
import { describe, expect, it } from 'vitest'
import { laterSlideUrls, warmUrls } from '../../scripts/dev-server/warm-up.ts'

describe('the warm-up', () => {
  it('compiles the client\'s pages and the first three slides first', () => {
    expect(warmUrls('/client', 14)).toEqual([
      '/@fs/client/main.ts',
      '/@fs/client/pages/play.vue',
      '/@fs/client/pages/presenter.vue',
      '/@slidev/slides/1/md',
      '/@slidev/slides/2/md',
      '/@slidev/slides/3/md',
    ])
    expect(warmUrls('/client', 2).filter(url => url.startsWith('/@slidev'))).toEqual(['/@slidev/slides/1/md', '/@slidev/slides/2/md'])
  })

  it('then every other slide, once each', () => {
    expect(laterSlideUrls(6)).toEqual(['/@slidev/slides/4/md', '/@slidev/slides/5/md', '/@slidev/slides/6/md'])
    expect(laterSlideUrls(3)).toEqual([])
    expect(laterSlideUrls(1)).toEqual([])
  })
})
