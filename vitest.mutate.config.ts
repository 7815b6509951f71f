// The generator's own unit tests, for mutation testing of scripts/lesson/ (`npm run mutate`): Stryker
// runs the tests that cover each mutant, thousands of times, so the tests of servers, browsers and
// exports stay out, and the fuzzer runs a smaller sample.
import process from 'node:process'
import { defineConfig } from 'vitest/config'

process.env.FUZZ_RUNS ??= '20'

const GENERATOR_TESTS = ['parse', 'points', 'selection', 'text', 'escape', 'timing', 'scenes', 'diagram', 'steps', 'deck', 'fixtures', 'fuzz', 'generate-cli', 'utf8', 'course-next-link']

export default defineConfig({
  test: {
    include: GENERATOR_TESTS.map(name => `tests/unit/${name}.test.ts`),
  },
})
