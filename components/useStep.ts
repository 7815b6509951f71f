// The current step of a component, read from its slide's clicks (the slide reserves them with `clicks: N`).
import { useSlideContext } from '@slidev/client'
import { computed, type ComputedRef } from 'vue'
import { stepOf } from './steps'

export function useStep(total: () => number): ComputedRef<number> {
  const { $clicks } = useSlideContext()
  return computed(() => stepOf($clicks.value, total()))
}
