// The CPU time of everything a command starts, counted by a Linux control group: Chromium's renderers
// and GPU process are forked by its zygote and never waited for by our processes, so the children's
// times of getrusage (what `time` reports) miss them, a quarter of an export's CPU. A process put in a
// group keeps every process it forks there, waited for or not. Needs a writable cgroup (root on Linux);
// elsewhere the caller falls back to the children's times and says so.
import { mkdir, readFile, rmdir } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'

export interface CpuGroup {
  /** How the CPU is counted, for the report: `cgroup v2`, `cgroup v1 cpuacct`. */
  kind: string
  /** The command to run in place of `command args…`: it moves itself into the group, then runs them. */
  wrap: (command: string, args: string[]) => { command: string, args: string[] }
  /** User + system CPU seconds of every process that has been in the group. */
  cpuSeconds: () => Promise<number>
  /** Removes the group; any process still in it is stopped first. */
  remove: () => Promise<void>
}

interface Hierarchy { kind: string, root: string, usage: (dir: string) => Promise<number> }

const HIERARCHIES: Hierarchy[] = [
  { kind: 'cgroup v2', root: '/sys/fs/cgroup', usage: v2Usage },
  { kind: 'cgroup v2', root: '/sys/fs/cgroup/unified', usage: v2Usage },
  { kind: 'cgroup v1 cpuacct', root: '/sys/fs/cgroup/cpuacct', usage: async dir => Number(await readFile(join(dir, 'cpuacct.usage'), 'utf8')) / 1e9 },
]

async function v2Usage(dir: string): Promise<number> {
  const stat = await readFile(join(dir, 'cpu.stat'), 'utf8')
  return Number(/^usage_usec (\d+)/m.exec(stat)?.[1] ?? Number.NaN) / 1e6
}

let groups = 0

/** A new, empty group for one measured command, or undefined when this machine lets us make none. */
export async function openCpuGroup(): Promise<CpuGroup | undefined> {
  for (const hierarchy of HIERARCHIES) {
    const dir = join(hierarchy.root, `lesson-decks-bench-${process.pid}-${groups++}`)
    const counts = await mkdir(dir).then(() => hierarchy.usage(dir)).then(Number.isFinite, () => false)
    if (!counts) {
      await rmdir(dir).catch(() => undefined)
      continue
    }
    return {
      kind: hierarchy.kind,
      // The shell joins the group before it becomes the command, so the command's first fork is counted.
      wrap: (command, args) => ({ command: 'sh', args: ['-c', 'echo $$ > "$0" && exec "$@"', join(dir, 'cgroup.procs'), command, ...args] }),
      cpuSeconds: () => hierarchy.usage(dir),
      remove: async () => {
        for (let attempt = 0; attempt < 20; attempt++) {
          const left = (await readFile(join(dir, 'cgroup.procs'), 'utf8').catch(() => '')).split('\n').filter(Boolean).map(Number)
          for (const pid of left) {
            try {
              process.kill(pid, 'SIGKILL')
            }
            catch {}
          }
          if (await rmdir(dir).then(() => true, () => false))
            return
          await new Promise(done => setTimeout(done, 50))
        }
      },
    }
  }
  return undefined
}
