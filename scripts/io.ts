// File I/O with the guarantees the commands promise: clear errors naming the file, and writes
// that either land whole or leave the old file as it was.
import type { Buffer } from 'node:buffer'
import { randomBytes } from 'node:crypto'
import { readFile, rename, rm, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { CliError, startOf } from './errors.ts'

/** Reads a file as UTF-8 text; unreadable or non-UTF-8 files raise a CliError at the offending spot. */
export async function readUtf8(path: string, shownAs: string): Promise<string> {
  let bytes: Buffer
  try {
    bytes = await readFile(path)
  }
  catch (error) {
    throw new CliError('UNREADABLE', `cannot read the lesson (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); expected a readable Markdown file`, startOf(shownAs))
  }
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes)
  }
  catch {
    const offset = firstInvalidUtf8(bytes)
    const before = bytes.subarray(0, offset)
    const line = before.filter(byte => byte === 0x0A).length + 1
    const column = offset - before.lastIndexOf(0x0A)
    throw new CliError('NOT_UTF8', `byte 0x${bytes[offset]!.toString(16).padStart(2, '0')} is not UTF-8 text; expected the lesson saved as UTF-8`, { file: shownAs, line, column })
  }
}

/** Offset of the lead byte of the first sequence that is not well-formed UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0
  while (i < bytes.length) {
    const lead = bytes[i]!
    const length = lead < 0x80 ? 1 : lead >= 0xC2 && lead < 0xE0 ? 2 : lead >= 0xE0 && lead < 0xF0 ? 3 : lead >= 0xF0 && lead < 0xF5 ? 4 : 0
    if (length === 0)
      return i
    for (let k = 1; k < length; k++) {
      if (((bytes[i + k] ?? 0) & 0xC0) !== 0x80)
        return i
    }
    // Overlong forms, surrogates and code points past U+10FFFF are not UTF-8 either.
    const cp = length === 3
      ? ((lead & 0x0F) << 12) | ((bytes[i + 1]! & 0x3F) << 6)
      : length === 4 ? ((lead & 0x07) << 18) | ((bytes[i + 1]! & 0x3F) << 12) : 0x800
    if ((length === 3 && (cp < 0x800 || (cp >= 0xD800 && cp <= 0xDFFF))) || (length === 4 && (cp < 0x10000 || cp > 0x10FFFF)))
      return i
    i += length
  }
  return bytes.length
}

/**
 * Writes beside the target, then renames over it: readers see the old file or the new one, never half.
 * `check` gets the written temporary file first; if it throws, the target is left as it was.
 */
export async function writeAtomically(path: string, data: string | Uint8Array, check?: (temp: string) => Promise<void>): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    await writeFile(temp, data)
    await check?.(temp)
    await rename(temp, path)
  }
  catch (error) {
    await rm(temp, { force: true })
    throw error
  }
}
