/**
 * The disk's own pace at what every acknowledged save waits for: a small write pushed to the
 * disk (fdatasync), as SQLite's commit does with `synchronous=FULL`. Measured beside the note
 * and edit figures, on the same file system, just before them: a save cannot be acknowledged
 * sooner than its sync, and on a virtual disk a sync now and then takes tens or hundreds of
 * milliseconds, whatever the app does.
 */
import { mkdtemp, open, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { setTimeout as wait } from 'node:timers/promises'

/** 4 KiB: one page, the size of a note's commit to the write-ahead log. */
const PAGE = Buffer.alloc(4096, 0x2a)

/** Times `count` page writes each pushed to the disk, `gapMs` apart (a person's saves are). */
export async function diskSyncTimes(count: number, gapMs: number): Promise<number[]> {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-bench-disk-'))
  const file = await open(join(dir, 'sync.bin'), 'w')
  const times: number[] = []
  try {
    for (let i = 0; i < count; i += 1) {
      await file.write(PAGE, 0, PAGE.length, (i % 256) * PAGE.length)
      const t0 = performance.now()
      await file.datasync()
      times.push(performance.now() - t0)
      await wait(gapMs)
    }
  } finally {
    await file.close()
    await rm(dir, { recursive: true, force: true })
  }
  return times
}
