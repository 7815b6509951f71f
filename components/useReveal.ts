// The current step of a component, read from its slide's clicks (the slide reserves them with `clicks: N`),
// and whether a part that appears at a given click is on screen: the one reveal idiom of the components.
import type { ComputedRef } from 'vue'
import { useSlideContext } from '@slidev/client'
import { computed } from 'vue'
import { isRevealed, stepOf } from './steps'

export interface Reveal {
  step: ComputedRef<number>
  /** Whether the part that appears at click `at` shows now. */
  shows: (at: number | undefined) => boolean
}

export function useReveal(total: () => number): Reveal {
  const { $clicks } = useSlideContext()
  const step = computed(() => stepOf($clicks.value, total()))
  return { step, shows: at => isRevealed(step.value, at) }
}
