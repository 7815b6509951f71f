// How many lessons `npm run build` takes on at once without --jobs: one per core, as far as the free
// memory holds them, and it says why.
import { describe, expect, it } from 'vitest'
import { parseCourseArgs } from '../../scripts/course/args.ts'
import { availableMemoryMb, defaultJobs, JOB_MEMORY_MB, KEEP_FREE_MB } from '../../scripts/course/jobs.ts'

describe('defaultJobs', () => {
  it('takes one job per core when the memory holds them', () => {
    expect(defaultJobs(8, 16 * 1024)).toEqual({ jobs: 8, why: '8 jobs at once (8 cores, 16.0 GB free at about 1500 MB a job); --jobs N to choose' })
  })

  it('takes fewer jobs than cores when the free memory holds fewer, and says so', () => {
    const choice = defaultJobs(16, KEEP_FREE_MB + 3 * JOB_MEMORY_MB + 10)
    expect(choice.jobs).toBe(3)
    expect(choice.why).toMatch(/^3 jobs at once \(memory: 5.4 GB free holds 3 at about 1500 MB each\)/)
  })

  it('takes one job however little memory is free', () => {
    expect(defaultJobs(4, 200).jobs).toBe(1)
    expect(defaultJobs(1, 64 * 1024).jobs).toBe(1)
  })
})

describe('availableMemoryMb', () => {
  it('reads MemAvailable, which counts the page cache the kernel can give back', () => {
    expect(availableMemoryMb('MemTotal:       24683520 kB\nMemFree:         1048576 kB\nMemAvailable:   20971520 kB\n')).toBe(20480)
  })
})

describe('parseCourseArgs --jobs', () => {
  const usage = 'usage: build'
  it('takes --jobs as given, and says nothing about the machine', () => {
    expect(parseCourseArgs(usage, ['--jobs', '3'], 'dist', true)).toMatchObject({ jobs: 3 })
    expect(parseCourseArgs(usage, ['--jobs', '3'], 'dist', true).jobsWhy).toBeUndefined()
  })

  it('without --jobs, lets the machine choose and gives the reason', () => {
    const args = parseCourseArgs(usage, [], 'dist', true)
    expect(args.jobs).toBeGreaterThanOrEqual(1)
    expect(args.jobsWhy).toMatch(new RegExp(`^${args.jobs} jobs? at once \\(`))
  })
})
