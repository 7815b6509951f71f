import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts', 'components/**/*.test.ts'],
    globalSetup: ['tests/e2e/global-setup.ts'],
    // End-to-end tests build decks and drive Chromium; two cores can't take many at once.
    maxWorkers: 2,
    testTimeout: 120_000,
    hookTimeout: 240_000,
  },
})
