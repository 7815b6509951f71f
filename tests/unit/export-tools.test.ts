// Finding poppler on PATH without running it, and which vite.config files Slidev 53's build merges.
import { chmod, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { CliError } from '../../scripts/errors.ts'
import { onPath, preflightTools } from '../../scripts/export/preflight.ts'
import { viteConfigFiles } from '../../scripts/export/slidev-build.ts'

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'export-tools-'))
  for (const [name, mode] of [['pdftotext', 0o755], ['pdftoppm', 0o644]] as const) {
    await writeFile(join(dir, name), '#!/bin/sh\n')
    await chmod(join(dir, name), mode)
  }
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('preflightTools', () => {
  it('finds executables on PATH, not files that merely exist', () => {
    expect(onPath('pdftotext', `/nonexistent${delimiter}${dir}`)).toBe(true)
    expect(onPath('pdftoppm', dir)).toBe(false)
  })

  it('names what is missing and what to install, as a NO_TOOLS error (exit 2)', () => {
    let thrown: unknown
    try {
      preflightTools({ PATH: dir })
    }
    catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(CliError)
    expect((thrown as CliError).exitStatus).toBe(2)
    expect((thrown as CliError).message).toMatch(/^pdftoppm is needed .* poppler-utils/)
  })
})

describe('viteConfigFiles', () => {
  it('lists every root\'s vite.config in root order, each extension in Slidev\'s order', () => {
    const present = new Set(['/theme/vite.config.ts', '/deck/vite.config.mjs', '/deck/vite.config.ts'])
    expect(viteConfigFiles(['/theme', '/addon', '/deck'], path => present.has(path)))
      .toEqual(['/theme/vite.config.ts', '/deck/vite.config.mjs', '/deck/vite.config.ts'])
  })
})
