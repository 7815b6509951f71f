// CLI: npm run listen -- [AUDIO] [--lesson FILE] [--json]
// Listens to a recording of the lesson (WAV, WebM/Opus, MP3…) against its notes, offline: per section
// the time it was spoken, its words a minute and the sentences skipped. --json prints every sentence
// with `said`, `start` and `end` instead; without AUDIO, the sentences it listens for, none said.
// Exit codes: 0 listened, 2 arguments, lesson or recording can't be used, or a tool is missing.
import type { Io } from './cli.ts'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'

const USAGE = 'usage: npm run listen -- [AUDIO] [--lesson FILE] [--json]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('listen', io.err, async () => {
    const { values, positionals } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        lesson: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
    }))
    if (positionals.length > 1)
      throw new CliError('USAGE', `give one recording; got ${positionals.length}\n${USAGE}`)
    const [{ readUtf8 }, { DEFAULT_LESSON }, { listenForLesson }, { listenJson, listenReport, unheard }] = await Promise.all([
      import('./io.ts'),
      import('./deck-location.ts'),
      import('./listen/sentences.ts'),
      import('./listen/report.ts'),
    ])
    const lesson = values.lesson ?? DEFAULT_LESSON
    const { resolve } = await import('node:path')
    const sentences = listenForLesson(await readUtf8(resolve(io.cwd, lesson), lesson), lesson)
    const audio = positionals[0]
    if (audio === undefined) {
      io.out(values.json ? listenJson(unheard(sentences)) : `${sentences.length} sentences to listen for in ${lesson}`)
      return 0
    }
    const { listenToRecording } = await import('./listen/recording.ts')
    const started = performance.now()
    const heard = await listenToRecording(resolve(io.cwd, audio), sentences, audio)
    const took = (performance.now() - started) / 1000
    io.err(`listened to ${heard.seconds.toFixed(1)} s of ${audio} in ${took.toFixed(1)} s (${(took / heard.seconds).toFixed(2)} × its length)`)
    if (values.json)
      io.out(listenJson(heard))
    else
      listenReport(heard, sentences).forEach(line => io.out(line))
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
