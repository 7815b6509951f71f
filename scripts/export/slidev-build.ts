// The one way a deck is built: the way `slidev build` does in Slidev 53 (node/commands/build.ts with
// resolveViteConfigs), with what differs from one use to another as options: the base path, the
// speaker notes left out (the audience's and the shared deck), and the print routes (`/print`,
// `/presenter/print`) the exports need. `slidev build` only includes those with `download: true`,
// which also makes it export a PDF through Playwright during the build; we print ourselves. Slidev 53
// does not export resolveViteConfigs, so its few lines are followed here step for step.
import type { ResolvedSlidevOptions, ResolvedSlidevUtils, SlidevPluginOptions } from '@slidev/types'
import type { InlineConfig, Plugin } from 'vite'
import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'

/** `vite.config.*` of every root Slidev reads (the theme's and addons' first, the deck's own last), as its resolveSourceFiles finds them. */
export function viteConfigFiles(roots: string[], exists: (path: string) => boolean = existsSync): string[] {
  return roots.flatMap(root => ['.mjs', '.js', '.mts', '.ts'].map(ext => join(root, `vite.config${ext}`)).filter(exists))
}

/**
 * Slidev's highlighter, one per set of roots (the project's, or `.decks/` with its links to the same
 * setup/): Slidev makes a new one for each deck it resolves, and a course builds many decks in one
 * process, which made Shiki warn that 10 instances had been created.
 */
const highlighters = new Map<string, Pick<ResolvedSlidevUtils, 'shiki' | 'shikiOptions'>>()

/** Slidev's options to build `entry` under `base`, sharing the highlighter with earlier builds of this process. */
export async function resolveBuildOptions(entry: string, base: string, withoutNotes = false): Promise<ResolvedSlidevOptions> {
  const { resolveOptions } = await import('@slidev/cli')
  const options = await resolveOptions({ entry, base, withoutNotes }, 'build')
  const key = options.roots.join('\0')
  const shared = highlighters.get(key)
  if (shared)
    Object.assign(options.utils, shared)
  else
    highlighters.set(key, { shiki: options.utils.shiki, shikiOptions: options.utils.shikiOptions })
  return options
}

export interface DeckBuild {
  /** The deck file. */
  entry: string
  outDir: string
  /** The URL path the deck is served under (`/my-lesson/` in a course, `/TOKEN/` for an audience), as `slidev build --base`. */
  base?: string
  /** Leave the speaker notes out, as `slidev build --without-notes`: a deck for others to open. */
  withoutNotes?: boolean
  /** Include the print routes the exports open. */
  printRoutes?: boolean
}

export async function buildDeck({ entry, outDir, base = '/', withoutNotes = false, printRoutes = false }: DeckBuild): Promise<void> {
  // Imported here: Slidev and Vite take a second to load, and a re-export with a current build needs neither.
  const [{ ViteSlidevPlugin }, { build, loadConfigFromFile, mergeConfig }] = await Promise.all([import('@slidev/cli'), import('vite')])
  const options = await resolveBuildOptions(entry, base, withoutNotes)
  const define = options.utils.define as Record<string, string>
  if (printRoutes)
    define.__SLIDEV_FEATURE_PRINT__ = 'true'
  const indexHtml = resolve(options.userRoot, 'index.html')
  // `slidev build` serves its generated index.html the same way.
  const indexPlugin: Plugin = {
    name: 'lesson-export:index-html',
    resolveId: { order: 'pre', handler: id => (id === indexHtml ? id : null) },
    load: { order: 'pre', handler: id => (id === indexHtml ? options.utils.indexHtml : null) },
  }
  // resolveViteConfigs: the vite.config of every root, merged in order, then the build's own settings,
  // then Slidev's plugins (given the merged config's `slidev` options) and its defines.
  let config: InlineConfig & { slidev?: SlidevPluginOptions } = {}
  for (const file of viteConfigFiles(options.roots)) {
    const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, file, options.userRoot, 'error')
    if (loaded?.config)
      config = mergeConfig(config, loaded.config)
  }
  config = mergeConfig(config, {
    logLevel: 'error',
    base,
    plugins: [indexPlugin],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: indexHtml } },
    },
  } satisfies InlineConfig)
  config = mergeConfig(config, {
    configFile: false,
    root: options.userRoot,
    plugins: await ViteSlidevPlugin(options, config.slidev),
    define: { __VUE_PROD_DEVTOOLS__: false },
  } satisfies InlineConfig)
  await build(config)
}
