// A course builds many decks in one process: they share Slidev's highlighter instead of making one
// each, which made Shiki warn "10 instances have been created".
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { resolveBuildOptions } from '../../scripts/export/slidev-build.ts'

const DECK = join(import.meta.dirname, '../../slides.md')

afterEach(() => {
  vi.restoreAllMocks()
})

describe('resolveBuildOptions', () => {
  it('highlights with one Shiki instance however many decks are resolved', async () => {
    const warn = vi.spyOn(console, 'warn')
    const first = await resolveBuildOptions(DECK, '/')
    for (let i = 0; i < 11; i++) {
      const options = await resolveBuildOptions(DECK, `/lesson-${i}/`)
      await options.utils.shiki.codeToHtml('const a = 1', { lang: 'ts', ...options.utils.shikiOptions })
      expect(options.utils.shiki).toBe(first.utils.shiki)
    }
    expect(warn.mock.calls.flat().join('\n')).not.toMatch(/\[Shiki\]/)
  }, 60_000)
})
