// The course bench's per-lesson figure: a lesson's steps summed within one run, each run a sample.
import { describe, expect, it } from 'vitest'
import { lessonSeconds } from '../../../scripts/bench/course.ts'

describe('lessonSeconds', () => {
  it('sums a lesson\'s steps within a run and keeps runs apart', () => {
    const run = (build: number) => [
      { slug: 'a', seconds: build },
      { slug: 'a', seconds: 1 },
      { slug: 'b', seconds: 2 },
    ]
    expect(lessonSeconds([run(3), run(5)])).toEqual([4, 2, 6, 2])
  })
})
