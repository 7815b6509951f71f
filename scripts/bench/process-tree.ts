// Runs a command and samples the memory of its whole process tree (npm, node, Chromium and its
// helpers), because an export's peak is the sum of those processes, not any one of them.
import type { Buffer } from 'node:buffer'
import { spawn } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { openCpuGroup } from './cpu-group.ts'

export interface RunFigures {
  seconds: number
  /** User + system CPU of the whole tree: by a control group where one can be made, else of the processes it waited for. */
  cpuSeconds: number
  /** How cpuSeconds was counted: `cgroup v2`, `cgroup v1 cpuacct`, or `waited-for children` (which misses Chromium's helpers). */
  cpuCountedBy: string
  peakMb: number
  /** What the command said on stderr: its progress. */
  stderr: string
  code: number
}

/** PID → parent PID for every process, read from /proc. */
async function parents(): Promise<Map<number, number>> {
  const map = new Map<number, number>()
  for (const name of await readdir('/proc')) {
    if (!/^\d+$/.test(name))
      continue
    const stat = await readFile(`/proc/${name}/stat`, 'utf8').catch(() => '')
    // Field 4 is the parent; the command name in field 2 may hold spaces, so count from its closing ')'.
    const parent = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1])
    if (parent)
      map.set(Number(name), parent)
  }
  return map
}

async function treePssKb(root: number): Promise<number> {
  const tree = new Set([root])
  const all = await parents()
  let grew = true
  while (grew) {
    grew = false
    for (const [pid, parent] of all) {
      if (tree.has(parent) && !tree.has(pid)) {
        tree.add(pid)
        grew = true
      }
    }
  }
  // Proportional set size: memory shared between Chromium's processes is counted once, not per process.
  let kb = 0
  for (const pid of tree) {
    const rollup = await readFile(`/proc/${pid}/smaps_rollup`, 'utf8').catch(() => '')
    kb += Number(/^Pss:\s+(\d+)/m.exec(rollup)?.[1] ?? 0)
  }
  return kb
}

/** Runs the command; with `sample`, also polls its tree's memory (which costs some CPU, so time without it). */
/** CPU seconds of this process's children that have ended and been waited for (Linux; 0 elsewhere). */
export async function childrenCpuSeconds(): Promise<number> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => '')
  if (!stat)
    return 0
  // Fields 16 and 17 (cutime, cstime), counted after the command name's closing ')', in clock ticks of 1/100 s.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

export async function runMeasured(command: string, args: string[], cwd: string, sample = false, sampleMs = 25): Promise<RunFigures> {
  const group = await openCpuGroup()
  const cpuBefore = await childrenCpuSeconds()
  const start = performance.now()
  const run = group?.wrap(command, args) ?? { command, args }
  const child = spawn(run.command, run.args, { cwd, stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk))
  let peakKb = 0
  const stopSampling = new AbortController()
  if (!sample)
    stopSampling.abort()
  const sampling = (async () => {
    while (!stopSampling.signal.aborted) {
      peakKb = Math.max(peakKb, await treePssKb(child.pid!))
      await new Promise(done => setTimeout(done, sampleMs))
    }
  })()
  const code = await new Promise<number>(done => child.on('exit', c => done(c ?? 1)))
  const seconds = (performance.now() - start) / 1000
  const cpuSeconds = group ? await group.cpuSeconds() : await childrenCpuSeconds() - cpuBefore
  stopSampling.abort()
  await sampling
  await group?.remove()
  if (code !== 0)
    throw new Error(`${command} ${args.join(' ')} exited ${code}:\n${stderr}`)
  return { seconds, cpuSeconds, cpuCountedBy: group?.kind ?? 'waited-for children', peakMb: peakKb / 1024, code, stderr }
}
