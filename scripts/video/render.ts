// One lesson's video: the deck's click steps timed by a voice (or a take), their pictures from
// Chromium, their sound, captions and chapters, encoded by ffmpeg and checked before anything is
// written. The contract of every writer of an export: (deck, options) → the paths written.
import type { DeckSource } from '../export/source.ts'
import type { Deck } from '../lesson/types.ts'
import type { Cue } from './captions.ts'
import type { Clip } from './encode.ts'
import type { Timeline } from './plan.ts'
import type { Player } from './player.ts'
import type { Take } from './take.ts'
import { randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join, resolve } from 'node:path'
import { CliError } from '../errors.ts'
import { readDeckInfo } from '../export/deck.ts'
import { writeAtomically } from '../io.ts'
import { listenToRecording } from '../listen/recording.ts'
import { listenFor } from '../listen/sentences.ts'
import { captionCues, webVtt } from './captions.ts'
import { chaptersText, ffmetadata, mergeShortChapters, sectionChapters } from './chapters.ts'
import { encodeStep, muxVideo } from './encode.ts'
import { captureFrames } from './frames.ts'
import { onInterrupt } from './interrupt.ts'
import { videoPaths, VIDEOS_DIR } from './paths.ts'
import { draftTimeline, pacedSeconds, takeTimeline } from './plan.ts'
import { openPlayer, VIDEO_HEIGHT, VIDEO_WIDTH } from './player.ts'
import { videoProblems } from './probe.ts'
import { frameProgress } from './progress.ts'
import { clipSeconds, speakSteps, writeSpeechTrack } from './speech.ts'
import { videoSteps } from './steps.ts'
import { checkTakeFits, findTake, takeStepMs } from './take.ts'
import { checkVideoTools } from './tools.ts'
import { voiceCues } from './voice-captions.ts'

export const VOICES = ['espeak', 'none'] as const
export type Voice = (typeof VOICES)[number]
const SCRATCH_DIR = '.cache/video'

export interface VideoOptions {
  root: string
  /** The deck and the plan it was generated from (the words come from the plan). */
  source: DeckSource
  /** `latest` or a run id: render the take's sound at its click times. */
  take?: string
  /** Without a take: espeak speaks the notes, or none: a silent cut at the planned pace. */
  voice: Voice
  /** Folder to write into (default videos/). */
  outDir?: string
  log: (line: string) => void
}

export interface VideoWritten {
  video: string
  captions: string
  chapters: string
  /** The video's length. */
  seconds: number
}

export async function renderVideo(options: VideoOptions): Promise<VideoWritten> {
  const { root, source, log } = options
  if (!source.planned)
    throw new CliError('USAGE', `${source.entry} was not generated from a lesson here, so its notes per click are unknown; pass a lesson`)
  const deck = readDeckInfo(source.markdown, source.entry)
  const steps = videoSteps(deck, source.planned)
  // Everything that can refuse the input does so before any work or any file.
  const take = options.take ? await findTake(root, deck.slug, options.take) : undefined
  if (take)
    checkTakeFits(deck, take.run)
  checkVideoTools({ speech: !take && options.voice === 'espeak', listen: Boolean(take?.audio) })

  const paths = videoPaths(resolve(root, options.outDir ?? VIDEOS_DIR), deck.slug)
  await mkdir(join(root, SCRATCH_DIR), { recursive: true })
  const scratch = await mkdtemp(join(root, SCRATCH_DIR, `${deck.slug}-`))
  const partial = join(dirname(paths.video), `.${deck.slug}.mp4.${randomBytes(6).toString('hex')}.tmp`)
  let opening: Promise<Player> | undefined
  const cleanUp = async () => {
    await (await opening?.catch(() => undefined))?.close()
    await rm(scratch, { recursive: true, force: true })
    await rm(partial, { force: true })
  }
  const stopListening = onInterrupt(cleanUp)
  try {
    // Chromium and the build get ready while the voice speaks.
    opening = openPlayer(root, deck.entry, log)
    opening.catch(() => undefined)
    const { timeline, audio } = await soundAndTimeline(steps, take, options.voice, deck.wordsPerMinute, scratch, log)
    const seconds = timeline.totalFrames / timeline.fps
    // The take's voice is listened to while Chromium takes the pictures.
    const heardCues = take?.audio ? takeCues(take.audio, source.planned, seconds, log) : undefined
    heardCues?.catch(() => undefined)
    // The video's own chapters are the lesson's sections; the description's list keeps those of 10 s or more.
    const sections = sectionChapters(timeline)
    const { chapters, merged } = mergeShortChapters(sections)
    for (const line of merged)
      log(`chapter ${line}: a chapter lasts at least 10 s`)
    const player = await opening
    const clips = await captureAndEncode(player, timeline, scratch, log)
    const metadata = join(scratch, 'chapters.ffmetadata')
    await writeFile(metadata, ffmetadata(deck.title, sections))
    await mkdir(dirname(paths.video), { recursive: true })
    await muxVideo({ clips, fps: timeline.fps, audio, metadata, list: join(scratch, 'clips.ffconcat'), out: partial })
    const problems = await videoProblems(partial, {
      seconds,
      width: VIDEO_WIDTH,
      height: VIDEO_HEIGHT,
      fps: timeline.fps,
      chapters: sections.map(c => c.title),
    })
    if (problems.length > 0)
      throw new CliError('VERIFY', `the video failed its checks, so it was not written:\n${problems.map(p => `  - ${p}`).join('\n')}`)
    await writeAtomically(paths.captions, webVtt(await heardCues ?? captionCues(timeline)))
    await writeAtomically(paths.chapters, chaptersText(chapters))
    await rename(partial, paths.video)
    return { ...paths, seconds }
  }
  finally {
    stopListening()
    await cleanUp()
  }
}

/**
 * Pictures step by step, each step encoded while Chromium takes the next one's: the two run on the
 * two cores at once, instead of one after the other.
 */
async function captureAndEncode(player: Player, timeline: Timeline, scratch: string, log: (line: string) => void): Promise<Clip[]> {
  const progress = frameProgress('render', timeline.totalFrames, log)
  const clips: Clip[] = []
  let steps = 0
  let encoded = 0
  let queue: Promise<void> = Promise.resolve()
  const started = performance.now()
  const capturing = captureFrames({
    page: player.page,
    url: player.url,
    timeline,
    dir: scratch,
    stepDone: (pictures) => {
      const n = steps++
      const frames = pictures.moving.length + pictures.stillFrames
      // One encoder at a time: a second would only take the core Chromium needs.
      queue = queue.then(async () => {
        clips.push(...await encodeStep(pictures, timeline.fps, join(scratch, `step-${n}`), done => progress(encoded + done)))
        encoded += frames
        progress(encoded)
      })
      queue.catch(() => undefined)
    },
  })
  try {
    await capturing
  }
  catch (error) {
    // The steps already taken finish encoding before their scratch files are removed.
    await queue.catch(() => undefined)
    throw error
  }
  finally {
    // Chromium is done (or failed): its core goes to the encoder.
    await player.close()
  }
  log(`pictures taken in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  await queue
  log(`frames encoded in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  return clips
}

/**
 * A take's captions timed to its voice; undefined (the script's timing) when its recording holds no
 * voice of the lesson, which is said.
 */
async function takeCues(audio: string, planned: Deck, seconds: number, log: (line: string) => void): Promise<Cue[] | undefined> {
  try {
    const heard = await listenToRecording(audio, listenFor(planned))
    const skipped = heard.sentences.filter(sentence => !sentence.said).length
    log(`captions follow the voice: ${heard.sentences.length - skipped} sentences heard${skipped ? `, ${skipped} not said (no caption)` : ''}`)
    return voiceCues(heard.sentences, seconds)
  }
  catch (error) {
    if (!(error instanceof CliError) || (error.code !== 'BAD_AUDIO' && error.code !== 'NOT_THE_LESSON'))
      throw error
    log(`captions follow the script's timing: ${error.problem}`)
    return undefined
  }
}

/** The timeline and the sound file that goes with it (none: silence). */
async function soundAndTimeline(
  steps: ReturnType<typeof videoSteps>,
  take: Take | undefined,
  voice: Voice,
  wordsPerMinute: number,
  scratch: string,
  log: (line: string) => void,
): Promise<{ timeline: Timeline, audio?: string }> {
  if (take) {
    if (!take.audio)
      log(`the take ${take.run.runId} has no recording: the video is silent, at the take's pace`)
    return { timeline: takeTimeline(steps, takeStepMs(steps, take.run)), audio: take.audio }
  }
  if (voice === 'none')
    return { timeline: draftTimeline(steps, steps.map(step => pacedSeconds(step, wordsPerMinute))) }
  const spoken = steps.filter(step => step.words > 0).length
  const progress = (done: number) => {
    if (done === steps.length || done % 10 === 0)
      log(`voice  ${done}/${steps.length} click steps (${spoken} with words)`)
  }
  const started = performance.now()
  const clips = await speakSteps(steps, scratch, progress)
  log(`voice spoken in ${((performance.now() - started) / 1000).toFixed(1)} s`)
  const timeline = draftTimeline(steps, clipSeconds(clips))
  const audio = join(scratch, 'speech.wav')
  await writeSpeechTrack(clips, timeline, audio)
  return { timeline, audio }
}
