// Live authoring on the dev server: the lesson being presented is added to Vite's own watcher, and
// each save regenerates the deck through deck-file.ts. Slidev's hot update then changes the open
// views in place. A save that can't be used leaves the last good deck on screen, prints
// `FILE:LINE:COL: …` and tells the presenter view (a custom HMR event) until the next good save.
import type { Plugin, ViteDevServer } from 'vite'
import type { LessonStatus } from './hmr-events.ts'
import { relative, resolve } from 'node:path'
import process from 'node:process'
import { CliError } from '../errors.ts'
import { LESSON_STATUS_EVENT, LESSON_STATUS_REQUEST } from './hmr-events.ts'
import { tellStart } from './start-channel.ts'

/** How long an empty lesson is given to fill up before it counts as empty. */
const WRITE_UNDER_WAY_MS = 50

/** What `npm start` hands the dev server through its environment. */
export interface LiveLessonEnv {
  /** The project root; the dev server's own root is the deck's folder, which may be another. */
  LESSON_DECKS_ROOT?: string
  /** The lesson presented, relative to the project root. */
  LESSON_DECKS_LESSON?: string
  /** The deck Slidev serves, relative to the project root. */
  LESSON_DECKS_DECK?: string
  /** `--wpm` as given to `npm start`: words a minute, or `rehearsed`. */
  LESSON_DECKS_WPM?: string
}

export function liveLesson(env: LiveLessonEnv = process.env): Plugin {
  return {
    name: 'lesson-decks:live-lesson',
    apply: 'serve',
    configureServer(server) {
      const lesson = env.LESSON_DECKS_LESSON
      const deck = env.LESSON_DECKS_DECK
      if (lesson && deck)
        watchLesson(server, env.LESSON_DECKS_ROOT ?? server.config.root, lesson, deck, env.LESSON_DECKS_WPM || undefined)
    },
  }
}

function watchLesson(server: ViteDevServer, root: string, lesson: string, deck: string, wpm: string | undefined): void {
  const lessonPath = resolve(root, lesson)
  let status: LessonStatus = { problem: null }
  // Saves are handled one at a time; a save during a regeneration is picked up right after it.
  let running: Promise<void> | undefined
  let again = false

  async function regenerate(): Promise<void> {
    try {
      // The generator loads at the first save, not with the dev server: its 0.2 s would come before
      // the first page. Each save plans at the pace the first deck had (`npm start` checked it): with
      // `rehearsed`, the rates measured in the saved runs.
      const [{ generatePacedDeckFile, parsePace }, { writeDeckFile }] = await Promise.all([import('../paced-deck.ts'), import('../deck-file.ts')])
      const generate = async () => (await generatePacedDeckFile(root, lesson, deck, parsePace(wpm))).file
      const file = await generate().catch(async (error: unknown) => {
        // An editor that writes in place empties the file first: that is a save under way, not a broken lesson.
        if (!(error instanceof CliError) || error.code !== 'EMPTY')
          throw error
        await new Promise(done => setTimeout(done, WRITE_UNDER_WAY_MS))
        return generate()
      })
      const written = await writeDeckFile(root, file)
      if (status.problem !== null)
        server.config.logger.info(`${lesson}: fixed; the deck shows it again`, { timestamp: true })
      status = { problem: null }
      if (written)
        tellStart({ type: 'deck-written', deck })
    }
    catch (error) {
      if (!(error instanceof CliError))
        throw error
      status = { problem: error.message }
      server.config.logger.error(`${error.message}\n  the last good deck stays on screen until the lesson is fixed`, { timestamp: true })
    }
    server.ws.send({ type: 'custom', event: LESSON_STATUS_EVENT, data: status })
  }

  function onSave(): void {
    if (running) {
      again = true
      return
    }
    running = regenerate().finally(() => {
      running = undefined
      if (again) {
        again = false
        onSave()
      }
    })
  }

  // Vite watches its root folder recursively, so a lesson there is seen however it is saved. A lesson
  // elsewhere is watched as a single file, which Vite's watcher can lose once an editor has saved by
  // renaming a new file over it: it is watched afresh after every save.
  const outsideRoot = relative(server.config.root, lessonPath).startsWith('..')
  function saved(file: string): void {
    if (file !== lessonPath)
      return
    if (outsideRoot) {
      server.watcher.unwatch(lessonPath)
      server.watcher.add(lessonPath)
    }
    onSave()
  }
  server.watcher.add(lessonPath)
  // Editors that save by writing a new file and renaming it can show up as an add, not a change.
  server.watcher.on('change', saved)
  server.watcher.on('add', saved)
  // A presenter view opened (or reloaded) while the lesson is broken asks what it missed.
  server.ws.on(LESSON_STATUS_REQUEST, (_data, client) => client.send(LESSON_STATUS_EVENT, status))
}
