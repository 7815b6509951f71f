// The unit tests alone, for mutation testing (`npm run mutate`): Stryker runs the tests that cover each
// mutant, many thousands of times, so the browser tests stay out and the fuzzer runs a smaller sample.
import { defineConfig } from 'vitest/config'

process.env.FUZZ_RUNS ??= '20'

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'components/**/*.test.ts'],
  },
})
