import type * as Electron from 'electron'

/** One 1920×1080 display, for the window-state arithmetic. */
const workArea = { x: 0, y: 0, width: 1920, height: 1080 }
const display: Electron.Display = {
  accelerometerSupport: 'unknown',
  bounds: workArea,
  colorDepth: 24,
  colorSpace: 'srgb',
  depthPerComponent: 8,
  detected: true,
  displayFrequency: 60,
  id: 1,
  internal: true,
  label: 'fake',
  maximumCursorSize: { width: 64, height: 64 },
  monochrome: false,
  nativeOrigin: { x: 0, y: 0 },
  rotation: 0,
  scaleFactor: 1,
  size: { width: 1920, height: 1080 },
  touchSupport: 'unknown',
  workArea,
  workAreaSize: { width: 1920, height: 1080 },
}

export const screen = {
  getPrimaryDisplay: () => display,
  getAllDisplays: () => [display],
} satisfies Pick<Electron.Screen, 'getPrimaryDisplay' | 'getAllDisplays'>
