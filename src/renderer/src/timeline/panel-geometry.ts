/**
 * Generic help for the timeline's panels, with no knowledge of the widget that draws them: the
 * adapter gives the elements.
 */

/** Scrolls `panel` by the least that brings `target` into view. */
export function scrollPanelToShow(panel: HTMLElement, target: HTMLElement): void {
  const view = panel.getBoundingClientRect()
  const box = target.getBoundingClientRect()
  const delta =
    box.top < view.top
      ? box.top - view.top
      : box.bottom > view.bottom
        ? Math.min(box.bottom - view.bottom, box.top - view.top)
        : 0
  panel.scrollTop += delta
}

/** What a change of size means to the timeline. */
export interface SizeWatch {
  /** Any size changed: sizes read and kept are stale. */
  onAnyChange(): void
  /** The lanes' panel has a new width (its border box). */
  onLanesWidth(widthPx: number): void
  /** The lanes' panel has a new height (within its borders). */
  onLanesHeight(heightPx: number): void
}

/**
 * Watches the canvas and the lanes' panel with one `ResizeObserver`, in the frame the sizes
 * change; returns how to stop.
 */
export function watchSizes(canvas: HTMLElement, lanes: HTMLElement | null, watch: SizeWatch) {
  let heightPx = 0
  const observer = new ResizeObserver((entries) => {
    watch.onAnyChange()
    for (const entry of entries) {
      if (entry.target !== lanes) continue
      const width = entry.borderBoxSize[0]?.inlineSize
      const height = entry.contentBoxSize[0]?.blockSize
      if (width) watch.onLanesWidth(width)
      if (height && height !== heightPx) {
        heightPx = height
        watch.onLanesHeight(height)
      }
    }
  })
  observer.observe(canvas)
  if (lanes) observer.observe(lanes, { box: 'border-box' })
  return () => observer.disconnect()
}

/**
 * Keeps the panels inside `canvas` unscrolled, but those `scrolls` allows: focusing a chip
 * half in view makes the browser scroll a clipped panel, which the widget does not expect.
 * Returns how to stop.
 */
export function keepPanelsInPlace(canvas: HTMLElement, scrolls: (panel: HTMLElement) => boolean) {
  const onScroll = (event: Event): void => {
    const target = event.target
    if (!(target instanceof HTMLElement) || scrolls(target)) return
    if (target.scrollLeft !== 0) target.scrollLeft = 0
    if (target.scrollTop !== 0) target.scrollTop = 0
  }
  canvas.addEventListener('scroll', onScroll, true)
  return () => canvas.removeEventListener('scroll', onScroll, true)
}
