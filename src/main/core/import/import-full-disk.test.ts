// An import that runs out of disk: refused with a message the user can read, the timeline
// exactly as before, in both ways an import writes (its writing thread, and in-thread).
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { beforeAll, describe, expect, it } from 'vitest'
import { openEditable, sampleTimelineFile } from '../test-support/editable-timeline'
import { writeAcledCsv } from '../test-support/generate-acled'
import { ACLED_MAPPING, IMPORTED_AT } from '../test-support/import-fixtures'
import { bundleScript, IMPORT_WORKER_SOURCE } from '../test-support/bundle-script'
import { checkpoint, mountSmallDisk } from '../test-support/small-disk'
import { checkImportFile } from './import-file'
import { ImportProgressCells } from './import-progress'
import { runImportOffThread } from './import-runner'

let dir: string
let workerScript: string
let csv: string

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'timeline-import-full-'))
  workerScript = await bundleScript(IMPORT_WORKER_SOURCE)
  csv = join(dir, 'acled.csv')
  await writeAcledCsv(csv, 3000)
}, 60_000)

describe('an import on a full disk', () => {
  it.each([
    ['in its writing thread', true],
    ['in this thread', false],
  ])('%s: is refused with “The disk is full” and changes nothing', async (_, threaded) => {
    const mounted = await mountSmallDisk(8192)
    if ('skipped' in mounted) return console.warn(`skipped: ${mounted.skipped}`)
    const { disk } = mounted
    try {
      const timeline = await sampleTimelineFile(disk.dir)
      // Open, as the app has the timeline it imports into.
      const open = openEditable(timeline)
      const before = open.repository.readData()
      checkpoint(timeline)
      await disk.fill()

      const job = {
        mode: 'run' as const,
        file: await checkImportFile(csv),
        timelinePath: timeline,
        mapping: ACLED_MAPPING,
        dateOrder: null,
        at: IMPORTED_AT,
      }
      const script = threaded ? workerScript : undefined
      await expect(runImportOffThread(script, job, new ImportProgressCells())).rejects.toThrow(
        'The disk is full: nothing was imported.',
      )

      open.close()
      await disk.free()
      const after = openEditable(timeline)
      expect(after.repository.integrityProblem()).toBeNull()
      expect(after.repository.readData()).toEqual(before)
      expect(after.editor.editState()).toEqual({ undoLabel: null, redoLabel: null })
      after.close()
    } finally {
      await disk.unmount()
    }
  })
})
