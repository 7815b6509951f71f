// The bench's CPU count of a command's whole process tree: a process the command starts and never
// waits for (as Chromium's zygote starts its renderers) is counted where a control group can be made.
import { existsSync, readdirSync } from 'node:fs'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openCpuGroup } from '../../../scripts/bench/cpu-group.ts'
import { runMeasured } from '../../../scripts/bench/process-tree.ts'

/** About 0.4 s of one core's work, then a file to say it is done. */
const BURN = 'let x = 0; for (let i = 0; i < 3e8; i++) x = (x * 31 + i) % 1000003; require("fs").writeFileSync(process.argv[1], String(x))'

const canGroup = await openCpuGroup().then(async (group) => {
  await group?.remove()
  return group !== undefined
})

describe.runIf(canGroup)('runMeasured on Linux with control groups', () => {
  let dir: string
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'cpu-group-'))
  })
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true })
  })

  it('counts the CPU of a process its command left running and never waited for', async () => {
    const done = join(dir, 'done')
    // The shell starts the burner in a subshell that exits at once: the burner is nobody's child to wait for.
    const script = `( "${process.execPath}" -e '${BURN}' "${done}" & ) ; while [ ! -e "${done}" ]; do sleep 0.05; done`
    const run = await runMeasured('sh', ['-c', script], dir)
    expect(existsSync(done)).toBe(true)
    expect(run.cpuCountedBy).toMatch(/^cgroup/)
    expect(run.cpuSeconds).toBeGreaterThan(0.2)
  })

  it('leaves no group behind', async () => {
    await runMeasured('true', [], dir)
    const roots = ['/sys/fs/cgroup', '/sys/fs/cgroup/unified', '/sys/fs/cgroup/cpuacct']
    const left = roots.filter(root => existsSync(root))
      .flatMap(root => readdirSync(root).filter(name => name.startsWith(`lesson-decks-bench-${process.pid}-`)))
    expect(left).toEqual([])
  })
})
