// A take's recording, saved a piece at a time beside its run: checked (WebM, sizes, offsets), appended
// in order, never replaced; and what the report says about which runs have one.
import { mkdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { audioPieceOf, formatRecorded, MAX_AUDIO_PIECE_BYTES, MAX_TAKE_AUDIO_BYTES, recordedRuns, saveAudioPiece } from '../../scripts/rehearsal/audio.ts'
import { readRuns } from '../../scripts/rehearsal/runs-dir.ts'
import { scratchDir } from '../support/cli.ts'

const WEBM_START = Uint8Array.from([0x1A, 0x45, 0xDF, 0xA3, 1, 2, 3, 4])
const piece = (offset: number, bytes: Uint8Array, runId = 'run-0001') => ({ lessonSlug: 'platform-vs-product', runId, offset, bytes })

let rehearsals: string
beforeEach(async () => {
  rehearsals = join(await scratchDir(), 'rehearsals')
})
afterEach(() => rm(join(rehearsals, '..'), { recursive: true, force: true }))

describe('saveAudioPiece', () => {
  it('starts a take with a WebM header and appends each piece where the file ends', async () => {
    expect((await saveAudioPiece(piece(0, WEBM_START), rehearsals)).status).toBe(200)
    const second = await saveAudioPiece(piece(8, Uint8Array.from([9, 9])), rehearsals)
    expect(second).toEqual({ status: 200, body: { file: 'rehearsals/platform-vs-product/run-0001.webm', bytes: 10 } })
    expect([...await readFile(join(rehearsals, 'platform-vs-product/run-0001.webm'))]).toEqual([...WEBM_START, 9, 9])
  })

  it('refuses what is not WebM, a piece out of place, and a second recording of one run, writing nothing', async () => {
    expect((await saveAudioPiece(piece(0, Uint8Array.from([1, 2, 3, 4])), rehearsals)).status).toBe(400)
    expect(await stat(join(rehearsals, 'platform-vs-product/run-0001.webm')).catch(() => undefined)).toBeUndefined()
    await saveAudioPiece(piece(0, WEBM_START), rehearsals)
    expect(await saveAudioPiece(piece(4, Uint8Array.from([7])), rehearsals)).toMatchObject({ status: 409, body: { bytes: 8 } })
    // A reloaded view that started recording again would replace the take: it may not.
    expect((await saveAudioPiece(piece(0, WEBM_START), rehearsals)).status).toBe(409)
    expect((await readFile(join(rehearsals, 'platform-vs-product/run-0001.webm'))).length).toBe(8)
  })

  it('keeps pieces and takes within their sizes', async () => {
    expect((await saveAudioPiece(piece(0, new Uint8Array(MAX_AUDIO_PIECE_BYTES + 1)), rehearsals)).status).toBe(413)
    expect((await saveAudioPiece(piece(MAX_TAKE_AUDIO_BYTES - 1, Uint8Array.from([1, 2])), rehearsals)).status).toBe(413)
  })

  it('reads the query, refusing slugs and run ids that could leave the folder', () => {
    expect(audioPieceOf(new URLSearchParams('lessonSlug=../x&runId=run-0001&offset=0'), WEBM_START)).toMatch(/lessonSlug/)
    expect(audioPieceOf(new URLSearchParams('lessonSlug=a&runId=../../x&offset=0'), WEBM_START)).toMatch(/runId/)
    expect(audioPieceOf(new URLSearchParams('lessonSlug=a&runId=run-0001&offset=-1'), WEBM_START)).toMatch(/offset/)
    expect(audioPieceOf(new URLSearchParams('lessonSlug=a&runId=run-0001&offset=3'), WEBM_START)).toMatchObject({ offset: 3 })
  })
})

describe('recorded runs', () => {
  it('are listed with their size, and their recordings are not taken for foreign files', async () => {
    const dir = join(rehearsals, 'platform-vs-product')
    await mkdir(dir, { recursive: true })
    await writeFile(join(dir, 'run-0001.webm'), new Uint8Array(2048))
    const runs = [{ runId: 'run-0001', startedAt: '2026-01-31T09:30:00.000Z' }, { runId: 'run-0002', startedAt: '2026-01-31T10:00:00.000Z' }]
    const recorded = await recordedRuns(dir, runs)
    expect(recorded).toEqual([{ runId: 'run-0001', startedAt: '2026-01-31T09:30:00.000Z', bytes: 2048 }])
    expect(formatRecorded(recorded, 2)).toBe('Recorded: 1 of 2 runs, for npm run video -- --take RUN-ID: run-0001 (2026-01-31 09:30, 2 KB)')
    expect(formatRecorded([], 2)).toMatch(/no run has a recording/)
    expect((await readRuns(dir, 'rehearsals/platform-vs-product')).skipped).toEqual([])
  })
})
