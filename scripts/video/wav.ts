// 16-bit PCM WAV files, read and written: what espeak-ng writes, and the draft's sound track built
// from its chunks. Pure (bytes in, bytes out).

export interface Pcm {
  sampleRate: number
  channels: number
  /** Interleaved 16-bit samples. */
  samples: Int16Array
}

/** The PCM of a WAV file; anything but 16-bit PCM is refused. */
export function readWav(bytes: Uint8Array): Pcm {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  const tag = (at: number) => String.fromCharCode(...bytes.subarray(at, at + 4))
  if (bytes.length < 12 || tag(0) !== 'RIFF' || tag(8) !== 'WAVE')
    throw new Error('not a WAV file')
  let format: { channels: number, sampleRate: number, bits: number, code: number } | undefined
  let at = 12
  while (at + 8 <= bytes.length) {
    const id = tag(at)
    // A writer streaming to a file may leave the size unknown (0 or 0xFFFFFFFF): then it runs to the end.
    const declared = view.getUint32(at + 4, true)
    const size = Math.min(declared, bytes.length - at - 8)
    if (id === 'fmt ') {
      format = {
        code: view.getUint16(at + 8, true),
        channels: view.getUint16(at + 10, true),
        sampleRate: view.getUint32(at + 12, true),
        bits: view.getUint16(at + 22, true),
      }
    }
    if (id === 'data') {
      if (!format || format.code !== 1 || format.bits !== 16)
        throw new Error('expected 16-bit PCM')
      const data = bytes.slice(at + 8, at + 8 + size - (size % 2))
      return { sampleRate: format.sampleRate, channels: format.channels, samples: new Int16Array(data.buffer, data.byteOffset, data.byteLength / 2) }
    }
    at += 8 + size + (size % 2)
  }
  throw new Error('a WAV file without data')
}

export function durationOf(pcm: Pcm): number {
  return pcm.samples.length / pcm.channels / pcm.sampleRate
}

export function writeWav(pcm: Pcm): Uint8Array {
  const dataBytes = pcm.samples.length * 2
  const bytes = new Uint8Array(44 + dataBytes)
  const view = new DataView(bytes.buffer)
  const text = (at: number, value: string) => [...value].forEach((c, i) => view.setUint8(at + i, c.charCodeAt(0)))
  text(0, 'RIFF')
  view.setUint32(4, 36 + dataBytes, true)
  text(8, 'WAVE')
  text(12, 'fmt ')
  view.setUint32(16, 16, true)
  view.setUint16(20, 1, true)
  view.setUint16(22, pcm.channels, true)
  view.setUint32(24, pcm.sampleRate, true)
  view.setUint32(28, pcm.sampleRate * pcm.channels * 2, true)
  view.setUint16(32, pcm.channels * 2, true)
  view.setUint16(34, 16, true)
  text(36, 'data')
  view.setUint32(40, dataBytes, true)
  new Int16Array(bytes.buffer, 44, pcm.samples.length).set(pcm.samples)
  return bytes
}

/** One track of `seconds`: silence, with each clip laid in at its start time (clips share one format). */
export function layTrack(clips: { at: number, pcm: Pcm }[], seconds: number, sampleRate: number, channels = 1): Pcm {
  const samples = new Int16Array(Math.round(seconds * sampleRate) * channels)
  for (const { at, pcm } of clips) {
    if (pcm.sampleRate !== sampleRate || pcm.channels !== channels)
      throw new Error(`a clip at ${sampleRate} Hz × ${channels} was expected, got ${pcm.sampleRate} Hz × ${pcm.channels}`)
    const offset = Math.round(at * sampleRate) * channels
    samples.set(pcm.samples.subarray(0, Math.max(0, samples.length - offset)), offset)
  }
  return { sampleRate, channels, samples }
}
