// Writes an export so that the output path only ever holds a checked file: the bytes go to a
// temporary file beside it, are verified there, and only then replace what was at the path.
import { randomBytes } from 'node:crypto'
import { mkdir, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { ExportError } from './errors.ts'

/** `verify` gets the temporary file and returns its problems; any problem leaves `path` as it was. */
export async function publishVerified(path: string, bytes: Uint8Array, verify: (file: string) => Promise<string[]>): Promise<void> {
  await mkdir(dirname(path), { recursive: true })
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, bytes)
    const problems = await verify(temp)
    if (problems.length > 0)
      throw new ExportError('VERIFY', `${basename(path)} failed its checks, so it was not written:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    await rename(temp, path)
  }
  finally {
    await rm(temp, { force: true })
  }
}
