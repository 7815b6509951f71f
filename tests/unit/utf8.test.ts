import { Buffer } from 'node:buffer'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { firstInvalidUtf8 } from '../../scripts/io.ts'

describe('firstInvalidUtf8', () => {
  it('agrees with the platform decoder on whether bytes are UTF-8', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 24 }), (bytes) => {
      let valid = true
      try {
        new TextDecoder('utf-8', { fatal: true }).decode(bytes)
      }
      catch {
        valid = false
      }
      expect(firstInvalidUtf8(bytes) === bytes.length).toBe(valid)
    }), { numRuns: 5000 })
  })

  it('points at the lead byte of the broken sequence', () => {
    expect(firstInvalidUtf8(Buffer.from([0x41, 0xE9, 0x0A]))).toBe(1)
    expect(firstInvalidUtf8(Buffer.from('héllo 日本 😀'))).toBe(Buffer.from('héllo 日本 😀').length)
  })
})
