// `npm start` stopped the way a process manager, an editor task or a test harness stops it: one
// signal to npm alone, not to its process group. The command and Slidev's dev server must exit and
// free the port.
import { spawn } from 'node:child_process'
import { describe, expect, it } from 'vitest'
import { freePort } from '../../scripts/free-port.ts'
import { groupAlive, ROOT, waitUntilServing } from './support.ts'

describe('stopping npm start', () => {
  for (const signal of ['SIGTERM', 'SIGHUP'] as const) {
    it(`stops the dev server and exits on ${signal} to npm alone`, async () => {
      const port = await freePort()
      // Its own process group, so the signal reaches npm only and what is left can be found and cleaned up.
      const npm = spawn('npm', ['start', '--', '--port', String(port)], { cwd: ROOT, stdio: 'ignore', detached: true })
      const pgid = npm.pid!
      try {
        await waitUntilServing(`http://127.0.0.1:${port}/`, 90_000)
        process.kill(npm.pid!, signal)
        await expect.poll(() => groupAlive(pgid)).toBe(false)
        expect(await fetch(`http://127.0.0.1:${port}/`).then(() => 'answers', () => 'closed')).toBe('closed')
      }
      finally {
        if (groupAlive(pgid))
          process.kill(-pgid, 'SIGKILL')
      }
    })
  }
})
