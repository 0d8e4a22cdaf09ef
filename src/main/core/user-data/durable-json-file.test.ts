import fs from 'node:fs'
import fsp from 'node:fs/promises'
import { mkdtemp, open, readFile, readdir, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { z } from 'zod'
import { DurableJsonFile, type DocumentSpec } from './durable-json-file'

const DocSchema = z.strictObject({
  schemaVersion: z.literal(1),
  items: z.array(z.string()),
})
type Doc = z.infer<typeof DocSchema>

const spec: DocumentSpec<Doc> = {
  fileName: 'things.json',
  description: 'your things',
  currentVersion: 1,
  migrations: {},
  schema: DocSchema,
  empty: () => ({ schemaVersion: 1, items: [] }),
}

const fixedNow = () => new Date('2026-11-23T10:20:30.456Z')
const doc = (...items: string[]): Doc => ({ schemaVersion: 1, items })

async function folder(): Promise<string> {
  return mkdtemp(join(tmpdir(), 'timeline-durable-'))
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('DurableJsonFile', () => {
  it('starts empty and quietly when there is no file yet', async () => {
    const file = new DurableJsonFile(await folder(), spec)
    expect(await file.load()).toEqual({ value: doc(), notice: null })
  })

  it('a backup that cannot be written at start is no reason to move the good file aside', async () => {
    const dir = await folder()
    await new DurableJsonFile(dir, spec).save(doc('kept'))
    const before = await readFile(join(dir, 'things.json'), 'utf8')
    // A folder where the backup should go makes its write fail, as a full disk or a lock would.
    await fs.promises.mkdir(join(dir, 'things.bak.json', 'blocker'), { recursive: true })
    expect(await new DurableJsonFile(dir, spec).load()).toEqual({
      value: doc('kept'),
      notice: null,
    })
    expect(await readFile(join(dir, 'things.json'), 'utf8')).toBe(before)
    expect((await readdir(dir)).filter((name) => name.includes('corrupt'))).toEqual([])
  })

  it('reads back what it saved, and keeps a backup after a good load', async () => {
    const dir = await folder()
    await new DurableJsonFile(dir, spec).save(doc('a', 'b'))
    const reopened = new DurableJsonFile(dir, spec)
    expect((await reopened.load()).value).toEqual(doc('a', 'b'))
    expect(JSON.parse(await readFile(join(dir, 'things.bak.json'), 'utf8'))).toEqual(doc('a', 'b'))
  })

  it('runs saves one at a time in order, each its own write', async () => {
    const dir = await folder()
    const file = new DurableJsonFile(dir, spec)
    const renames = vi.spyOn(fsp, 'rename')
    await Promise.all(Array.from({ length: 20 }, (_, i) => file.save(doc(String(i)))))
    expect(renames).toHaveBeenCalledTimes(20)
    expect(JSON.parse(await readFile(file.path, 'utf8'))).toEqual(doc('19'))
  })

  it('syncs the folder after the rename, before the save resolves', async () => {
    const dir = await folder()
    const file = new DurableJsonFile(dir, spec)
    const order: string[] = []
    const rename = fsp.rename.bind(fsp)
    vi.spyOn(fsp, 'rename').mockImplementation(async (...args: Parameters<typeof fsp.rename>) => {
      order.push('rename')
      return rename(...args)
    })
    // Node does not export the FileHandle class; reach its prototype through a handle.
    const probe = await open(dir, 'r')
    const handlePrototype = Object.getPrototypeOf(probe) as { sync(): Promise<void> }
    await probe.close()
    const realSync = handlePrototype.sync
    const sync = vi.spyOn(handlePrototype, 'sync').mockImplementation(async function (
      this: unknown,
    ) {
      order.push('fsync')
      return realSync.call(this)
    })
    await file.save(doc('x'))
    // The temp file's data, then the rename, then the folder that holds the new name.
    expect(order).toEqual(['fsync', 'rename', 'fsync'])
    sync.mockRestore()
  })

  describe.each([
    ['truncated JSON', '{"schemaVersion": 1, "items": ["a", "b"'],
    ['NUL bytes', '\u0000\u0000\u0000\u0000\u0000'],
    ['valid JSON of the wrong shape', '{"schemaVersion": 1, "items": [1, 2, 3]}'],
  ])('a file with %s', (_name, content) => {
    it('is kept byte for byte, and the backup is restored when valid', async () => {
      const dir = await folder()
      const first = new DurableJsonFile(dir, spec)
      await first.save(doc('kept'))
      await first.load() // a good load refreshes the backup
      await writeFile(join(dir, 'things.json'), content)

      const file = new DurableJsonFile(dir, spec, fixedNow)
      const { value, notice } = await file.load()
      expect(value).toEqual(doc('kept'))
      expect(notice?.keptAs).toBe('things.corrupt-2026-11-23T10-20-30-456Z.json')
      expect(notice?.message).toMatch(/restored from the last good backup/)
      expect(await readFile(join(dir, notice!.keptAs!), 'utf8')).toBe(content)
      expect(JSON.parse(await readFile(file.path, 'utf8'))).toEqual(doc('kept'))

      await file.save(doc('kept', 'new'))
      expect((await new DurableJsonFile(dir, spec).load()).value).toEqual(doc('kept', 'new'))
    })

    it('is kept, and the app starts empty and says so when there is no valid backup', async () => {
      const dir = await folder()
      await writeFile(join(dir, 'things.json'), content)
      const file = new DurableJsonFile(dir, spec, fixedNow)
      const { value, notice } = await file.load()
      expect(value).toEqual(doc())
      expect(notice?.message).toMatch(/no valid backup was found/)
      expect(await readFile(join(dir, notice!.keptAs!), 'utf8')).toBe(content)
      await file.save(doc('fresh'))
      expect((await new DurableJsonFile(dir, spec).load()).value).toEqual(doc('fresh'))
    })
  })

  it.each(['EPERM', 'EXDEV'])(
    'fails the save visibly and leaves the old file unchanged when the rename fails (%s)',
    async (code) => {
      const dir = await folder()
      const file = new DurableJsonFile(dir, spec)
      await file.save(doc('old'))
      const before = await readFile(file.path, 'utf8')
      vi.spyOn(fsp, 'rename').mockRejectedValue(
        Object.assign(new Error(`${code}: operation not permitted, rename`), { code }),
      )
      await expect(file.save(doc('new'))).rejects.toMatchObject({ code })
      vi.restoreAllMocks()
      expect(await readFile(file.path, 'utf8')).toBe(before)
      expect((await readdir(dir)).sort()).toEqual(['things.json'])
      // The queue goes on after a failure.
      await file.save(doc('after'))
      expect((await new DurableJsonFile(dir, spec).load()).value).toEqual(doc('after'))
    },
  )

  it('removes temp files a crash left behind, and nothing else', async () => {
    const dir = await folder()
    await writeFile(join(dir, 'things.json.123456'), 'partial')
    await writeFile(join(dir, 'things.bak.json.42'), 'partial')
    await writeFile(join(dir, 'things.corrupt-2026.json'), 'kept')
    await writeFile(join(dir, 'other.json.1'), 'not ours')
    await new DurableJsonFile(dir, spec).load()
    expect((await readdir(dir)).sort()).toEqual(['other.json.1', 'things.corrupt-2026.json'])
  })
})
