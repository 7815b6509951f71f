// CLI: npm run video -- [LESSON] [--take RUN-ID|latest] [--voice espeak|none] [--out DIR] [--all]
// The lesson as a video: videos/<slug>.mp4 (1920×1080, 30 fps, H.264 and AAC, chapters in its
// metadata), videos/<slug>.vtt (captions from the notes) and videos/<slug>.chapters.txt. Without a
// take it is a draft spoken by espeak-ng (--voice none: silent, at the planned pace).
// Progress on stderr, the paths written on stdout.
// Exit codes: 0 written, 1 the build, capture, encoding or checks failed (nothing written), 2 arguments,
// lesson, take, browser or tools can't be used.
import type { Io } from './cli.ts'
import process from 'node:process'
import { parseArgs } from 'node:util'
import { isMain, processIo, shownPath } from './cli.ts'
import { CliError, parseUsage, runCommand } from './errors.ts'

const USAGE = 'usage: npm run video -- [LESSON] [--take RUN-ID|latest] [--voice espeak|none] [--out DIR] [--all]'

export function main(argv: string[], io: Io = processIo): Promise<number> {
  return runCommand('video', io.err, async () => {
    const { values, positionals } = parseUsage(USAGE, () => parseArgs({
      args: argv,
      allowPositionals: true,
      options: {
        take: { type: 'string' },
        voice: { type: 'string', default: 'espeak' },
        out: { type: 'string' },
        all: { type: 'boolean', default: false },
      },
    }))
    const [{ renderVideo, VOICES }, { plannedDeck }, { DEFAULT_LESSON }] = await Promise.all([import('./video/render.ts'), import('./export/source.ts'), import('./deck-location.ts')])
    const voice = VOICES.find(v => v === values.voice)
    if (!voice)
      throw new CliError('USAGE', `--voice expects ${VOICES.join(' or ')}; got "${values.voice}"\n${USAGE}`)
    if (positionals.length > 1 || (values.all && positionals.length > 0))
      throw new CliError('USAGE', `give one lesson, or --all for every lesson\n${USAGE}`)
    const root = io.cwd
    if (values.all) {
      const { renderAll } = await import('./video/all.ts')
      return renderAll({ root, take: values.take, voice, outDir: values.out, io })
    }
    const started = performance.now()
    const source = await plannedDeck(root, positionals[0], DEFAULT_LESSON, io.err)
    const written = await renderVideo({ root, source, take: values.take, voice, outDir: values.out, log: io.err })
    const took = (performance.now() - started) / 1000
    io.err(`${written.seconds.toFixed(1)} s of video in ${took.toFixed(1)} s (${(took / written.seconds).toFixed(2)} × its length)`)
    io.out(shownPath(root, written.video))
    return 0
  })
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
