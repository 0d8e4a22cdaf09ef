/**
 * Brings a stored document up to the current schema version, one numbered step at a time.
 * `migrations[n]` turns a version-n document into version n + 1.
 */
export type Migrations = Readonly<Record<number, (document: Record<string, unknown>) => unknown>>

export class MigrationError extends Error {}

export function migrateDocument(
  raw: unknown,
  currentVersion: number,
  migrations: Migrations,
): unknown {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) {
    throw new MigrationError('expected an object with "schemaVersion"')
  }
  let document = raw as Record<string, unknown>
  let version = document['schemaVersion']
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new MigrationError(
      `schemaVersion: expected a whole number, found ${JSON.stringify(version)}`,
    )
  }
  if (version > currentVersion) {
    throw new MigrationError(
      `schemaVersion: ${version} was written by a newer version of the app (this one reads up to ${currentVersion})`,
    )
  }
  while (version < currentVersion) {
    const step = migrations[version]
    if (!step) throw new MigrationError(`schemaVersion: no migration from version ${version}`)
    document = { ...(step(document) as Record<string, unknown>), schemaVersion: version + 1 }
    version += 1
  }
  return document
}
