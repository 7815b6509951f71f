// Timing helpers for the benchmark: a warm-up, then the median of repeated runs.
import { median } from '../median.ts'

/** Runs `task` once to warm up, then `repetitions` times; returns the median of what it reports. */
export async function medianOf(repetitions: number, task: () => Promise<number> | number): Promise<number> {
  await task()
  const results: number[] = []
  for (let i = 0; i < repetitions; i++)
    results.push(await task())
  return median(results)
}

/** Milliseconds `task` takes. */
export async function elapsedMs(task: () => Promise<unknown> | unknown): Promise<number> {
  const start = performance.now()
  await task()
  return performance.now() - start
}
