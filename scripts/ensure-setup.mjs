// prestart / pretest: on a fresh clone (or after package-lock.json changed) `npm start` and `npm test`
// set the project up first, with the same steps and progress as `npm run setup`; otherwise they do
// nothing and cost a few milliseconds. Plain JavaScript, because it runs before the project's own Node
// (Node 24, which runs the TypeScript) is installed: on whatever Node the machine has, 18 or newer.
import { spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import process from 'node:process'
import { fileURLToPath } from 'node:url'

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..')

function readJson(path) {
  try {
    return JSON.parse(readFileSync(join(ROOT, path), 'utf8'))
  }
  catch {
    return undefined
  }
}

/**
 * Why the project needs setting up, or undefined when it is set up. The installed tree is what npm
 * recorded in node_modules/.package-lock.json; it is current when it has every package of
 * package-lock.json at the locked version (optional ones only where this platform installed them).
 */
export function setupNeeded(lock, installed, nodeRuns) {
  if (!installed)
    return 'the dependencies are not installed'
  const locked = lock?.packages ?? {}
  const have = installed.packages ?? {}
  for (const [path, entry] of Object.entries(locked)) {
    if (path === '' || (entry.optional && !have[path]))
      continue
    if (have[path]?.version !== entry.version)
      return `package-lock.json changed since the last install (${path.replace(/^node_modules\//, '')})`
  }
  for (const path of Object.keys(have)) {
    if (!(path in locked))
      return `package-lock.json changed since the last install (${path.replace(/^node_modules\//, '')} is gone)`
  }
  if (!nodeRuns())
    return 'the project\'s Node (node_modules/.bin/node) does not run'
  return undefined
}

function projectNodeRuns() {
  const node = join(ROOT, 'node_modules/.bin/node')
  return existsSync(node) && spawnSync(node, ['--version'], { stdio: 'ignore' }).status === 0
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const why = setupNeeded(readJson('package-lock.json'), readJson('node_modules/.package-lock.json'), projectNodeRuns)
  if (why) {
    process.stderr.write(`Setting the project up first (${why}): npm run setup\n`)
    const setup = spawnSync('sh', [join(ROOT, 'scripts/setup.sh')], { cwd: ROOT, stdio: 'inherit' })
    process.exitCode = setup.status ?? 1
  }
}
