// The commands' one error path: a CliError is told once as `NAME: message` and becomes its exit status.
import { describe, expect, it } from 'vitest'
import { CliError, parseUsage, runCommand, startOf } from '../../scripts/errors.ts'

function collect(): { lines: string[], err: (text: string) => void } {
  const lines: string[] = []
  return { lines, err: text => lines.push(text) }
}

describe('runCommand', () => {
  it('tells a CliError with the command\'s name and its location, and returns its exit status', async () => {
    const { lines, err } = collect()
    const status = await runCommand('generate', err, () => {
      throw new CliError('NO_TITLE', 'expected a `# Title`', { file: 'lessons/x.md', line: 3, column: 1 })
    })
    expect(status).toBe(2)
    expect(lines).toEqual(['generate: lessons/x.md:3:1: expected a `# Title`'])
  })

  it.each([['USAGE', 2], ['HAND_EDITED', 2], ['NO_BROWSER', 2], ['BUILD', 1], ['VERIFY', 1], ['BAD_RUN', 1]] as const)('maps %s to exit status %i', async (code, status) => {
    expect(await runCommand('x', () => {}, () => Promise.reject(new CliError(code, 'no')))).toBe(status)
  })

  it('returns the body\'s own status when nothing is thrown', async () => {
    expect(await runCommand('x', () => {}, async () => 1)).toBe(1)
  })

  it('lets any other error through: it is a bug, not bad input', async () => {
    const { lines, err } = collect()
    await expect(runCommand('x', err, () => {
      throw new TypeError('boom')
    })).rejects.toThrow(TypeError)
    expect(lines).toEqual([])
  })
})

describe('parseUsage', () => {
  it('turns an argument parser\'s error into a USAGE error ending with the usage line', () => {
    const thrown = (() => {
      try {
        parseUsage('usage: x [--y]', () => {
          throw new TypeError('Unknown option \'--z\'')
        })
      }
      catch (error) {
        return error
      }
    })()
    expect(thrown).toMatchObject({ code: 'USAGE', exitStatus: 2, message: 'Unknown option \'--z\'\nusage: x [--y]' })
  })

  it('names the start of a file for problems with the whole file', () => {
    expect(new CliError('UNWRITABLE', 'cannot write', startOf('slides.md')).message).toBe('slides.md:1:1: cannot write')
  })
})
