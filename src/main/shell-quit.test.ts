/**
 * The real shell against the fake `electron` module, quitting: the user's files are closed
 * before the process may end, so SQLite folds their write-ahead logs into them.
 */
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { beforeAll, describe, expect, it, vi } from 'vitest'
import { USER_DATABASE_FILE } from './core/user-data/user-database-schema'
import { bootShell, type BootedShell } from './shell/test-support/booted-shell'
import * as fake from './shell/test-support/fake-electron'

let shell: BootedShell

beforeAll(async () => {
  shell = await bootShell()
})

describe('quitting', () => {
  it('holds the quit until the user database is closed, its log folded into it, then quits', async () => {
    const log = join(shell.userData, `${USER_DATABASE_FILE}-wal`)
    await vi.waitFor(() => expect(existsSync(log)).toBe(true))
    const quitting = fake.fakeEvent()
    fake.app.emit('will-quit', quitting)
    expect(quitting.defaultPrevented).toBe(true)
    expect(fake.app.quitCalled).toBe(false)
    await vi.waitFor(() => expect(fake.app.quitCalled).toBe(true))
    expect(existsSync(log)).toBe(false)
    // The quit asked for again goes through.
    const again = fake.fakeEvent()
    fake.app.emit('will-quit', again)
    expect(again.defaultPrevented).toBe(false)
  })
})
