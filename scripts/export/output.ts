// Writes an export so that the output path only ever holds a checked file: the bytes go to a
// temporary file beside it, are verified there, and only then replace what was at the path.
import { mkdir } from 'node:fs/promises'
import { basename, dirname } from 'node:path'
import { CliError } from '../errors.ts'
import { writeAtomically } from '../io.ts'

/** `verify` gets the temporary file and returns its problems; any problem leaves `path` as it was. */
export async function publishVerified(path: string, bytes: Uint8Array, verify: (file: string) => Promise<string[]>): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  await writeAtomically(path, bytes, async (temp) => {
    const problems = await verify(temp)
    if (problems.length > 0)
      throw new CliError('VERIFY', `${basename(path)} failed its checks, so it was not written:\n${problems.map(p => `  - ${p}`).join('\n')}`)
  })
}
