// A long-running child (Slidev's dev server) lives exactly as long as the command that started it.
// `npm start` is stopped in several ways: Ctrl-C reaches the whole process group, but a process
// manager, an editor task or a test harness sends SIGTERM or SIGHUP to npm alone, and npm's shell
// may die without passing it on. So each stop signal is passed to the child, and a command left
// without its parent stops the child as if it had been sent SIGHUP.
import type { ChildProcess } from 'node:child_process'
import process from 'node:process'

export const STOP_SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const
/** How often the parent is looked for: a reparented process has no other notice of it. */
const PARENT_POLL_MS = 500
/** The command's parent when it started: a child tied later must still stop if that parent is gone already. */
const PARENT = process.ppid
/** A child that has not stopped this long after a stop signal is killed. */
const STOP_GRACE_MS = 5_000

/** Ties `child` to this process; returns the function that unties it (call it once the child exited). */
export function tieChild(child: ChildProcess, pollMs = PARENT_POLL_MS): () => void {
  const parent = PARENT
  let killer: NodeJS.Timeout | undefined
  const stop = (signal: NodeJS.Signals) => {
    // SIGHUP means the terminal is gone; the child is asked to stop the ordinary way.
    child.kill(signal === 'SIGHUP' ? 'SIGTERM' : signal)
    killer ??= setTimeout(() => child.kill('SIGKILL'), STOP_GRACE_MS).unref()
  }
  for (const signal of STOP_SIGNALS)
    process.on(signal, stop)
  const watch = setInterval(() => {
    if (process.ppid !== parent)
      stop('SIGHUP')
  }, pollMs).unref()
  return () => {
    for (const signal of STOP_SIGNALS)
      process.off(signal, stop)
    clearInterval(watch)
    clearTimeout(killer)
  }
}

/** The exit code a command reports for its child: a child stopped by a stop signal ended as asked. */
export function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  return code ?? (signal !== null && (STOP_SIGNALS as readonly string[]).includes(signal) ? 0 : 1)
}
