// `npm start -- --audience`: the audience server plus its deck, rebuilt whenever the dev server
// rewrites the deck. A build that fails leaves the last good deck served; saves during a build are
// gathered into one more build after it.
import type { Position } from './messages.ts'
import type { AudienceServer } from './server.ts'
import { mkdir, rm } from 'node:fs/promises'
import { join } from 'node:path'
import process from 'node:process'
import { buildAudienceDeck } from './build.ts'
import { startAudienceServer } from './server.ts'

export interface AudienceOptions {
  root: string
  /** The deck file the dev server presents, relative to root. */
  entry: string
  port: number
  token: string
  host?: string
  log: (text: string) => void
}

export interface Audience {
  server: AudienceServer
  /** Resolves when the first build is served (or has failed and said so). */
  firstBuild: Promise<boolean>
  deckChanged: () => void
  setPosition: (position: Position) => void
  close: () => Promise<void>
}

export async function openAudience(options: AudienceOptions): Promise<Audience> {
  const server = await startAudienceServer({ port: options.port, token: options.token, host: options.host })
  const buildsDir = join(options.root, '.cache/audience', String(process.pid))
  let version = 0
  let building: Promise<boolean> | undefined
  let again = false

  async function build(): Promise<boolean> {
    const mine = ++version
    const out = join(buildsDir, String(mine))
    const started = performance.now()
    try {
      await mkdir(buildsDir, { recursive: true })
      await buildAudienceDeck(options.root, options.entry, options.token, out, String(mine))
    }
    catch (error) {
      options.log(`audience: ${(error as Error).message}\n  the audience keeps the last deck that built`)
      return false
    }
    server.serve(out, String(mine))
    options.log(`audience: deck ${mine === 1 ? 'built' : 'rebuilt'} without notes in ${((performance.now() - started) / 1000).toFixed(1)} s`)
    // The deck before this one stays a little longer: a page loading it may still ask for a chunk.
    if (mine > 2)
      await rm(join(buildsDir, String(mine - 2)), { recursive: true, force: true })
    return true
  }

  function deckChanged(): void {
    if (building) {
      again = true
      return
    }
    building = build().finally(() => {
      building = undefined
      if (again) {
        again = false
        deckChanged()
      }
    })
  }

  deckChanged()
  return {
    server,
    firstBuild: building!,
    deckChanged,
    setPosition: server.setPosition,
    async close() {
      await server.close()
      await building?.catch(() => undefined)
      await rm(buildsDir, { recursive: true, force: true })
    },
  }
}
