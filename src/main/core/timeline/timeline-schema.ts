import type { DatabaseSync } from 'node:sqlite'
import type { DatabaseKind } from '../sqlite/sqlite-database'

/** "DTLN": marks a SQLite file as a timeline of this app. */
export const TIMELINE_APPLICATION_ID = 0x44544c4e

/** The search index's columns and tokenizer, for any copy that must find what it finds. */
export const SEARCH_COLUMNS = 'title, notes, place, claims'
export const SEARCH_TOKENIZER = "tokenize = 'unicode61 remove_diacritics 2'"

/** Each event's searchable text, one row per event, kept in step by the repository. */
const CREATE_SEARCH_INDEX = `
  CREATE VIRTUAL TABLE events_fts USING fts5 (
    ${SEARCH_COLUMNS},
    ${SEARCH_TOKENIZER},
    prefix = '1 2'
  );
`

/**
 * Every edit made in the app, with the state before and after of each thing it changed (as
 * JSON in the shared model's shape): undo and redo put those states back, and an event's
 * History is read from them. An undone edit is kept, marked, until a new edit replaces it.
 */
const CREATE_EDIT_LOG = `
  CREATE TABLE edits (
    seq INTEGER PRIMARY KEY,
    at TEXT NOT NULL,
    label TEXT NOT NULL,
    undone INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1))
  ) STRICT;
  CREATE INDEX edits_undone ON edits (undone, seq);
  CREATE TABLE edit_changes (
    edit_seq INTEGER NOT NULL REFERENCES edits (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'track', 'actor', 'source')),
    entity_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    PRIMARY KEY (edit_seq, position)
  ) STRICT;
  CREATE INDEX edit_changes_by_entity ON edit_changes (kind, entity_id, edit_seq);
`

/**
 * Step 4: claims get ids of their own (the ones there number "c1", "c2"… in order), links
 * between events and between claims are kept, the edit log may record changes to links, and
 * source documents are kept in the file.
 */
const ADD_LINKS = `
  ALTER TABLE claims ADD COLUMN claim_id TEXT;
  UPDATE claims SET claim_id = 'c' || (position + 1);
  CREATE UNIQUE INDEX claims_by_id ON claims (event_seq, claim_id);
  CREATE TABLE links (
    id TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    -- Checked when an edit commits: an edit replaces an event by deleting and inserting it.
    from_event TEXT NOT NULL REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED,
    from_claim TEXT,
    to_event TEXT NOT NULL REFERENCES events (id) DEFERRABLE INITIALLY DEFERRED,
    to_claim TEXT,
    note TEXT
  ) STRICT;
  CREATE INDEX links_from ON links (from_event);
  CREATE INDEX links_to ON links (to_event);
  CREATE TABLE edit_changes_4 (
    edit_seq INTEGER NOT NULL REFERENCES edits (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('event', 'track', 'actor', 'source', 'link')),
    entity_id TEXT NOT NULL,
    before TEXT,
    after TEXT,
    PRIMARY KEY (edit_seq, position)
  ) STRICT;
  INSERT INTO edit_changes_4 SELECT * FROM edit_changes;
  DROP TABLE edit_changes;
  ALTER TABLE edit_changes_4 RENAME TO edit_changes;
  CREATE INDEX edit_changes_by_entity ON edit_changes (kind, entity_id, edit_seq);
  -- Source documents, in chunks of at most 1 MiB, so a 200 MB file is never one value.
  CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    source_id TEXT,
    event_id TEXT,
    claim_id TEXT,
    name TEXT NOT NULL,
    media_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    attached_at TEXT NOT NULL,
    CHECK ((source_id IS NULL) <> (event_id IS NULL))
  ) STRICT;
  CREATE INDEX documents_by_source ON documents (source_id);
  CREATE INDEX documents_by_event ON documents (event_id);
  CREATE TABLE document_chunks (
    document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    n INTEGER NOT NULL,
    bytes BLOB NOT NULL,
    PRIMARY KEY (document_id, n)
  ) STRICT;
`

/**
 * Step 5, "read on apart from reported": a claim keeps the day it was read (`read_on`, the
 * date of the document it was read in) apart from the day the outlet reported it, which a
 * source may not give (`reported` may be NULL). Until now both were one date, so `read_on`
 * starts as the old `reported`, which is kept. A STRICT table's NOT NULL cannot be dropped in
 * place, so the claims are copied into a new table with their positions, claim ids and foreign
 * keys, and its unique index is made again. No table refers to the claims, and the search
 * index holds no claim dates, so neither changes.
 */
const ADD_CLAIM_READ_ON = `
  CREATE TABLE claims_with_read_on (
    event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    claimant TEXT NOT NULL,
    source_id TEXT NOT NULL REFERENCES sources (id),
    read_in_id TEXT REFERENCES sources (id),
    reported TEXT,
    text TEXT NOT NULL,
    is_quote INTEGER NOT NULL,
    status TEXT NOT NULL,
    url TEXT,
    claim_id TEXT,
    read_on TEXT NOT NULL,
    CHECK (reported IS NULL OR reported <= read_on),
    PRIMARY KEY (event_seq, position)
  ) STRICT;
  INSERT INTO claims_with_read_on
    (event_seq, position, claimant, source_id, read_in_id, reported, text, is_quote, status, url, claim_id, read_on)
    SELECT event_seq, position, claimant, source_id, read_in_id, reported, text, is_quote, status, url, claim_id, reported
    FROM claims;
  DROP TABLE claims;
  ALTER TABLE claims_with_read_on RENAME TO claims;
  CREATE UNIQUE INDEX claims_by_id ON claims (event_seq, claim_id);
`

/**
 * The edit log keeps events as JSON in the shared model's shape: an event logged before step 5
 * has claims without `readOn`, which undo would write back. Each such claim was read on the
 * day it was reported, as the claims table says.
 */
function addReadOnToLoggedEvents(db: DatabaseSync): void {
  const rows = db
    .prepare("SELECT edit_seq, position, before, after FROM edit_changes WHERE kind = 'event'")
    .all() as Array<{
    edit_seq: number
    position: number
    before: string | null
    after: string | null
  }>
  const update = db.prepare(
    'UPDATE edit_changes SET before = ?, after = ? WHERE edit_seq = ? AND position = ?',
  )
  const upgrade = (json: string | null): string | null => {
    if (json === null) return null
    const event = JSON.parse(json) as { claims?: Array<{ reported?: string; readOn?: string }> }
    for (const claim of event.claims ?? []) claim.readOn ??= claim.reported
    return JSON.stringify(event)
  }
  for (const row of rows) {
    update.run(upgrade(row.before), upgrade(row.after), row.edit_seq, row.position)
  }
}

/**
 * Step 6, external ids and coordinates: an event may carry the id it has in the data
 * it came from (ACLED's `event_id_cnty`, Preceden's `ID`), unique within the timeline so a
 * re-import finds it, and its place its latitude and longitude.
 */
const ADD_EXTERNAL_IDS_AND_COORDINATES = `
  ALTER TABLE events ADD COLUMN external_id TEXT;
  ALTER TABLE events ADD COLUMN place_latitude REAL;
  ALTER TABLE events ADD COLUMN place_longitude REAL;
  CREATE UNIQUE INDEX events_by_external_id ON events (external_id) WHERE external_id IS NOT NULL;
`

/**
 * A timeline file's schema, by version. Step 1 holds the timeline itself; step 2 adds the
 * full-text index and fills it from the events already there; step 3 adds the edit log; step 4
 * claim ids, links and documents; step 5 a claim's read-on day apart from its reported day;
 * step 6 events' external ids and places' coordinates.
 */
export const TIMELINE_DATABASE: DatabaseKind = {
  applicationId: TIMELINE_APPLICATION_ID,
  migrations: [
    (db) =>
      db.exec(`
        CREATE TABLE timeline (
          singleton INTEGER PRIMARY KEY CHECK (singleton = 1),
          id TEXT NOT NULL,
          title TEXT NOT NULL,
          description TEXT NOT NULL,
          created_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE tracks (
          id TEXT PRIMARY KEY,
          label TEXT NOT NULL,
          colour TEXT NOT NULL,
          position INTEGER NOT NULL
        ) STRICT;
        CREATE TABLE actors (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          kind TEXT NOT NULL,
          country TEXT
        ) STRICT;
        CREATE TABLE sources (
          id TEXT PRIMARY KEY,
          name TEXT NOT NULL,
          kind TEXT NOT NULL,
          title TEXT,
          published TEXT,
          url TEXT
        ) STRICT;
        CREATE TABLE events (
          seq INTEGER PRIMARY KEY,
          id TEXT NOT NULL UNIQUE,
          title TEXT NOT NULL,
          start TEXT NOT NULL,
          end TEXT,
          precision TEXT NOT NULL,
          time_zone TEXT,
          place_name TEXT,
          place_country TEXT,
          track TEXT NOT NULL REFERENCES tracks (id),
          status TEXT NOT NULL,
          notes TEXT NOT NULL,
          start_ms INTEGER NOT NULL,
          -- The last moment it covers: a calendar date runs to the end of its day.
          end_ms INTEGER NOT NULL
        ) STRICT;
        -- Covers the time columns the store reads at open, in time order, without the rows.
        CREATE INDEX events_by_time ON events (start_ms, id, seq, end_ms, track, status);
        CREATE TABLE event_actors (
          event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          actor_id TEXT NOT NULL REFERENCES actors (id),
          role TEXT NOT NULL,
          PRIMARY KEY (event_seq, position)
        ) STRICT;
        CREATE TABLE event_tags (
          event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          tag TEXT NOT NULL,
          PRIMARY KEY (event_seq, position)
        ) STRICT;
        CREATE INDEX event_tags_by_tag ON event_tags (tag);
        CREATE TABLE claims (
          event_seq INTEGER NOT NULL REFERENCES events (seq) ON DELETE CASCADE,
          position INTEGER NOT NULL,
          claimant TEXT NOT NULL,
          source_id TEXT NOT NULL REFERENCES sources (id),
          read_in_id TEXT REFERENCES sources (id),
          reported TEXT NOT NULL,
          text TEXT NOT NULL,
          is_quote INTEGER NOT NULL,
          status TEXT NOT NULL,
          url TEXT,
          PRIMARY KEY (event_seq, position)
        ) STRICT;
      `),
    (db) => {
      db.exec(CREATE_SEARCH_INDEX)
      db.exec(`
        INSERT INTO events_fts (rowid, title, notes, place, claims)
        SELECT e.seq, e.title, e.notes, coalesce(e.place_name, ''),
          coalesce((SELECT group_concat(c.claimant || ' ' || c.text || ' ' || s.name, char(10))
                    FROM claims c JOIN sources s ON s.id = c.source_id
                    WHERE c.event_seq = e.seq), '')
        FROM events e;
      `)
    },
    (db) => db.exec(CREATE_EDIT_LOG),
    (db) => db.exec(ADD_LINKS),
    (db) => {
      db.exec(ADD_CLAIM_READ_ON)
      addReadOnToLoggedEvents(db)
    },
    (db) => db.exec(ADD_EXTERNAL_IDS_AND_COORDINATES),
  ],
}
