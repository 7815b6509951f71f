// Timing helpers for the benchmark: a warm-up, then the median of repeated runs.

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

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
