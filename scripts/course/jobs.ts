// How many lessons a course build takes on at once when `--jobs` is not given: one per core, but no
// more than the free memory holds. Each job is a process with its own Slidev build and Chromium, so
// memory grows with the jobs; a laptop with many cores and little free memory gets fewer jobs rather
// than swapping.
import { readFileSync } from 'node:fs'
import { availableParallelism, freemem } from 'node:os'

/**
 * What one job holds at its peak (its Node process with a Slidev build, and its Chromium): the bench
 * measured 3.2 GB for two jobs and their parent (course_peak_mb).
 */
export const JOB_MEMORY_MB = 1500
/** Left to the rest of the machine: the command's own process, the editor, the desktop. */
export const KEEP_FREE_MB = 1024

export interface JobsChoice {
  jobs: number
  /** Why that many, for the first progress line. */
  why: string
}

/** Jobs for `cores` and `freeMb` of memory available: at least one, whatever the memory. */
export function defaultJobs(cores: number, freeMb: number): JobsChoice {
  const fit = Math.floor((freeMb - KEEP_FREE_MB) / JOB_MEMORY_MB)
  const jobs = Math.max(1, Math.min(cores, fit))
  const gb = (freeMb / 1024).toFixed(1)
  const limit = jobs < cores ? `memory: ${gb} GB free holds ${jobs} at about ${JOB_MEMORY_MB} MB each` : `${cores} cores, ${gb} GB free at about ${JOB_MEMORY_MB} MB a job`
  return { jobs, why: `${jobs} job${jobs > 1 ? 's' : ''} at once (${limit}); --jobs N to choose` }
}

/** Memory the kernel could give new processes without swapping: MemAvailable where Linux reports it, else free memory. */
export function availableMemoryMb(meminfo = readMeminfo()): number {
  const available = /^MemAvailable:\s+(\d+) kB/m.exec(meminfo)
  return available ? Number(available[1]) / 1024 : freemem() / 1024 / 1024
}

function readMeminfo(): string {
  try {
    return readFileSync('/proc/meminfo', 'utf8')
  }
  catch {
    return ''
  }
}

export function machineJobs(): JobsChoice {
  return defaultJobs(availableParallelism(), availableMemoryMb())
}
