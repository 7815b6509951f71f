// prestart / pretest set the project up only when it needs it: nothing installed, a lock file that
// moved on since the install, or the project's Node missing.
import { describe, expect, it } from 'vitest'
import { setupNeeded } from '../../scripts/ensure-setup.mjs'

const LOCK = {
  packages: {
    '': { name: 'lesson-decks' },
    'node_modules/vue': { version: '3.5.45' },
    'node_modules/@esbuild/darwin-arm64': { version: '0.25.0', optional: true },
  },
}
const INSTALLED = { packages: { 'node_modules/vue': { version: '3.5.45' } } }
const runs = () => true

describe('setupNeeded', () => {
  it('is quiet when the installed tree is the locked one (optional packages of other platforms aside)', () => {
    expect(setupNeeded(LOCK, INSTALLED, runs)).toBeUndefined()
  })

  it('sets up a fresh clone', () => {
    expect(setupNeeded(LOCK, undefined, runs)).toBe('the dependencies are not installed')
  })

  it('sets up again when a package was added, changed or removed in package-lock.json', () => {
    const added = { packages: { ...LOCK.packages, 'node_modules/ws': { version: '8.23.0' } } }
    expect(setupNeeded(added, INSTALLED, runs)).toMatch(/package-lock\.json changed since the last install \(ws\)/)
    const changed = { packages: { ...LOCK.packages, 'node_modules/vue': { version: '3.6.0' } } }
    expect(setupNeeded(changed, INSTALLED, runs)).toMatch(/\(vue\)/)
    const removed = { packages: { '': {} } }
    expect(setupNeeded(removed, INSTALLED, runs)).toMatch(/\(vue is gone\)/)
  })

  it('sets up when the project\'s Node does not run', () => {
    expect(setupNeeded(LOCK, INSTALLED, () => false)).toMatch(/node_modules\/\.bin\/node/)
  })
})
