import type { Page } from '@playwright/test'
import type { Channel } from '../../src/shared/api'

export interface LaunchOptions {
  /** Reuse a user-data folder (to prove persistence); a fresh one otherwise. */
  userDataDir?: string
  /** The data folder the read-only sample is built from; the bundled `data/` otherwise. */
  dataDir?: string
  /** A timeline file to open at start (instead of the last one, or the sample). */
  timelinePath?: string
  /** The path the save dialog answers with. */
  savePath?: string
  /** The path the open dialog answers with. */
  openPath?: string
  viewport?: { width: number; height: number }
  /** Test host only: load the store before opening the page, so timings exclude it. */
  openAfterLoading?: boolean
  colorScheme?: 'light' | 'dark'
}

export interface LaunchedApp {
  page: Page
  userDataDir: string
  /** URLs handed to the system browser (test host only; empty under Electron). */
  openedUrls: string[]
  /** Requests a printed report tried to make (test host only; they are refused). */
  printRequests: string[]
  /** Files handed to the system's viewer (test host only; empty under Electron). */
  openedFiles: string[]
  /** Every request the renderer made, in order (test host only; null under Electron). */
  requests: Channel[] | null
  close(): Promise<void>
}
