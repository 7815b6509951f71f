// Every package the commands load at run time is a dependency, not a dev dependency: an install
// without dev dependencies (`npm ci --omit=dev`) must still export, build and present. Type-only
// imports are erased and don't count; the benchmark and mutation tooling are for development.
import { readdirSync, readFileSync } from 'node:fs'
import { builtinModules } from 'node:module'
import { join, relative } from 'node:path'
import { describe, expect, it } from 'vitest'

const ROOT = join(import.meta.dirname, '../..')
const DEV_ONLY = [/^scripts\/bench/, /^scripts\/mutation-score\.ts$/]
/** Resolved by Slidev itself, which brings them (dependencies of @slidev/cli, at its version). */
const FROM_SLIDEV = new Set(['@slidev/client', '@slidev/types', 'vite'])
const RE_IMPORT = /^\s*(?:import|export)\s(?!\s*type\b)[^'"]*?from\s*'([^']+)'|import\('([^']+)'\)/gm

function packageOf(specifier: string): string | undefined {
  if (specifier.startsWith('.') || specifier.startsWith('node:') || builtinModules.includes(specifier))
    return undefined
  const parts = specifier.split('/')
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]
}

function runtimeFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter(name => /\.(?:ts|vue)$/.test(name))
    .map(name => join(dir, name))
    .filter(file => !DEV_ONLY.some(re => re.test(relative(ROOT, file))))
}

describe('run-time dependencies', () => {
  it('lists every package the commands, components and setup load among the dependencies', () => {
    const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> }
    const missing = new Set<string>()
    for (const file of ['scripts', 'components', 'setup'].flatMap(dir => runtimeFiles(join(ROOT, dir)))) {
      for (const match of readFileSync(file, 'utf8').matchAll(RE_IMPORT)) {
        const name = packageOf(match[1] ?? match[2]!)
        if (name && !(name in manifest.dependencies) && !FROM_SLIDEV.has(name))
          missing.add(`${name} (${relative(ROOT, file)})`)
      }
    }
    expect([...missing]).toEqual([])
  })
})
