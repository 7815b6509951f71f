// npm start: generate the deck, then present it with Slidev's dev server on this machine only.
import { spawn } from 'node:child_process'
import { join } from 'node:path'
import { isMain, processIo } from './cli.ts'
import { main as generate } from './generate.ts'

const HOST = '127.0.0.1'
const PORT = 3030

export async function main(argv: string[]): Promise<number> {
  const generated = await generate(['--quiet', ...argv], processIo)
  if (generated !== 0)
    return generated
  processIo.err(`Slides:    http://${HOST}:${PORT}/\nPresenter: http://${HOST}:${PORT}/presenter/  (notes, timer, pacing)`)
  const slidev = spawn(join(import.meta.dirname, '../node_modules/.bin/slidev'), ['slides.md', '--bind', HOST, '--port', String(PORT)], { stdio: 'inherit' })
  return new Promise(done => slidev.on('exit', code => done(code ?? 1)))
}

if (isMain(import.meta.url))
  process.exitCode = await main(process.argv.slice(2))
