// A command with a long-running child tied to it (scripts/child-lifetime.ts): prints the child's pid,
// then waits for the child to exit. The tests stop it the ways a process manager would.
import { spawn } from 'node:child_process'
import process from 'node:process'
import { exitCodeOf, tieChild } from '../../scripts/child-lifetime.ts'

const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)'], { stdio: 'ignore' })
const untie = tieChild(child, 50)
process.stdout.write(`${child.pid}\n`)
child.on('exit', (code, signal) => {
  untie()
  process.exitCode = exitCodeOf(code, signal)
})
