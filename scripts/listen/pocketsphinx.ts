// Reads what pocketsphinx_continuous prints with `-time yes`: per utterance a line of its words, then
// one line per word, `word start end probability`, times in seconds from the start of the audio. Pure.

export interface HeardWord {
  /** As the grammar spells it (lower case). */
  word: string
  /** Seconds from the start of the recording. */
  start: number
  end: number
}

const RE_WORD_TIME = /^(\S+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?) [-\d.e+]+$/
/** Silence, noise and sentence marks the decoder reports among the words. */
const RE_NOT_A_WORD = /^(?:<.*>|\(NULL\)|\[.*\]|\+\+.*\+\+)$/
const RE_VARIANT = /\(\d+\)$/

export function parseWordTimes(output: string): HeardWord[] {
  const heard: HeardWord[] = []
  for (const line of output.split('\n')) {
    const match = RE_WORD_TIME.exec(line.trim())
    if (!match || RE_NOT_A_WORD.test(match[1]!))
      continue
    heard.push({ word: match[1]!.replace(RE_VARIANT, ''), start: Number(match[2]), end: Number(match[3]) })
  }
  return heard
}
