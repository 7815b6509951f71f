// Run by `npm start` at the lowest priority once the speaker has left the deck alone, and again after
// edits (next-start-build.ts): builds the deck into the build cache when it changed, so the next start
// opens it at once (scripts/dev-server/front-door.ts).
// Usage: node scripts/dev-server/prebuild.ts ROOT DECK
import { join } from 'node:path'
import process from 'node:process'
import { BUILD_CACHE, ensureBuilt } from '../export/build-cache.ts'

const [root, deck] = process.argv.slice(2)
if (root && deck)
  await ensureBuilt(root, deck, join(root, BUILD_CACHE), () => undefined)
