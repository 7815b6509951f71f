// The generator's own unit tests, for mutation testing of scripts/lesson/ (`npm run mutate`): Stryker
// runs the tests that cover each mutant, thousands of times, so the tests of servers, browsers, exports
// and rehearsals stay out, and each property test (the fuzzer among them) tries a smaller sample.
import process from 'node:process'
import { defineConfig } from 'vitest/config'

process.env.FUZZ_RUNS ??= '20'

/** Tests of scripts/lesson/ that predate tests/unit/lesson/, by file name under tests/unit/. */
const GENERATOR_TESTS = [
  'parse',
  'points',
  'selection',
  'text',
  'escape',
  'timing',
  'scenes',
  'diagram',
  'steps',
  'deck',
  'fixtures',
  'fuzz',
  'generate-cli',
  'course-next-link',
  'icon-scene',
  'icon-objects',
  'icon-index',
]

export default defineConfig({
  test: {
    // One worker for all the files a mutant's tests are in: no fresh worker and module graph per file.
    isolate: false,
    include: ['tests/unit/lesson/**/*.test.ts', ...GENERATOR_TESTS.map(name => `tests/unit/${name}.test.ts`)],
  },
})
