// Progress of a long phase on stderr: `capture  frames 1200/8100 (15 %), 42 s left`, at most once a second.

export function frameProgress(phase: string, total: number, log: (line: string) => void, now: () => number = () => performance.now()): (done: number) => void {
  const started = now()
  let told = -Infinity
  return (done) => {
    const at = now()
    if (at - told < 1000 && done < total)
      return
    told = at
    const rate = done / Math.max(1, at - started)
    const left = rate > 0 ? Math.ceil((total - done) / rate / 1000) : undefined
    log(`${phase}  frames ${done}/${total} (${Math.floor(done * 100 / Math.max(1, total))} %)${done < total && left !== undefined ? `, ${left} s left` : ''}`)
  }
}
