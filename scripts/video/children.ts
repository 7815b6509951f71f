// The external programs a render runs (ffmpeg, ffprobe, espeak-ng), tracked so that an interrupted
// render stops every one of them instead of leaving them writing.
import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'

const running = new Set<ChildProcess>()
let stopping = false

/** Whether the render is being stopped (Ctrl-C): a program that fails now was stopped, not broken. */
export function isStopping(): boolean {
  return stopping
}

export interface Ran {
  code: number | null
  stdout: string
  stderr: string
}

export interface RunOptions {
  /** Written to the program's standard input, which is then closed. */
  input?: string
  /** Each chunk of standard output as it comes (ffmpeg's -progress). */
  onStdout?: (text: string) => void
}

/** Runs a program to its end; a program that can't be started rejects with its spawn error (ENOENT). */
export function runProgram(command: string, args: string[], options: RunOptions = {}): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: ['pipe', 'pipe', 'pipe'] })
    running.add(child)
    let stdout = ''
    let stderr = ''
    child.stdout.setEncoding('utf8').on('data', (text: string) => {
      stdout += text
      options.onStdout?.(text)
    })
    // Only the end of a long log is kept: it says what went wrong.
    child.stderr.setEncoding('utf8').on('data', (text: string) => {
      stderr = (stderr + text).slice(-20_000)
    })
    child.stdin.on('error', () => undefined)
    child.stdin.end(options.input ?? '')
    child.on('error', (error) => {
      running.delete(child)
      reject(error)
    })
    child.on('close', (code) => {
      running.delete(child)
      resolve({ code, stdout, stderr })
    })
  })
}

/** Stops every program still running (SIGTERM; ffmpeg then closes its output). */
export function stopPrograms(): void {
  stopping = true
  for (const child of running)
    child.kill('SIGTERM')
}
