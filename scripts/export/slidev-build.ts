// Builds a deck with Slidev's own resolver and Vite plugins, like `slidev build`, plus the print
// routes (`/print`, `/presenter/print`). `slidev build` only includes them with `download: true`,
// which also makes it export a PDF through Playwright during the build; we print ourselves.
import { resolve } from 'node:path'
import type { Plugin } from 'vite'

/** `base` is the URL path the deck is served under (`/my-lesson/` in a course), as `slidev build --base`. */
export async function buildPrintableDeck(entry: string, outDir: string, base = '/'): Promise<void> {
  // Imported here: Slidev and Vite take a second to load, and a re-export with a current build needs neither.
  const [{ resolveOptions, ViteSlidevPlugin }, { build, loadConfigFromFile, mergeConfig }] = await Promise.all([import('@slidev/cli'), import('vite')])
  const options = await resolveOptions({ entry, base }, 'build')
  const define = options.utils.define as Record<string, string>
  define.__SLIDEV_FEATURE_PRINT__ = 'true'
  const indexHtml = resolve(options.userRoot, 'index.html')
  // `slidev build` serves its generated index.html the same way (node/commands/build.ts).
  const indexPlugin: Plugin = {
    name: 'lesson-export:index-html',
    resolveId: { order: 'pre', handler: id => (id === indexHtml ? id : null) },
    load: { order: 'pre', handler: id => (id === indexHtml ? options.utils.indexHtml : null) },
  }
  // A project's own vite.config is honoured, as `slidev build` does.
  const own = await loadConfigFromFile({ command: 'build', mode: 'production' }, undefined, options.userRoot, 'error')
  await build(mergeConfig(own?.config ?? {}, {
    configFile: false,
    root: options.userRoot,
    base,
    logLevel: 'error',
    define: { __VUE_PROD_DEVTOOLS__: false },
    plugins: [indexPlugin, await ViteSlidevPlugin(options, {}, {})],
    build: {
      outDir,
      emptyOutDir: true,
      chunkSizeWarningLimit: 2000,
      rollupOptions: { input: { index: indexHtml } },
    },
  }))
}
