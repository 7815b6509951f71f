// Builds the project's deck once per test run, for every end-to-end test to serve.
import type { TestProject } from 'vitest/node'
import { rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { buildDeck, ROOT } from './support.ts'

/** One folder per run, so test runs started side by side never delete each other's deck. */
export const DECK_DIR = join(ROOT, `.cache/e2e/deck-${process.pid}`)

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  await rm(DECK_DIR, { recursive: true, force: true })
  await buildDeck('slides.md', DECK_DIR)
  project.provide('deckDir', DECK_DIR)
  return () => rm(DECK_DIR, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    deckDir: string
  }
}
