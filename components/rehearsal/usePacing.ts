// The presenter view's pacing state: Slidev's timer and position, read against the plan in the
// slides' frontmatter, and the rehearsal log kept on the same timer (start, pause and reset included).
import { sharedState, useNav } from '@slidev/client'
import { computed, onScopeDispose, ref, shallowRef, watch } from 'vue'
import { planSections, plannedTotalSeconds, sectionOfSlide, sectionStatus, slidePacingOf, talkStatus, timerElapsedMs } from './pacing'
import { moveTo, type Position, type RunIdentity, spentOnSlides, startLog, totalSpentMs } from './rehearsalLog'
import { useRehearsalSaver } from './useRehearsalSaver'

/** How often the panel's clock redraws. */
const TICK_MS = 250

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
  const lessonSlug = computed(() => String(slides.value[0]?.meta.slide?.frontmatter.lessonSlug ?? 'lesson'))

  const log = shallowRef(startLog(position.value, elapsedAt(Date.now())))
  // A run is recorded from the moment the timer starts here; one already going when the page opened
  // (a reload, a second window) is followed but not recorded, as its start was never seen.
  const identity = shallowRef<RunIdentity>()
  function newIdentity(): RunIdentity {
    return { lessonSlug: lessonSlug.value, runId: crypto.randomUUID(), startedAt: new Date(timer.value.startedAt || Date.now()).toISOString() }
  }

  const saver = useRehearsalSaver()
  const isLastSlide = computed(() => position.value.no === slides.value.length)
  function save(atMs = elapsedAt(Date.now())) {
    if (identity.value)
      return saver.save(log.value, slidePlan.value, identity.value, atMs)
  }

  watch(position, (to) => {
    log.value = moveTo(log.value, to, elapsedAt(Date.now()))
  })
  // A copy per change, so a reset (which replaces the timer) can still be read as it stood before.
  watch(() => ({ ...sharedState.timer }), (after, before) => {
    if (before.status === 'stopped' && after.status === 'running') {
      identity.value = newIdentity()
      log.value = startLog(position.value, 0)
    }
    else if (before.status === 'running' && after.status === 'paused' && isLastSlide.value) {
      // Pausing on the last slide ends a run.
      void save()
    }
    else if (before.status !== 'stopped' && after.status === 'stopped') {
      const endedAtMs = timerElapsedMs(before, Date.now())
      if (identity.value && saver.hasUnsaved(identity.value.runId, log.value, endedAtMs))
        void save(endedAtMs)
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
    save: () => save(),
  }
}
