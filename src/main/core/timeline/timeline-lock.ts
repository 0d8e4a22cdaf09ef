import { readFile, rm, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { resolve } from 'node:path'

/** Timelines this process has open for writing (another window of the same app). */
const heldHere = new Set<string>()

function lockPath(path: string): string {
  return `${path}.lock`
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Claims a timeline for writing: a lock file beside it names this process, so a second
 * window or a second copy of the app opens it read-only instead of writing it at the same
 * time. A lock left by a process that is gone (a crash) is taken over. False when another
 * live process or window holds it.
 */
export async function acquireTimelineLock(path: string): Promise<boolean> {
  const key = resolve(path)
  if (heldHere.has(key)) return false
  const mine = JSON.stringify({ pid: process.pid, host: hostname() })
  try {
    await writeFile(lockPath(key), mine, { flag: 'wx' })
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
      // The folder cannot take a lock file (read-only media): SQLite's own locks still apply.
      heldHere.add(key)
      return true
    }
    const holder: { pid?: unknown; host?: unknown } = await readFile(lockPath(key), 'utf8').then(
      (text) => JSON.parse(text) as { pid?: unknown; host?: unknown },
      () => ({}),
    )
    const live = typeof holder.pid === 'number' && holder.host === hostname() && isAlive(holder.pid)
    if (live || (holder.host !== undefined && holder.host !== hostname())) return false
    await writeFile(lockPath(key), mine)
  }
  heldHere.add(key)
  return true
}

export async function releaseTimelineLock(path: string): Promise<void> {
  const key = resolve(path)
  if (!heldHere.delete(key)) return
  await rm(lockPath(key), { force: true })
}
