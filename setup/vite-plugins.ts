// Slidev's hook for extra Vite plugins, given the resolved options: the rehearsal runtime's (see
// scripts/rehearsal/vite-plugins.ts), and on the dev server the lesson watcher of live authoring and
// the relay of the presenter's position to the audience link (scripts/dev-server/).
import type { Plugin } from 'vite'
import { liveLesson } from '../scripts/dev-server/live-lesson.ts'
import { presenterRelay } from '../scripts/dev-server/presenter-position.ts'
import { rehearsalVitePlugins } from '../scripts/rehearsal/vite-plugins.ts'

export default function vitePlugins(options: { withoutNotes?: boolean }): Plugin[] {
  return [...rehearsalVitePlugins(options), liveLesson(), presenterRelay()]
}
