// How many clicks a drawn diagram takes: the one rule the planner and the component both follow.
import type { Drawing } from '../types.ts'

/** The last click at which any part of the drawing appears. */
export function drawingClicks(drawing: Drawing): number {
  return Math.max(0, ...drawing.boxes.map(box => box.at), ...drawing.lines.map(line => line.at), ...drawing.labels.map(label => label.at))
}
