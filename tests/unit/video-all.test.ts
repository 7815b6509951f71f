// `npm run video -- --all` renders a lesson again only when what its video is made from changed.
import type { RehearsalRun } from '../../scripts/rehearsal/run.ts'
import { describe, expect, it } from 'vitest'
import { videoKey } from '../../scripts/video/all.ts'
import { ROOT } from '../e2e/support.ts'

const run: RehearsalRun = { version: 1, lessonSlug: 'platform-vs-product', runId: 'take-0001', startedAt: '2026-01-31T09:30:00.000Z', elapsedMs: 1000, slides: [{ no: 1, section: 'S', sectionIndex: -1, budgetSeconds: null, clicksMs: [1000] }] }

describe('videoKey', () => {
  it('is the same for the same deck, voice and take, and changes with any of them', async () => {
    const draft = await videoKey(ROOT, 'slides.md', 'espeak')
    expect(await videoKey(ROOT, 'slides.md', 'espeak')).toBe(draft)
    expect(await videoKey(ROOT, 'slides.md', 'none')).not.toBe(draft)
    const take = await videoKey(ROOT, 'slides.md', 'espeak', { run })
    expect(take).not.toBe(draft)
    expect(await videoKey(ROOT, 'slides.md', 'espeak', { run: { ...run, elapsedMs: 2000, slides: [{ ...run.slides[0]!, clicksMs: [2000] }] } })).not.toBe(take)
  }, 30_000)
})
