import { mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { writeExportFile } from './export-file'
import { writeFileDurably } from './durable-file-write'
import { mockWrites } from './test-support/mock-writes'

afterEach(() => {
  vi.restoreAllMocks()
})

async function folderWithOldFile() {
  const dir = await mkdtemp(join(tmpdir(), 'timeline-write-'))
  const path = join(dir, 'briefing.pdf')
  await writeFile(path, 'the old briefing')
  return { dir, path }
}

describe('writeFileDurably', () => {
  it('writes the whole file even when the disk takes it in short writes', async () => {
    const { path } = await folderWithOldFile()
    mockWrites((real, bytes, offset, length, position) =>
      real(bytes, offset, Math.min(length, 7), position),
    )
    const data = 'A briefing of many bytes, taken seven at a time by a slow disk.'
    await writeFileDurably(path, data)
    expect(await readFile(path, 'utf8')).toBe(data)
  })

  it('refuses a write that claims more than reached the disk, keeping the old file', async () => {
    const { dir, path } = await folderWithOldFile()
    mockWrites(async (real, bytes, offset, length, position) => {
      await real(bytes, offset, Math.floor(length / 2), position)
      return { bytesWritten: length }
    })
    await expect(writeExportFile(path, 'x'.repeat(10_000))).rejects.toThrow(
      /^Could not save .*briefing\.pdf: the disk took only part of it \(only 5000 of 10000 bytes/,
    )
    expect(await readFile(path, 'utf8')).toBe('the old briefing')
    expect(await readdir(dir)).toEqual(['briefing.pdf'])
  })

  it('refuses a write that makes no progress, and a full disk, never leaving a partial file', async () => {
    const { dir, path } = await folderWithOldFile()
    mockWrites(async () => ({ bytesWritten: 0 }))
    await expect(writeExportFile(path, 'new')).rejects.toThrow('the disk took only part of it')
    vi.restoreAllMocks()
    mockWrites(async () => {
      throw Object.assign(new Error('ENOSPC: no space left on device'), { code: 'ENOSPC' })
    })
    await expect(writeExportFile(path, 'new')).rejects.toThrow(
      /: the disk is full\. Nothing was written\.$/,
    )
    expect(await readFile(path, 'utf8')).toBe('the old briefing')
    expect(await readdir(dir)).toEqual(['briefing.pdf'])
  })
})
