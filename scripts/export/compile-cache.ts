// Preloaded by `npm start`, `npm run export`, `npm run handout`, `npm run build` and its jobs (node --import): Node keeps the code it compiled
// (Playwright, pdf-lib, Slidev's parser, our TypeScript with its types stripped) in .cache/, so a
// re-export loads its modules from there instead of compiling them again. Stale entries are never
// used: Node checks each against the file's content.
import { enableCompileCache } from 'node:module'
import { join } from 'node:path'

/** Where the compiled code is kept; also given to the processes we start (Slidev's dev server) as NODE_COMPILE_CACHE. */
export const COMPILE_CACHE_DIR = join(import.meta.dirname, '../../.cache/node-compile')

enableCompileCache(COMPILE_CACHE_DIR)
