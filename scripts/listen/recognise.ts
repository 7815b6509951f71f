// The recording heard: ffmpeg decodes any audio (WAV, WebM/Opus, MP3) to 16 kHz mono, and
// pocketsphinx recognises it against a grammar of the notes' words, with each word's time.
import type { Pcm } from '../video/wav.ts'
import type { HeardWord } from './pocketsphinx.ts'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import process from 'node:process'
import { CliError } from '../errors.ts'
import { runProgram } from '../video/children.ts'
import { readWav } from '../video/wav.ts'
import { dictionaryText, parseDictionary, vocabularyOf } from './dictionary.ts'
import { arpaModel } from './language-model.ts'
import { parseWordTimes } from './pocketsphinx.ts'

export type { HeardWord }

/** Debian's pocketsphinx-en-us; `POCKETSPHINX_MODEL` names another model folder (holding en-us/ and cmudict-en-us.dict). */
const MODEL_DIR = process.env.POCKETSPHINX_MODEL || '/usr/share/pocketsphinx/model/en-us'
export const SAMPLE_RATE = 16_000
/**
 * Measured on espeak-ng takes: the notes' model weighs more than pocketsphinx's default (a speaker says
 * the notes). Its voice activity settings stay the default: longer utterances (-vad_postspeech 80) heard
 * short sentences better, but pocketsphinx 5prealpha then timed words seconds early after a pause.
 */
const DECODER_SETTINGS = ['-lw', '10']
export const LISTEN_TOOLS_HINT = 'Debian/Ubuntu: apt-get install ffmpeg pocketsphinx pocketsphinx-en-us (npm run setup installs them as root)'

function missing(program: string): CliError {
  return new CliError('NO_TOOLS', `${program} is not installed, and listening needs it. Install: ${LISTEN_TOOLS_HINT}`)
}

/** The recording as 16 kHz mono 16-bit PCM, written to `wavPath`; exit 2 when ffmpeg can't decode it. */
export async function decodeAudio(audioPath: string, wavPath: string): Promise<Pcm> {
  const ran = await runProgram('ffmpeg', ['-nostdin', '-v', 'error', '-y', '-i', audioPath, '-vn', '-ac', '1', '-ar', String(SAMPLE_RATE), '-c:a', 'pcm_s16le', '-f', 'wav', wavPath])
    .catch(() => {
      throw missing('ffmpeg')
    })
  const pcm = ran.code === 0 ? await readFile(wavPath).then(readWav).catch(() => undefined) : undefined
  if (!pcm || pcm.samples.length === 0) {
    const why = ran.stderr.trim().split('\n').at(-1) || 'no audio stream'
    throw new CliError('BAD_AUDIO', `${audioPath}: ffmpeg can't decode it as audio (${why}); expected a recording (WAV, WebM/Opus, MP3…)`)
  }
  return pcm
}

let dictionary: Promise<ReturnType<typeof parseDictionary>> | undefined

function modelDictionary(): Promise<ReturnType<typeof parseDictionary>> {
  dictionary ??= readFile(join(MODEL_DIR, 'cmudict-en-us.dict'), 'utf8').then(parseDictionary).catch(() => {
    dictionary = undefined
    throw new CliError('NO_TOOLS', `the speech model is not in ${MODEL_DIR}. Install: ${LISTEN_TOOLS_HINT}`)
  })
  return dictionary
}

/** The words that can be heard at all: those with a pronunciation. */
export async function hearableWords(words: Iterable<string>): Promise<Set<string>> {
  return new Set(vocabularyOf(words, await modelDictionary()).entries.map(([word]) => word))
}

/**
 * The words pocketsphinx hears in a 16 kHz mono WAV, with their times, listening for `phrases` (the
 * notes' sentences, each its words): only their words, and mostly in their order.
 */
export async function recognise(wavPath: string, phrases: readonly (readonly string[])[]): Promise<HeardWord[]> {
  const vocabulary = vocabularyOf(phrases.flat(), await modelDictionary())
  if (vocabulary.entries.length === 0)
    return []
  const known = new Set(vocabulary.entries.map(([word]) => word))
  const scratch = await mkdtemp(join(tmpdir(), 'listen-'))
  try {
    const model = join(scratch, 'notes.arpa')
    const dict = join(scratch, 'notes.dict')
    await writeFile(model, arpaModel(phrases.map(words => words.filter(word => known.has(word)))))
    await writeFile(dict, dictionaryText(vocabulary))
    const args = ['-infile', wavPath, '-hmm', join(MODEL_DIR, 'en-us'), '-dict', dict, '-lm', model, '-time', 'yes', '-logfn', '/dev/null', ...DECODER_SETTINGS]
    const ran = await runProgram('pocketsphinx_continuous', args).catch(() => {
      throw missing('pocketsphinx_continuous')
    })
    if (ran.code !== 0)
      throw new CliError('BAD_AUDIO', `pocketsphinx could not listen to ${wavPath} (exit ${ran.code}): ${ran.stderr.trim().split('\n').at(-1) ?? ''}`)
    return parseWordTimes(ran.stdout)
  }
  finally {
    await rm(scratch, { recursive: true, force: true })
  }
}
