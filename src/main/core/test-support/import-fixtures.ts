import { mkdtemp, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { DateOrder, ImportMapping } from '../../../shared/import'
import { checkImportFile } from '../import/import-file'
import { runImportJob } from '../import/import-job'
import { ImportProgressCells } from '../import/import-progress'
import { ImportService } from '../import/import-service'
import { PRESET_COLUMNS } from '../import/presets'
import { Workspace } from '../workspace/workspace'
import { BUNDLED_DATA, sampleTimelineFile } from './editable-timeline'

export const ACLED_HEADER = PRESET_COLUMNS.acled

/** One ACLED-shaped row (made-up values), with any column overridden. */
export function acledRow(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    event_id_cnty: 'UKR1001',
    event_date: '2023-02-16',
    year: '2023',
    time_precision: '1',
    disorder_type: 'Political violence',
    event_type: 'Battles',
    sub_event_type: 'Armed clash',
    actor1: 'Military Forces of Test-land',
    assoc_actor_1: '',
    inter1: '1',
    actor2: 'Rebel Group of Test-land',
    assoc_actor_2: '',
    inter2: '2',
    interaction: '12',
    civilian_targeting: '',
    iso: '804',
    region: 'Europe',
    country: 'Ukraine',
    admin1: 'Kyiv City',
    admin2: '',
    admin3: '',
    location: 'Київ',
    latitude: '50.4501',
    longitude: '30.5234',
    geo_precision: '1',
    source: 'Source A; Source B',
    source_scale: 'National',
    notes: 'A test row: an armed clash was reported.',
    fatalities: '0',
    tags: '',
    timestamp: '1676592000',
    ...overrides,
  }
}

function csvCell(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value
}

/** A CSV text from a header and rows (objects by column, or arrays of cells). */
export function csvText(
  header: readonly string[],
  rows: ReadonlyArray<Record<string, string> | string[]>,
  newline = '\n',
): string {
  const line = (cells: readonly string[]) => cells.map(csvCell).join(',')
  const body = rows.map((row) => line(Array.isArray(row) ? row : header.map((c) => row[c] ?? '')))
  return [line(header), ...body].join(newline) + newline
}

export async function writeCsv(dir: string, name: string, text: string | Buffer): Promise<string> {
  const path = join(dir, name)
  await writeFile(path, text)
  return path
}

/** When the tests' imports are made, unless a test says: claims with no read-on day get its day. */
export const IMPORTED_AT = '2026-03-01T10:00:00.000Z'

export const ACLED_MAPPING: ImportMapping = { preset: 'acled', columns: {}, groupBy: 'event_type' }

/** Checks or runs an import in this thread, as the worker does. */
export async function importFile(
  timelinePath: string,
  filePath: string,
  options: {
    mode?: 'check' | 'run'
    mapping?: ImportMapping
    dateOrder?: DateOrder | null
    progress?: ImportProgressCells
    at?: string
  } = {},
) {
  const file = await checkImportFile(filePath)
  return runImportJob(
    {
      mode: options.mode ?? 'run',
      file,
      timelinePath,
      mapping: options.mapping ?? ACLED_MAPPING,
      dateOrder: options.dateOrder ?? null,
      at: options.at ?? IMPORTED_AT,
    },
    options.progress ?? new ImportProgressCells(),
  )
}

/** A workspace on a copy of the sample (or on the sample itself) and an import service on it. */
export async function importServiceOn(options: {
  sampleOnly?: boolean
  workerScript?: string
}): Promise<{
  service: ImportService
  workspace: Workspace
  dir: string
  answer: { open: string | null; save: string | null }
}> {
  const dir = await mkdtemp(join(tmpdir(), 'import-service-'))
  const timelinePath = options.sampleOnly ? undefined : await sampleTimelineFile(dir)
  const workspace = await Workspace.start({
    dataDir: BUNDLED_DATA,
    userDataDir: join(dir, 'user'),
    now: () => new Date('2026-03-01T10:00:00Z'),
    timelinePath,
    timelineBackupDelayMs: 60_000,
    integrityDelayMs: 60_000,
  })
  const answer: { open: string | null; save: string | null } = { open: null, save: null }
  const service = new ImportService({
    workspace: Promise.resolve(workspace),
    chooseOpenPath: () => Promise.resolve(answer.open),
    chooseSavePath: () => Promise.resolve(answer.save),
    now: () => new Date('2026-03-01T10:00:00Z'),
    workerScript: options.workerScript,
  })
  return { service, workspace, dir, answer }
}
