// Where the presenter view's Listen switch talks to the dev server (endpoint.ts), and what it hears
// back. Browser-safe: the presenter view imports it.

export const LISTEN_START = '/__listen/start'
export const LISTEN_AUDIO = '/__listen/audio'
export const LISTEN_STOP = '/__listen/stop'

/** A sentence the presenter view marks: where the notes have it. */
export interface LiveSentence {
  text: string
  /** 1-based slide, and the clicks shown while it is said. */
  slide: number
  click: number
}

/** Where the speaker is, as each piece of audio is answered. */
export interface Where {
  /** The sentence being said (index into the sentences); -1 until the first is heard. */
  sentence: number
  /** Whether it has been said to its end. */
  finished: boolean
  /** Seconds of audio received. */
  seconds: number
  /** Why the recogniser stopped (not installed, say); pauses still move the place. */
  problem?: string
}
