// The slice of @slidev/client our components use. The package ships TypeScript sources that do not
// type-check under this project's strict settings, so the type checker reads this instead
// (tsconfig `paths`); Vite still bundles the real package.
import type { ComputedRef, Ref } from 'vue'

export type RenderContext = 'none' | 'slide' | 'overview' | 'presenter' | 'previewNext'

export interface SlideContext {
  $clicks: ComputedRef<number>
  $page: ComputedRef<number>
  $renderContext: ComputedRef<RenderContext>
  $frontmatter: Record<string, unknown>
  $nav: Ref<{ currentPage: number, total: number, clicks: number, currentSlideNo: number, isPresenter: boolean }>
}

export function useSlideContext(): SlideContext

/** A slide as the router knows it; `meta.slide.frontmatter` holds the slide's frontmatter. */
export interface SlideRoute {
  no: number
  meta: { slide?: { frontmatter: Record<string, unknown> } }
}

export interface Nav {
  slides: Ref<SlideRoute[]>
  total: ComputedRef<number>
  currentSlideNo: ComputedRef<number>
  clicksContext: ComputedRef<{ current: number, total: number }>
  isPresenter: ComputedRef<boolean>
  isPrintMode: ComputedRef<boolean>
  /** Moves to slide `no` at `clicks`. */
  go: (no: number, clicks?: number) => Promise<void>
  /** The next click, or the next slide after the last click. */
  next: () => Promise<void>
}

export function useNav(): Nav

/** The state Slidev syncs between its windows; `timer` is the presenter's timer. */
export const sharedState: {
  timer: { status: 'stopped' | 'running' | 'paused', startedAt: number, pausedAt: number }
}
