import { execFileSync } from 'node:child_process'
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'

export interface SmallDisk {
  dir: string
  /** Writes a filler file until the disk answers ENOSPC. */
  fill(): Promise<void>
  /** Removes the filler, so the disk has room again. */
  free(): Promise<void>
  unmount(): Promise<void>
}

const FILLER = '.filler'

/**
 * Mounts a small tmpfs (root only), to prove what happens when the disk is full. Resolves
 * with null and the reason where mounting is not allowed, so a test can say it was skipped.
 */
export async function mountSmallDisk(
  sizeKiB: number,
): Promise<{ disk: SmallDisk } | { skipped: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-small-disk-'))
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${sizeKiB}k`, 'tmpfs', dir], {
      stdio: 'pipe',
    })
  } catch (error) {
    await rm(dir, { recursive: true, force: true })
    return { skipped: `a tmpfs cannot be mounted here (${String(error).split('\n')[0]})` }
  }
  const disk: SmallDisk = {
    dir,
    fill: async () => {
      const handle = await open(join(dir, FILLER), 'a')
      const block = Buffer.alloc(4096, 1)
      try {
        for (;;) await handle.write(block)
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOSPC') throw error
      } finally {
        await handle.close().catch(() => undefined)
      }
    },
    free: () => rm(join(dir, FILLER), { force: true }),
    unmount: async () => {
      execFileSync('umount', ['-l', dir], { stdio: 'pipe' })
      await rm(dir, { recursive: true, force: true })
    },
  }
  return { disk }
}

/** Empties a database's write-ahead log into its file, so the next write needs new room. */
export function checkpoint(path: string): void {
  const db = new DatabaseSync(path)
  db.exec('PRAGMA wal_checkpoint(TRUNCATE)')
  db.close()
}
