// The microphone as 16 kHz mono 16-bit samples, handed over in pieces: what the dev server's
// recogniser reads. The browser resamples (an AudioContext at 16 kHz); an AudioWorklet taps the raw
// samples. Echo cancelling and noise suppression are off: they blur the words the recogniser needs.

export const CAPTURE_RATE = 16_000

const TAP = `registerProcessor('pcm-tap', class extends AudioWorkletProcessor {
  process(inputs) {
    const channel = inputs[0] && inputs[0][0]
    if (channel) this.port.postMessage(channel.slice(0))
    return true
  }
})`

export interface Capture {
  /** Samples captured so far. */
  samples: () => number
  stop: () => void
}

/** Starts capturing; `onPiece` gets each block of samples as it comes (128 at a time). */
export async function captureMicrophone(onPiece: (pcm: Int16Array) => void): Promise<Capture> {
  // The worklet is ready before the microphone opens, so the first samples are not lost.
  const context = new AudioContext({ sampleRate: CAPTURE_RATE })
  const moduleUrl = URL.createObjectURL(new Blob([TAP], { type: 'text/javascript' }))
  try {
    await context.audioWorklet.addModule(moduleUrl)
  }
  finally {
    URL.revokeObjectURL(moduleUrl)
  }
  const tap = new AudioWorkletNode(context, 'pcm-tap')
  let stream: MediaStream
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: { channelCount: 1, echoCancellation: false, noiseSuppression: false, autoGainControl: false } })
  }
  catch (error) {
    await context.close()
    throw error
  }
  let count = 0
  tap.port.onmessage = (event: MessageEvent<Float32Array>) => {
    const block = event.data
    const pcm = new Int16Array(block.length)
    for (let i = 0; i < block.length; i++)
      pcm[i] = Math.max(-32768, Math.min(32767, Math.round(block[i]! * 32767)))
    count += pcm.length
    onPiece(pcm)
  }
  // Silent output: the tap only runs while the graph reaches the speakers.
  const mute = context.createGain()
  mute.gain.value = 0
  context.createMediaStreamSource(stream).connect(tap).connect(mute).connect(context.destination)
  await context.resume()
  return {
    samples: () => count,
    stop: () => {
      stream.getTracks().forEach(track => track.stop())
      void context.close()
    },
  }
}
