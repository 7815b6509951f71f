// Where the presenter is: each presenter view reports its slide and click over the dev server's own
// HMR WebSocket (components/PresenterPosition.vue), a connection that is always open, so a report never
// queues behind the page's module requests. A presenter window that opens (or reloads) reports where
// it starts; that is not a move: it counts only once that window has moved, so a second window or a
// reload never sends the audience somewhere the speaker didn't go.
import type { Plugin } from 'vite'
import type { Position } from '../audience/messages.ts'
import type { PresenterReport } from './hmr-events.ts'
import { PRESENTER_POSITION_EVENT } from './hmr-events.ts'
import { tellStart } from './start-channel.ts'

/** A report as the client sent it, or undefined for anything malformed. */
export function presenterReportOf(data: unknown): PresenterReport | undefined {
  const report = data as { window?: unknown, position?: { page?: unknown, clicks?: unknown } } | null
  const page = report?.position?.page
  const clicks = report?.position?.clicks
  if (typeof report?.window !== 'string' || !Number.isInteger(page) || (page as number) < 1 || !Number.isInteger(clicks) || (clicks as number) < 0)
    return undefined
  return { window: report.window, position: { page: page as number, clicks: clicks as number } }
}

const same = (a: Position | undefined, b: Position) => a !== undefined && a.page === b.page && a.clicks === b.clicks

/**
 * Turns presenter reports into the audience's one position. Returns the position to send on, or
 * undefined when the audience should stay where it is.
 */
export function presenterPosition(): (report: PresenterReport) => Position | undefined {
  let current: Position | undefined
  /** Where each window that has not moved yet started. */
  const startedAt = new Map<string, Position>()
  const moved = new Set<string>()
  return ({ window, position }) => {
    if (current !== undefined && !moved.has(window)) {
      const start = startedAt.get(window)
      if (start === undefined) {
        startedAt.set(window, position)
        return undefined
      }
      if (same(start, position))
        return undefined
      startedAt.delete(window)
    }
    moved.add(window)
    if (same(current, position))
      return undefined
    current = position
    return position
  }
}

/** The Vite plugin: passes each move of the presenter on to `npm start`. */
export function presenterRelay(): Plugin {
  return {
    name: 'lesson-decks:presenter-relay',
    apply: 'serve',
    configureServer(server) {
      const next = presenterPosition()
      server.ws.on(PRESENTER_POSITION_EVENT, (data: unknown) => {
        const report = presenterReportOf(data)
        const position = report && next(report)
        if (position)
          tellStart({ type: 'presenter-position', position })
      })
    },
  }
}
