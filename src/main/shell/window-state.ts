import { z } from 'zod'

/** Window size and place, remembered between runs. */
export const WindowStateSchema = z.object({
  x: z.number().int(),
  y: z.number().int(),
  width: z.number().int().min(200).max(20000),
  height: z.number().int().min(200).max(20000),
  maximized: z.boolean(),
})
export type WindowState = z.infer<typeof WindowStateSchema>

export interface Rect {
  x: number
  y: number
  width: number
  height: number
}

export const MIN_WINDOW = { width: 1024, height: 700 }
const MIN_VISIBLE = 100

/**
 * The bounds to open with: the remembered ones when enough of the window would land on a
 * display that is still there (a monitor may have been unplugged), else centred on the
 * primary display.
 */
export function restoreBounds(
  saved: WindowState | null,
  workAreas: Rect[],
  primary: Rect,
): Rect & { maximized: boolean } {
  const fallbackWidth = Math.min(Math.max(MIN_WINDOW.width, 1280), primary.width)
  const fallbackHeight = Math.min(Math.max(MIN_WINDOW.height, 820), primary.height)
  const fallback = {
    width: fallbackWidth,
    height: fallbackHeight,
    x: primary.x + Math.round((primary.width - fallbackWidth) / 2),
    y: primary.y + Math.round((primary.height - fallbackHeight) / 2),
    maximized: false,
  }
  if (!saved) return fallback
  const visible = workAreas.some((area) => {
    const overlapX =
      Math.min(saved.x + saved.width, area.x + area.width) - Math.max(saved.x, area.x)
    const overlapY =
      Math.min(saved.y + saved.height, area.y + area.height) - Math.max(saved.y, area.y)
    return overlapX >= MIN_VISIBLE && overlapY >= MIN_VISIBLE
  })
  return visible ? { ...saved } : { ...fallback, maximized: saved.maximized }
}
