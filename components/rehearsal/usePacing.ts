// The presenter view's pacing state: Slidev's timer and position, read against the plan in the
// slides' frontmatter, and the rehearsal log kept on the same timer (start, pause and reset included).
// The run in progress is kept in the browser at every click (keptRun.ts): a reload resumes it.
import type { KeptRun } from './keptRun'
import type { Position, RunIdentity } from './rehearsalLog'
import { sharedState, useNav } from '@slidev/client'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { servedByFrontDoor } from '../../scripts/dev-server/handover-protocol.ts'
import { FRONTMATTER } from '../../scripts/lesson/types.ts'
import { leaveTimer, takeHandedOverTimer } from './handover'
import { abandonedRun, forget, keep, KEEP_EVERY_MS, keptRuns, sortKept, tabRunId } from './keptRun'
import { plannedTotalSeconds, planSections, sectionOfSlide, sectionStatus, slidePacingOf, talkStatus, timerElapsedMs } from './pacing'
import { moveTo, spentOnSlides, startLog, totalSpentMs } from './rehearsalLog'
import { useRehearsalSaver } from './useRehearsalSaver'

/** How often the panel's clock redraws. */
const TICK_MS = 250
/** How long a reloaded view waits for Slidev's timer to arrive from the server before taking its run as over. */
const TIMER_SETTLE_MS = 3000

export function usePacing() {
  const { slides, currentSlideNo, clicksContext } = useNav()
  const now = ref(Date.now())
  const tick = setInterval(() => now.value = Date.now(), TICK_MS)
  onScopeDispose(() => clearInterval(tick))

  const timer = computed(() => sharedState.timer)
  const elapsedAt = (wallClock: number) => timerElapsedMs(sharedState.timer, wallClock)
  const elapsedMs = computed(() => elapsedAt(now.value))

  const slidePlan = computed(() => slides.value.map(route => slidePacingOf(route.no, route.meta.slide?.frontmatter ?? {})))
  const sections = computed(() => planSections(slidePlan.value))
  const totalSeconds = computed(() => plannedTotalSeconds(sections.value))
  const position = computed<Position>(() => ({ no: currentSlideNo.value, clicks: clicksContext.value.current }))
  const section = computed(() => sectionOfSlide(sections.value, position.value.no))
  const lessonSlug = computed(() => String(slides.value[0]?.meta.slide?.frontmatter[FRONTMATTER.lessonSlug] ?? 'lesson'))

  const log = shallowRef(startLog(position.value, elapsedAt(Date.now())))
  // A run is recorded from the moment the timer starts here, or resumed after a reload of this tab;
  // one already going when another page opened (a second window) is followed but not recorded.
  const identity = shallowRef<RunIdentity>()
  function newIdentity(): RunIdentity {
    return { lessonSlug: lessonSlug.value, runId: crypto.randomUUID(), startedAt: new Date(timer.value.startedAt || Date.now()).toISOString() }
  }

  handOverTimer()
  const saver = useRehearsalSaver()
  // Only the dev server saves runs (through npm start's front door too), so only there is a run worth keeping across a reload.
  const storage = saver.available && typeof window !== 'undefined' ? { local: window.localStorage, session: window.sessionStorage } : undefined
  /** Slidev's timer start of the run being recorded, and how much of it the server has. */
  let runTimer = { startedAt: 0, savedSpentMs: 0 }
  function keepRun() {
    if (storage && identity.value) {
      keep(storage.local, storage.session, {
        identity: identity.value,
        log: log.value,
        slides: slidePlan.value,
        timerStartedAt: runTimer.startedAt,
        atMs: elapsedAt(Date.now()),
        keptAt: Date.now(),
        savedSpentMs: runTimer.savedSpentMs,
      })
    }
  }
  const keeping = setInterval(keepRun, KEEP_EVERY_MS)
  onScopeDispose(() => clearInterval(keeping))

  function resumeRun(kept: KeptRun) {
    // A reload: the same run goes on. The time since it was last kept belongs where the speaker was.
    identity.value = kept.identity
    runTimer = { startedAt: kept.timerStartedAt, savedSpentMs: kept.savedSpentMs }
    saver.markSaved(kept.identity.runId, kept.savedSpentMs)
    log.value = moveTo(kept.log, position.value, elapsedAt(Date.now()))
    keepRun()
  }
  function settleKept(kept: KeptRun[], ownRunId: string | null) {
    const { resume, abandoned } = sortKept(kept, ownRunId, sharedState.timer, Date.now())
    for (const run of abandoned) {
      const body = abandonedRun(run)
      if (!body)
        forget(storage!.local, storage!.session, run.identity.runId)
      else
        void saver.send(body).then(sent => sent && forget(storage!.local, storage!.session, run.identity.runId))
    }
    if (resume)
      resumeRun(resume)
  }
  /** This tab's kept run, while Slidev's timer (which may reach a reloaded page after it opens) is awaited. */
  let awaitingTimer: { own: KeptRun, settle: () => void } | undefined
  if (storage) {
    const kept = keptRuns(storage.local, lessonSlug.value)
    const ownRunId = tabRunId(storage.session)
    const own = kept.find(run => run.identity.runId === ownRunId && sharedState.timer.startedAt !== run.timerStartedAt)
    if (!own) {
      settleKept(kept, ownRunId)
    }
    else {
      // Settled once the timer is the run's own (the timer watch below), or after a moment without it.
      awaitingTimer = { own, settle: () => settleKept(kept, ownRunId) }
      const waited = setTimeout(() => {
        awaitingTimer?.settle()
        awaitingTimer = undefined
      }, TIMER_SETTLE_MS)
      onScopeDispose(() => clearTimeout(waited))
    }
  }

  const isLastSlide = computed(() => position.value.no === slides.value.length)
  async function save(atMs = elapsedAt(Date.now())) {
    const run = identity.value
    if (!run)
      return
    const spentMs = totalSpentMs(log.value, atMs)
    if (await saver.save(log.value, slidePlan.value, run, atMs) && identity.value === run) {
      runTimer = { ...runTimer, savedSpentMs: spentMs }
      keepRun()
    }
  }

  watch(position, (to) => {
    log.value = moveTo(log.value, to, elapsedAt(Date.now()))
    keepRun()
  })
  // A copy per change, so a reset (which replaces the timer) can still be read as it stood before.
  watch(() => ({ ...sharedState.timer }), (after, before) => {
    if (awaitingTimer && after.status !== 'stopped' && after.startedAt === awaitingTimer.own.timerStartedAt) {
      const { settle } = awaitingTimer
      awaitingTimer = undefined
      settle()
    }
    else if (before.status === 'stopped' && after.status === 'running') {
      identity.value = newIdentity()
      runTimer = { startedAt: after.startedAt, savedSpentMs: 0 }
      log.value = startLog(position.value, 0)
      keepRun()
    }
    else if (before.status === 'running' && after.status === 'paused' && isLastSlide.value) {
      // Pausing on the last slide ends a run.
      void save()
    }
    else if (before.status !== 'stopped' && after.status === 'stopped') {
      const endedAtMs = timerElapsedMs(before, Date.now())
      const ended = identity.value
      if (ended && saver.hasUnsaved(ended.runId, log.value, endedAtMs)) {
        // Kept until the server has it: should the save fail, the next opening of the view sends it again.
        const endedLog = log.value
        void saver.save(endedLog, slidePlan.value, ended, endedAtMs).then(sent => sent && storage && forget(storage.local, storage.session, ended.runId))
      }
      else if (ended && storage) {
        forget(storage.local, storage.session, ended.runId)
      }
      identity.value = undefined
      log.value = startLog(position.value, 0)
    }
  })

  const sectionSpentSeconds = computed(() => section.value ? spentOnSlides(log.value, section.value.slides, elapsedMs.value) / 1000 : 0)
  return {
    timer,
    section,
    sectionSpentSeconds,
    sectionStatus: computed(() => section.value && sectionStatus(sectionSpentSeconds.value, section.value.budgetSeconds)),
    totalSeconds,
    talk: computed(() => talkStatus(elapsedMs.value / 1000, timer.value.status === 'running', section.value, totalSeconds.value)),
    canSave: computed(() => saver.available && identity.value !== undefined && totalSpentMs(log.value, elapsedMs.value) > 0),
    /** The timer runs but this view saw no start, so there is no run to save. */
    notRecording: computed(() => saver.available && identity.value === undefined && timer.value.status !== 'stopped'),
    saveState: saver.state,
    /** The speaking rate the deck was planned at (its headmatter). */
    wordsPerMinute: computed(() => String(slides.value[0]?.meta.slide?.frontmatter.wordsPerMinute ?? '')),
    save: () => save(),
    /** The run being logged, undefined between runs (the take recorder records its length). */
    run: identity,
  }
}

/** Slidev's timer from the build's page to the dev server's (handover.ts): left by the one, taken up by the other. */
function handOverTimer(): void {
  if (typeof window === 'undefined')
    return
  // Only the dev server's page has hot updates (a build made with NODE_ENV=test still says DEV).
  if (import.meta.hot) {
    const handedOver = takeHandedOverTimer(window.sessionStorage, sharedState.timer)
    if (handedOver)
      sharedState.timer = handedOver
  }
  else if (servedByFrontDoor()) {
    watch(() => ({ ...sharedState.timer }), timer => leaveTimer(window.sessionStorage, timer), { immediate: true })
  }
}
