import { useEffect, type RefObject } from 'react'

/**
 * Keeps the host frame as tall as the content. Zendesk does not size app frames by itself, so every
 * change of height (loading → content, a list growing) is reported, once per animation frame at most.
 */
export function useAutoResize(ref: RefObject<HTMLElement | null>, resize: (height: number) => Promise<void>) {
  useEffect(() => {
    const element = ref.current
    if (!element) return
    let lastHeight = -1
    let frame = 0
    const report = () => {
      frame = 0
      const height = Math.ceil(element.getBoundingClientRect().height)
      if (height === lastHeight || height === 0) return
      lastHeight = height
      resize(height).catch((error: unknown) => console.warn('Turnaround: resize failed', error))
    }
    const schedule = () => {
      if (!frame) frame = requestAnimationFrame(report)
    }
    schedule()
    if (typeof ResizeObserver === 'undefined') return () => cancelAnimationFrame(frame)
    const observer = new ResizeObserver(schedule)
    observer.observe(element)
    return () => {
      observer.disconnect()
      cancelAnimationFrame(frame)
    }
  }, [ref, resize])
}
