import { defineConfig } from 'vitest/config'

/**
 * The slow lane: end-to-end checks of a minute or more each on two cores (rendering a video, reading a
 * PowerPoint back through LibreOffice, two starts of `npm start` with a build between). `npm test` runs
 * the unit and e2e lanes; `npm run test:slow` this one; `npm run test:all` (and CI) all three.
 */
export const SLOW_E2E = [
  'tests/e2e/video-take.test.ts',
  'tests/e2e/video.test.ts',
  'tests/e2e/export-pptx.test.ts',
  'tests/e2e/fast-start.test.ts',
]

const endToEnd = {
  testTimeout: 120_000,
  hookTimeout: 240_000,
  // Chromium answers in milliseconds on an idle machine, in seconds on a loaded one: polls wait for it.
  expect: { poll: { timeout: 20_000 } },
}

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
          // A few unit tests run ffmpeg or the generator over every lesson: well under a second idle, past
          // vitest's 5 s on a loaded machine. The limit catches a test that hangs, not a slow machine.
          testTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          exclude: SLOW_E2E,
          // The deck is built once per run, before any end-to-end test opens it.
          globalSetup: ['tests/e2e/global-setup.ts'],
          ...endToEnd,
        },
      },
      {
        test: {
          name: 'e2e-slow',
          include: SLOW_E2E,
          ...endToEnd,
        },
      },
    ],
  },
})
