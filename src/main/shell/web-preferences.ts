import type { WebPreferences } from 'electron'

/** Electron's security checklist for every window of the app, stated once and tested. */
export const SECURE_WEB_PREFERENCES = {
  contextIsolation: true,
  sandbox: true,
  nodeIntegration: false,
  nodeIntegrationInWorker: false,
  nodeIntegrationInSubFrames: false,
  webSecurity: true,
  webviewTag: false,
  spellcheck: false,
  navigateOnDragDrop: false,
  // Middle-click would open links in new windows; those are denied anyway, this stops the event.
  disableBlinkFeatures: 'Auxclick',
} as const satisfies WebPreferences

/** The renderer's sandbox: the checklist, and the preload that builds `window.api`. */
export function secureWebPreferences(preloadPath: string): WebPreferences {
  return { preload: preloadPath, ...SECURE_WEB_PREFERENCES }
}
