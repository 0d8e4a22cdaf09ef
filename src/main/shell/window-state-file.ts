import { readFile, rename } from 'node:fs/promises'
import { join } from 'node:path'
import { writeFileDurably } from '../core/durable-file-write'
import { WindowStateSchema, type WindowState } from './window-state'

const FILE = 'window-state.json'

/** Reads the remembered window state; an unreadable file is moved aside, never reused. */
export async function readWindowState(userDataDir: string): Promise<WindowState | null> {
  const path = join(userDataDir, FILE)
  let text: string
  try {
    text = await readFile(path, 'utf8')
  } catch {
    return null
  }
  try {
    return WindowStateSchema.parse(JSON.parse(text))
  } catch {
    await rename(path, join(userDataDir, `window-state.corrupt-${Date.now()}.json`)).catch(
      () => undefined,
    )
    return null
  }
}

export async function writeWindowState(userDataDir: string, state: WindowState): Promise<void> {
  await writeFileDurably(join(userDataDir, FILE), JSON.stringify(state, null, 2))
}
