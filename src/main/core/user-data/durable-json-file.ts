import { mkdir, readFile, readdir, rename, unlink } from 'node:fs/promises'
import { basename, extname, join } from 'node:path'
import type { z } from 'zod'
import type { UserDataNotice } from '../../../shared/user-data'
import { writeFileDurably } from '../durable-file-write'
import { migrateDocument, type Migrations } from './migrate-document'

export interface DocumentSpec<T> {
  /** e.g. "annotations.json"; the backup is "annotations.bak.json". */
  fileName: string
  /** What the user calls this file, for notices: "your notes". */
  description: string
  currentVersion: number
  migrations: Migrations
  schema: z.ZodType<T>
  empty(): T
}

export interface LoadResult<T> {
  value: T
  /** Set when the file could not be used as it was, and what was done about it. */
  notice: UserDataNotice | null
}

function describeFailure(error: unknown): string {
  if (error instanceof SyntaxError) return `it is not valid JSON (${error.message})`
  if (error && typeof error === 'object' && 'issues' in error) {
    const issues = (error as z.ZodError).issues
    const first = issues[0]
    const where = first && first.path.length > 0 ? first.path.join('.') : 'the document'
    return `it does not have the expected shape (${where}: ${first?.message ?? 'invalid'})`
  }
  return error instanceof Error ? error.message : String(error)
}

function timestamp(now: Date): string {
  return now.toISOString().replace(/[:.]/g, '-')
}

/**
 * One JSON document in the user-data folder, kept durable:
 * - every save is its own write (no coalescing), run one at a time in FIFO order: temp file,
 *   fsync, close, size check, rename, then fsync of the folder so the rename itself
 *   survives a power cut; the save resolves only after all of that;
 * - a failed rename fails the save and leaves the old file as it was (the target is never
 *   written in place);
 * - a file that does not parse or validate is moved aside byte for byte, the backup taken
 *   after the last good load is used when it is valid, and the user is told either way.
 */
export class DurableJsonFile<T> {
  private queue: Promise<unknown> = Promise.resolve()
  readonly path: string
  readonly backupPath: string

  constructor(
    readonly dir: string,
    private readonly spec: DocumentSpec<T>,
    private readonly now: () => Date = () => new Date(),
  ) {
    this.path = join(dir, spec.fileName)
    const stem = basename(spec.fileName, extname(spec.fileName))
    this.backupPath = join(dir, `${stem}.bak${extname(spec.fileName)}`)
  }

  async load(): Promise<LoadResult<T>> {
    await mkdir(this.dir, { recursive: true })
    await this.removeStrayTempFiles()

    let text: string | null = null
    try {
      text = await readFile(this.path, 'utf8')
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error
    }

    if (text === null) {
      const backup = await this.readBackup()
      if (backup === null) return { value: this.spec.empty(), notice: null }
      await this.save(backup)
      return {
        value: backup,
        notice: {
          file: this.spec.fileName,
          message: `The file with ${this.spec.description} was missing; it was restored from its backup.`,
        },
      }
    }

    let value: T
    try {
      value = this.parse(text)
    } catch (error) {
      return this.recover(describeFailure(error))
    }
    // A backup that cannot be written (a full disk, a lock) is not the file's fault: the
    // good file stays where it is, and the next good start tries the backup again.
    await this.writeBackup(value).catch(() => undefined)
    return { value, notice: null }
  }

  /** Queues one durable write of the whole document; resolves once it is on disk. */
  save(value: T): Promise<void> {
    const run = this.queue.then(() => this.writeDurably(this.path, value))
    this.queue = run.catch(() => undefined)
    return run
  }

  private parse(text: string): T {
    const migrated = migrateDocument(
      JSON.parse(text),
      this.spec.currentVersion,
      this.spec.migrations,
    )
    return this.spec.schema.parse(migrated)
  }

  private async recover(reason: string): Promise<LoadResult<T>> {
    const stem = basename(this.spec.fileName, extname(this.spec.fileName))
    const corruptName = `${stem}.corrupt-${timestamp(this.now())}${extname(this.spec.fileName)}`
    await rename(this.path, join(this.dir, corruptName))
    const backup = await this.readBackup()
    if (backup !== null) {
      await this.save(backup)
      return {
        value: backup,
        notice: {
          file: this.spec.fileName,
          message:
            `The file with ${this.spec.description} could not be read: ${reason}. It was kept as ` +
            `${corruptName}, and your data was restored from the last good backup.`,
          keptAs: corruptName,
        },
      }
    }
    return {
      value: this.spec.empty(),
      notice: {
        file: this.spec.fileName,
        message:
          `The file with ${this.spec.description} could not be read: ${reason}. It was kept as ` +
          `${corruptName}; no valid backup was found, so the app starts with none.`,
        keptAs: corruptName,
      },
    }
  }

  private async readBackup(): Promise<T | null> {
    try {
      return this.parse(await readFile(this.backupPath, 'utf8'))
    } catch {
      return null
    }
  }

  private async writeBackup(value: T): Promise<void> {
    const run = this.queue.then(() => this.writeDurably(this.backupPath, value))
    this.queue = run.catch(() => undefined)
    await run
  }

  private async writeDurably(path: string, value: T): Promise<void> {
    await writeFileDurably(path, `${JSON.stringify(value, null, 2)}\n`)
  }

  /** Temp files are named "<file>.<number>"; a crash can leave one behind. */
  private async removeStrayTempFiles(): Promise<void> {
    const names = [this.spec.fileName, basename(this.backupPath)]
    for (const entry of await readdir(this.dir)) {
      if (
        names.some(
          (name) => entry.startsWith(`${name}.`) && /^\d+$/.test(entry.slice(name.length + 1)),
        )
      ) {
        await unlink(join(this.dir, entry)).catch(() => undefined)
      }
    }
  }
}
