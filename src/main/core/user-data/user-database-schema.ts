import type { DatabaseKind } from '../sqlite/sqlite-database'

/** The file in the user-data folder that holds the user's notes and recent timelines. */
export const USER_DATABASE_FILE = 'user-data.sqlite'

/** "DTUD": marks the per-user database as ours. */
export const USER_DATABASE_ID = 0x44545544

/** Notes are keyed by timeline and event, so no timeline file ever carries anyone's notes. */
export const USER_DATABASE: DatabaseKind = {
  applicationId: USER_DATABASE_ID,
  migrations: [
    (db) =>
      db.exec(`
        CREATE TABLE notes (
          id TEXT PRIMARY KEY,
          timeline_id TEXT NOT NULL,
          event_id TEXT NOT NULL,
          event_title TEXT NOT NULL,
          text TEXT NOT NULL,
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX notes_by_event ON notes (timeline_id, event_id);
        CREATE TABLE recent_timelines (
          path TEXT PRIMARY KEY,
          title TEXT NOT NULL,
          opened_at TEXT NOT NULL
        ) STRICT;
        CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL) STRICT;
      `),
  ],
}
