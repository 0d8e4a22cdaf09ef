// A store thread readied ahead opens the file it is later given, exactly once; the next open
// gets a thread of its own.
import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { bundleScript, STORE_WORKER_SOURCE } from '../test-support/bundle-script'
import { TimelineRepository } from '../timeline/timeline-repository'
import { loadDataFolder } from './load-data-folder'
import { openStoreInWorker } from './remote-event-store'
import { prepareStoreWorker, storeWorkerFor } from './store-worker-spare'

const DATA_DIR = join(__dirname, '..', '..', '..', '..', 'data')

describe('a spare store thread', () => {
  it('is taken by the next open, which then reads that file; the open after gets a new one', async () => {
    const script = await bundleScript(STORE_WORKER_SOURCE)
    const data = await loadDataFolder(DATA_DIR)
    const path = join(await mkdtemp(join(tmpdir(), 'timeline-spare-')), 'talks.timeline')
    TimelineRepository.create(path, { title: 'Talks', description: '' }, data)
    const opening = { path, immutable: false, writable: false }

    const spare = prepareStoreWorker(script)
    expect(prepareStoreWorker(script)).toBe(spare)
    const taken = storeWorkerFor(script, opening)
    expect(taken.threadId).toBe(spare)
    await taken.terminate()
    const fresh = storeWorkerFor(script, opening)
    expect(fresh.threadId).not.toBe(spare)
    await fresh.terminate()

    prepareStoreWorker(script)
    const first = await openStoreInWorker(script, opening)
    const second = await openStoreInWorker(script, opening)
    const summit = data.events.find((e) => e.id === 'alaska-summit')!
    try {
      expect(await first.store.title('alaska-summit')).toBe(summit.title)
      expect(await second.store.title('alaska-summit')).toBe(summit.title)
      expect((await first.store.listEvents({})).length).toBe(data.events.length)
    } finally {
      await first.store.close()
      await second.store.close()
    }
  }, 60_000)
})
