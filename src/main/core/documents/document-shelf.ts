import { createHash, randomUUID } from 'node:crypto'
import { closeSync, mkdirSync, openSync, readSync, statSync, writeFileSync } from 'node:fs'
import { basename, extname, join } from 'node:path'
import {
  DOCUMENT_MAX_BYTES,
  type DocumentCheck,
  type DocumentTarget,
  type StoredDocument,
} from '../../../shared/documents'
import type { DocumentTable } from '../timeline/document-table'

/** What can be attached, by extension: documents a system viewer opens, never programs. */
const MEDIA_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.html': 'text/html',
  '.htm': 'text/html',
  '.mhtml': 'multipart/related',
  '.mht': 'multipart/related',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.txt': 'text/plain',
}

const CHUNK_BYTES = 1024 * 1024

export interface ShelfPorts {
  table: DocumentTable
  /** Runs the work as one transaction of the timeline file. */
  transaction<T>(work: () => T): T
  /** Whether the source, or the event's claim, is in the timeline. */
  targetExists(target: DocumentTarget): boolean
}

function megabytes(bytes: number): string {
  return `${(Math.ceil((bytes / 1024 / 1024) * 10) / 10).toFixed(1)} MB`
}

/**
 * The source documents of a timeline file: a file is read in chunks into the timeline with its
 * SHA-256, in one transaction (all of it or nothing); a copy is written out for the system's
 * viewer only if it still hashes the same; "Verify documents" hashes every one again.
 */
export class DocumentShelf {
  constructor(private readonly ports: ShelfPorts) {}

  attach(target: DocumentTarget, path: string, at: string): StoredDocument {
    const name = basename(path)
    const mediaType = MEDIA_TYPES[extname(name).toLowerCase()]
    if (!mediaType)
      throw new Error(
        `“${name}” cannot be attached: only PDF, HTML, MHTML, images (PNG, JPEG, GIF, WebP) and plain text can.`,
      )
    const size = statSync(path).size
    if (size === 0) throw new Error(`“${name}” is empty: there is nothing to keep.`)
    if (size > DOCUMENT_MAX_BYTES)
      throw new Error(`“${name}” is ${megabytes(size)}; a document can be at most 200 MB.`)
    if (!this.ports.targetExists(target))
      throw new Error('The source or claim to attach it to is no longer in the timeline.')
    const document: StoredDocument = {
      id: randomUUID(),
      target,
      name,
      mediaType,
      size,
      sha256: '',
      attachedAt: at,
    }
    return this.ports.transaction(() => {
      const { table } = this.ports
      table.add(document)
      const hash = createHash('sha256')
      const fd = openSync(path, 'r')
      let read = 0
      try {
        const buffer = Buffer.alloc(CHUNK_BYTES)
        for (let n = 0; ; n += 1) {
          const got = readSync(fd, buffer, 0, CHUNK_BYTES, null)
          if (got === 0) break
          hash.update(buffer.subarray(0, got))
          table.addChunk(document.id, n, buffer.subarray(0, got))
          read += got
        }
      } finally {
        closeSync(fd)
      }
      if (read !== size) throw new Error(`“${name}” changed while it was read; nothing was kept.`)
      document.sha256 = hash.digest('hex')
      table.setSha256(document.id, document.sha256)
      return document
    })
  }

  remove(id: string): void {
    this.ports.transaction(() => this.ports.table.remove(id))
  }

  /** The documents of an event's claims and of the sources it cites. */
  list(eventId: string, sourceIds: readonly string[]): StoredDocument[] {
    return this.ports.table.of(eventId, sourceIds)
  }

  /** Writes the document into `dir` under its own name, if it still hashes as when attached. */
  copyOut(id: string, dir: string): string {
    const document = this.ports.table.read(id)
    if (!document) throw new Error('That document is no longer in the timeline.')
    const { sha256, bytes } = this.readWhole(id)
    if (sha256 !== document.sha256)
      throw new Error(`“${document.name}” has changed since it was attached; it was not opened.`)
    const folder = join(dir, id)
    mkdirSync(folder, { recursive: true })
    const out = join(folder, document.name.replace(/[\\/:*?"<>|]/g, '-'))
    writeFileSync(out, bytes)
    return out
  }

  /** Hashes every stored document again: which changed, and which lost their bytes. */
  verify(): DocumentCheck {
    const check: DocumentCheck = { checked: 0, changed: [], missing: [] }
    for (const document of this.ports.table.all()) {
      check.checked += 1
      const { sha256, size } = this.readWhole(document.id, false)
      const entry = { id: document.id, name: document.name }
      if (size === 0) check.missing.push(entry)
      else if (sha256 !== document.sha256 || size !== document.size) check.changed.push(entry)
    }
    return check
  }

  private readWhole(id: string, keep = true): { sha256: string; size: number; bytes: Buffer } {
    const hash = createHash('sha256')
    const parts: Uint8Array[] = []
    let size = 0
    for (let n = 0; ; n += 1) {
      const chunk = this.ports.table.chunk(id, n)
      if (!chunk) break
      hash.update(chunk)
      size += chunk.length
      if (keep) parts.push(chunk)
    }
    return { sha256: hash.digest('hex'), size, bytes: Buffer.concat(parts) }
  }
}
