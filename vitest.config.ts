import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    // End-to-end tests build decks and drive Chromium; two cores can't take many at once.
    maxWorkers: 2,
    reporters: ['default', './tests/summary-reporter.ts'],
    projects: [
      {
        test: {
          name: 'unit',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          // The deck is built once per run, before any end-to-end test opens it.
          globalSetup: ['tests/e2e/global-setup.ts'],
          testTimeout: 120_000,
          hookTimeout: 240_000,
          // Chromium answers in milliseconds on an idle machine, in seconds on a loaded one: polls wait for it.
          expect: { poll: { timeout: 20_000 } },
        },
      },
    ],
  },
})
