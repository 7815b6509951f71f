// Merged by Slidev into its own Vite config. The dev server gets the rehearsal endpoint, which saves
// the presenter view's runs under rehearsals/ (or REHEARSALS_DIR, which tests point elsewhere), the
// lesson watcher of live authoring, and the relay of the presenter's position to the audience server.
import { defineConfig } from 'vite'
import { liveLesson } from './scripts/dev-server/live-lesson.ts'
import { presenterRelay } from './scripts/dev-server/presenter-position.ts'
import { rehearsalEndpoint } from './scripts/rehearsal/endpoint.ts'

export default defineConfig({
  plugins: [rehearsalEndpoint(process.env.REHEARSALS_DIR || undefined), liveLesson(), presenterRelay()],
})
