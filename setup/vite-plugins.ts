// Slidev's hook for extra Vite plugins, given the resolved options: the rehearsal runtime's (see
// scripts/rehearsal/vite-plugins.ts), and on the dev server the lesson watcher of live authoring, the
// live listening endpoint (scripts/live-listen/), the relay of the presenter's position to the audience link and the warm-up (scripts/dev-server/).
import type { Plugin } from 'vite'
import { liveLesson } from '../scripts/dev-server/live-lesson.ts'
import { presenterRelay } from '../scripts/dev-server/presenter-position.ts'
import { warmUp } from '../scripts/dev-server/warm-up.ts'
import { listenEndpoint } from '../scripts/live-listen/endpoint.ts'
import { rehearsalVitePlugins } from '../scripts/rehearsal/vite-plugins.ts'

interface SlidevOptions {
  withoutNotes?: boolean
  clientRoot: string
  data: { slides: unknown[] }
}

export default function vitePlugins(options: SlidevOptions): Plugin[] {
  return [...rehearsalVitePlugins(options), liveLesson(), listenEndpoint(), presenterRelay(), warmUp(options.clientRoot, options.data.slides.length)]
}
