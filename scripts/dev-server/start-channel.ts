// The dev server runs as a child of `npm start`, with an IPC channel: it tells start when its first
// page is compiled (warm: hand the port over to it), when the deck was rewritten (rebuild the
// audience deck) and where the presenter is.
import type { Position } from '../audience/messages.ts'
import process from 'node:process'

export type StartMessage
  = | { type: 'warm' }
    | { type: 'deck-written', deck: string }
    | { type: 'presenter-position', position: Position }

/** Sends `message` to `npm start` when it listens; run on its own, the dev server does nothing. */
export function tellStart(message: StartMessage): void {
  if (process.send && process.connected)
    process.send(message)
}

export function isStartMessage(value: unknown): value is StartMessage {
  const type = (value as { type?: unknown } | null)?.type
  return type === 'warm' || type === 'deck-written' || type === 'presenter-position'
}
