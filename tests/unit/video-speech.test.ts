// The draft's voice: what it reads aloud, and the WAV track its clips are laid into (real espeak-ng).
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { speak, speakable } from '../../scripts/video/speech.ts'
import { durationOf, layTrack, readWav, writeWav } from '../../scripts/video/wav.ts'

describe('the voice', () => {
  it('reads signs as words, leaving the rest as written', () => {
    expect(speakable('Video Length: ~4-5 minutes. Truth / Fun Fact. CI/CD vs. Python, e.g. linters.')).toBe('Video Length: about 4 to 5 minutes. Truth, Fun Fact. CI CD versus Python, for example linters.')
    expect(speakable('A well-known 2-week plan')).toBe('A well-known 2-week plan')
  })

  it('speaks a chunk into a WAV file that reads back, and lays clips on a silent track at their times', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'video-speech-'))
    try {
      const pcm = await speak('-- Two teams in a car company.', join(dir, 'a.wav'))
      expect(durationOf(pcm)).toBeGreaterThan(1)
      expect(durationOf(pcm)).toBeLessThan(4)
      const track = layTrack([{ at: 0.5, pcm }, { at: 4, pcm }], 8, pcm.sampleRate)
      expect(durationOf(track)).toBe(8)
      const back = readWav(writeWav(track))
      expect(back.samples).toEqual(track.samples)
      // Silence before the first clip, sound where it was laid.
      expect(back.samples.subarray(0, Math.round(0.5 * pcm.sampleRate)).every(s => s === 0)).toBe(true)
      expect(back.samples.subarray(Math.round(4 * pcm.sampleRate), Math.round(4 * pcm.sampleRate) + pcm.samples.length)).toEqual(pcm.samples)
      expect(readWav(await readFile(join(dir, 'a.wav'))).sampleRate).toBe(pcm.sampleRate)
    }
    finally {
      await rm(dir, { recursive: true, force: true })
    }
  })
})
