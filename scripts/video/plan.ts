// Clicks → timeline: where each click step starts and ends in the video, in whole frames, and when
// its words are said. Pure. Every time is a frame boundary, so a click changes the picture exactly
// on the frame its time names and the sound is placed on the same boundary.
import type { VideoStep } from './steps.ts'

export const FPS = 30
/** A step with few or no words still stays on screen long enough to be seen. */
export const MIN_STEP_SECONDS = 1.5
/** The breath a draft leaves after each chunk of speech before the next click. */
export const PAUSE_SECONDS = 0.5

export interface TimedStep {
  step: VideoStep
  /** First frame of the step (the click's frame). */
  startFrame: number
  /** Frames the step lasts. */
  frames: number
  /** When its words are said, in seconds from the start of the video. */
  speechStart: number
  speechEnd: number
}

export interface Timeline {
  fps: number
  steps: TimedStep[]
  totalFrames: number
}

export function seconds(frames: number, fps = FPS): number {
  return frames / fps
}

/**
 * A draft's timeline: each step lasts its speech plus a pause (at least MIN_STEP_SECONDS), and the
 * next click comes when it ends. `speechSeconds[i]` is how long step i's words take.
 */
export function draftTimeline(steps: VideoStep[], speechSeconds: number[], fps = FPS): Timeline {
  let frame = 0
  const timed = steps.map((step, i) => {
    const speech = speechSeconds[i] ?? 0
    const frames = Math.ceil(Math.max(MIN_STEP_SECONDS, speech + PAUSE_SECONDS) * fps)
    const startFrame = frame
    frame += frames
    const speechStart = startFrame / fps
    return { step, startFrame, frames, speechStart, speechEnd: speechStart + speech }
  })
  return { fps, steps: timed, totalFrames: frame }
}

/** Seconds the words of a step take at a planned pace (words a minute). */
export function pacedSeconds(step: VideoStep, wordsPerMinute: number): number {
  return step.words * 60 / wordsPerMinute
}

/**
 * A take's timeline: each step lasts what the speaker spent on it (`stepMs[i]`), starting where the
 * one before ended; its words fill the whole step. Starts are rounded from the running total, so no
 * rounding error builds up over a long take, and a step the speaker skipped lasts no frame at all.
 */
export function takeTimeline(steps: VideoStep[], stepMs: number[], fps = FPS): Timeline {
  let elapsedMs = 0
  let frame = 0
  const timed = steps.map((step, i) => {
    elapsedMs += stepMs[i] ?? 0
    const endFrame = Math.max(frame, Math.round(elapsedMs * fps / 1000))
    const startFrame = frame
    frame = endFrame
    return { step, startFrame, frames: endFrame - startFrame, speechStart: startFrame / fps, speechEnd: endFrame / fps }
  })
  return { fps, steps: timed, totalFrames: frame }
}
