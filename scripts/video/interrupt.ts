// Ctrl-C or a kill while rendering: the programs and Chromium stop, the scratch files go, and no
// partial video is left (the MP4 is only ever renamed into place once checked).
import process from 'node:process'
import { stopPrograms } from './children.ts'

const SIGNALS = ['SIGINT', 'SIGTERM'] as const
const EXIT_BY_SIGNAL = { SIGINT: 130, SIGTERM: 143 }

/** Runs `cleanup` then exits on SIGINT/SIGTERM until the returned function is called. */
export function onInterrupt(cleanup: () => Promise<void>): () => void {
  const handler = (signal: (typeof SIGNALS)[number]) => {
    stopPrograms()
    void cleanup().finally(() => process.exit(EXIT_BY_SIGNAL[signal]))
  }
  for (const signal of SIGNALS)
    process.on(signal, handler)
  return () => {
    for (const signal of SIGNALS)
      process.off(signal, handler)
  }
}
