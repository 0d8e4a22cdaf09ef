import fsp, { type FileHandle } from 'node:fs/promises'
import { vi } from 'vitest'

/** The real write of a handle, as `writeFileDurably` calls it. */
type RealWrite = (
  bytes: Uint8Array,
  offset: number,
  length: number,
  position: number,
) => Promise<{ bytesWritten: number }>

/**
 * Makes every file handle opened for writing a new file answer its writes through `write`, to
 * play a disk that takes short writes, lies about them, or is full. `vi.restoreAllMocks` undoes it.
 */
export function mockWrites(
  write: (
    real: RealWrite,
    bytes: Uint8Array,
    offset: number,
    length: number,
    position: number,
  ) => Promise<{ bytesWritten: number }>,
) {
  const realOpen = fsp.open.bind(fsp)
  vi.spyOn(fsp, 'open').mockImplementation((async (path: string, flags?: string) => {
    const handle = await realOpen(path, flags)
    if (flags !== 'wx') return handle
    const real: RealWrite = (bytes, offset, length, position) =>
      handle.write(bytes, offset, length, position)
    const wrapped: FileHandle = Object.create(handle) as FileHandle
    return Object.assign(wrapped, {
      write: (bytes: Uint8Array, offset: number, length: number, position: number) =>
        write(real, bytes, offset, length, position),
      sync: () => handle.sync(),
      close: () => handle.close(),
    })
  }) as typeof fsp.open)
}
