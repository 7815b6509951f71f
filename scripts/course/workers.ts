// Lessons built side by side in separate processes (build-worker.ts), at most `jobs` at a time: each
// process holds one Slidev build and one Chromium, so memory is bounded by the number of jobs. The
// builds come back in the order they were asked for, whatever order they finish in.
import type { ChildProcess } from 'node:child_process'
import type { ErrorCode } from '../errors.ts'
import type { LessonBuild } from './build-lesson.ts'
import type { CourseLesson } from './lessons.ts'
import { fork } from 'node:child_process'
import process from 'node:process'
import { tieChild } from '../child-lifetime.ts'
import { CliError } from '../errors.ts'

export interface WorkerTask {
  id: number
  root: string
  lesson: CourseLesson
  nextDeck?: { url: string, title: string }
}

export type WorkerReply
  = | { kind: 'step', id: number, name: string, seconds: number, detail?: string }
    | { kind: 'done', id: number, build: LessonBuild }
    | { kind: 'fatal', id: number, message: string, code?: ErrorCode }

const WORKER = new URL('./build-worker.ts', import.meta.url)
/** Node keeps the code it compiled (Vite, Rollup, Slidev, Playwright) in .cache/: each job would otherwise compile them again. */
const COMPILE_CACHE = new URL('../export/compile-cache.ts', import.meta.url)

export type Step = (id: number, name: string, seconds: number, detail?: string) => void

export async function buildInWorkers(tasks: Omit<WorkerTask, 'id'>[], jobs: number, step: Step, done: (id: number, build: LessonBuild) => void): Promise<LessonBuild[]> {
  const builds: LessonBuild[] = []
  const children = new Set<ChildProcess>()
  let next = 0
  let failure: Error | undefined
  const worker = () => new Promise<void>((resolve) => {
    const child = fork(WORKER, { execArgv: [...process.execArgv, '--import', COMPILE_CACHE.href], serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] })
    children.add(child)
    const untie = tieChild(child)
    let current: number | undefined
    const give = () => {
      if (next >= tasks.length || failure) {
        current = undefined
        child.disconnect()
        return
      }
      current = next++
      child.send({ ...tasks[current]!, id: current } satisfies WorkerTask)
    }
    const fail = (error: Error) => {
      // The first failure stops every build: a missing browser or tool would fail them all.
      failure ??= error
      for (const other of children)
        other.kill()
    }
    child.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'step') {
        step(reply.id, reply.name, reply.seconds, reply.detail)
      }
      else if (reply.kind === 'done') {
        builds[reply.id] = reply.build
        done(reply.id, reply.build)
        give()
      }
      else {
        fail(reply.code ? new CliError(reply.code, reply.message) : new Error(reply.message))
      }
    })
    child.on('exit', (code, signal) => {
      untie()
      children.delete(child)
      if (current !== undefined && builds[current] === undefined)
        fail(new Error(`the build process for ${tasks[current]!.lesson.file} stopped (${signal ?? `exit ${code}`}) before it finished`))
      resolve()
    })
    give()
  })
  await Promise.all(Array.from({ length: Math.min(jobs, tasks.length) }, worker))
  if (failure)
    throw failure
  return builds
}
