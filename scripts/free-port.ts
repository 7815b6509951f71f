// A port the OS says is free right now, for servers that must not collide with another run's.
import { createServer } from 'node:net'

/** A port nobody listens on right now, on `host`. */
export function freePort(host = '127.0.0.1'): Promise<number> {
  return new Promise((done, fail) => {
    const server = createServer()
    server.once('error', fail)
    server.listen(0, host, () => {
      const { port } = server.address() as { port: number }
      server.close(() => done(port))
    })
  })
}
