import type { DatabaseSync } from 'node:sqlite'
import type { DocumentTarget, StoredDocument } from '../../../shared/documents'

type Row = Record<string, string | number | null>

function toDocument(r: Row): StoredDocument {
  const target: DocumentTarget =
    r['source_id'] !== null
      ? { sourceId: String(r['source_id']) }
      : { eventId: String(r['event_id']), claimId: String(r['claim_id']) }
  return {
    id: String(r['id']),
    target,
    name: String(r['name']),
    mediaType: String(r['media_type']),
    size: Number(r['size']),
    sha256: String(r['sha256']),
    attachedAt: String(r['attached_at']),
  }
}

const COLUMNS = 'id, source_id, event_id, claim_id, name, media_type, size, sha256, attached_at'

/** The documents kept in a timeline file, each stored as numbered chunks of its bytes. */
export class DocumentTable {
  constructor(private readonly db: DatabaseSync) {}

  add(document: StoredDocument): void {
    const t = document.target
    this.db
      .prepare(`INSERT INTO documents (${COLUMNS}) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`)
      .run(
        document.id,
        'sourceId' in t ? t.sourceId : null,
        'eventId' in t ? t.eventId : null,
        'eventId' in t ? t.claimId : null,
        document.name,
        document.mediaType,
        document.size,
        document.sha256,
        document.attachedAt,
      )
  }

  setSha256(id: string, sha256: string): void {
    this.db.prepare('UPDATE documents SET sha256 = ? WHERE id = ?').run(sha256, id)
  }

  addChunk(documentId: string, n: number, bytes: Uint8Array): void {
    this.db
      .prepare('INSERT INTO document_chunks (document_id, n, bytes) VALUES (?, ?, ?)')
      .run(documentId, n, bytes)
  }

  /** One chunk of a document's bytes, or null past its last. */
  chunk(documentId: string, n: number): Uint8Array | null {
    const row = this.db
      .prepare('SELECT bytes FROM document_chunks WHERE document_id = ? AND n = ?')
      .get(documentId, n) as { bytes: Uint8Array } | undefined
    return row?.bytes ?? null
  }

  read(id: string): StoredDocument | null {
    const row = this.db.prepare(`SELECT ${COLUMNS} FROM documents WHERE id = ?`).get(id) as
      Row | undefined
    return row ? toDocument(row) : null
  }

  /** The documents of an event's claims and of these sources, oldest first. */
  of(eventId: string, sourceIds: readonly string[]): StoredDocument[] {
    return (
      this.db
        .prepare(
          `SELECT ${COLUMNS} FROM documents WHERE event_id = ?
           OR source_id IN (SELECT value FROM json_each(?)) ORDER BY attached_at, id`,
        )
        .all(eventId, JSON.stringify(sourceIds)) as Row[]
    ).map(toDocument)
  }

  all(): StoredDocument[] {
    return (
      this.db.prepare(`SELECT ${COLUMNS} FROM documents ORDER BY attached_at, id`).all() as Row[]
    ).map(toDocument)
  }

  remove(id: string): void {
    this.db.prepare('DELETE FROM documents WHERE id = ?').run(id)
  }
}
