// File I/O with the guarantees the commands promise: clear errors naming the file, and writes
// that either land whole or leave the old file as it was.
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { LessonError } from './lesson/errors.ts'

/** Reads a file as UTF-8 text; unreadable or non-UTF-8 files raise a LessonError at the offending spot. */
export async function readUtf8(path: string, shownAs: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  }
  catch (error) {
    throw new LessonError('UNREADABLE', shownAs, { line: 1, column: 1 }, `cannot read the lesson (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected a readable Markdown file`)
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  }
  catch {
    const offset = firstInvalidUtf8(bytes)
    const before = bytes.subarray(0, offset)
    const line = before.filter(byte => byte === 0x0A).length + 1
    const column = offset - before.lastIndexOf(0x0A)
    throw new LessonError('NOT_UTF8', shownAs, { line, column }, `byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} is not UTF-8 text; expected the lesson saved as UTF-8`)
  }
}

/** Offset of the first byte where UTF-8 decoding fails. */
function firstInvalidUtf8(bytes: Buffer): number {
  const decoder = new TextDecoder('utf-8', { fatal: true })
  let low = 0
  let high = bytes.length
  // The longest valid prefix, found by halving: decoding a prefix fails once it holds the bad byte.
  while (low < high) {
    const mid = Math.ceil((low + high) / 2)
    try {
      decoder.decode(bytes.subarray(0, mid), { stream: true })
      low = mid
    }
    catch {
      high = mid - 1
    }
  }
  return low
}

/** Writes beside the target, then renames over it: readers see the old file or the new one, never half. */
export async function writeAtomically(path: string, data: string | Uint8Array): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data)
    await rename(temp, path)
  }
  catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
