import { describe, expect, it } from 'vitest'
import { iconSvg } from '../../../../scripts/lesson/icons/index.ts'

describe('an icon the set does not have', () => {
  it('stops the build with the name and how to rebuild the index', () => {
    expect(() => iconSvg('no-such-icon')).toThrow('The icon set has no icon named no-such-icon: rebuild the index (node scripts/icons/build-index.ts)')
  })
})
