// The programs a video needs, checked before anything starts: a missing one is exit 2 with what to install.
import { spawnSync } from 'node:child_process'
import { CliError } from '../errors.ts'

export const VIDEO_TOOLS_HINT = 'Debian/Ubuntu: apt-get install ffmpeg espeak-ng (npm run setup installs them as root)'

export interface ToolNeeds {
  /** espeak-ng speaks the draft; a take or a silent cut doesn't need it. */
  speech: boolean
  /** pocketsphinx times a recorded take's captions to its voice. */
  listen?: boolean
}

const LISTENER = 'pocketsphinx_continuous'

export function isInstalled(command: string, versionFlag = '-version'): boolean {
  const ran = spawnSync(command, [versionFlag], { stdio: 'ignore' })
  return !ran.error && ran.status === 0
}

/** Throws NO_TOOLS naming what is missing; `installed` is for tests. */
export function checkVideoTools(needs: ToolNeeds, installed: (command: string) => boolean = isVideoToolInstalled): void {
  const wanted = ['ffmpeg', 'ffprobe', ...(needs.speech ? ['espeak-ng'] : []), ...(needs.listen ? [LISTENER] : [])]
  const missing = wanted.filter(command => !installed(command))
  if (missing.length > 0)
    throw new CliError('NO_TOOLS', `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not installed, and the video needs ${missing.length === 1 ? 'it' : 'them'}. Install: ${VIDEO_TOOLS_HINT}${missing.includes(LISTENER) ? ', and pocketsphinx pocketsphinx-en-us to time a take\'s captions to its voice' : ''}${needs.speech ? '; or render a silent cut with --voice none' : ''}`)
}

function isVideoToolInstalled(command: string): boolean {
  // pocketsphinx has no version flag: it is there when the shell finds it.
  if (command === LISTENER)
    return spawnSync('sh', ['-c', `command -v ${LISTENER}`], { stdio: 'ignore' }).status === 0
  return isInstalled(command, command === 'espeak-ng' ? '--version' : '-version')
}
