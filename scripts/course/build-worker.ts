// A course lesson built in a process of its own (npm run build -- --jobs N forks one per job): it takes
// lessons from its parent over IPC, builds each with buildLesson, and answers with the progress and
// the build. It lives as long as its parent's channel: when the parent goes, it goes.
import type { Browser } from 'playwright-chromium'
import type { WorkerReply, WorkerTask } from './workers.ts'
import process from 'node:process'
import { launchChromium } from '../browser.ts'
import { CliError } from '../errors.ts'
import { buildLesson } from './build-lesson.ts'

let launching: Promise<Browser> | undefined
const send = (reply: WorkerReply) => process.send!(reply)

process.on('message', async (task: WorkerTask) => {
  try {
    const build = await buildLesson({
      root: task.root,
      browser: () => launching ??= launchChromium(),
      step: (name, seconds, detail) => send({ kind: 'step', id: task.id, name, seconds, ...(detail === undefined ? {} : { detail }) }),
    }, task.lesson, task.nextDeck)
    send({ kind: 'done', id: task.id, build })
  }
  catch (error) {
    const code = error instanceof CliError ? error.code : undefined
    send({ kind: 'fatal', id: task.id, message: (error as Error).message, ...(code ? { code } : {}) })
  }
})

process.on('disconnect', async () => {
  await (await launching?.catch(() => undefined))?.close()
  process.exit(0)
})
