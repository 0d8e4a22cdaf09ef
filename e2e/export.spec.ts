import { mkdtemp, readFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parse } from 'csv-parse/sync'
import { loadDataFolder } from '../src/main/core/event-store/load-data-folder'
import { sampleTimelineFile } from '../src/main/core/test-support/editable-timeline'
import { APP_CSV_COLUMNS } from '../src/shared/exchange-format'
import { DataExportDialog } from './models/data-export-dialog'
import { DetailsPanel } from './models/details-panel'
import { TimelinePage } from './models/timeline-page'
import { expect, test } from './support/fixtures'
import { BUNDLED_DATA_DIR } from './support/paths'

interface CslItem {
  id: string
  type: string
  title?: string
  'container-title'?: string
  author?: Array<{ literal: string }>
  issued?: { 'date-parts': number[][] }
  URL?: string
  note?: string
  custom: { timelineSourceId: string; citedBy: Array<{ eventId: string; claimStatus: string }> }
}

async function savePathIn(name: string): Promise<string> {
  return join(await mkdtemp(join(tmpdir(), 'timeline-export-')), name)
}

test('exports the sample’s citations as CSL-JSON that invent nothing', async ({ launch }) => {
  const savePath = await savePathIn('citations.json')
  const app = await launch({ savePath })
  const exporting = new DataExportDialog(app.page, 'Export citations')
  await exporting.open()
  await expect(exporting.radio('CSL-JSON')).toBeChecked()
  await exporting.radio('Everything').check()
  const said = await exporting.exportTo(savePath)
  expect(said).toMatch(/\(\d+ citations for \d+ claims\)/)
  await expect(exporting.dialog).toBeHidden()

  const items = JSON.parse(await readFile(savePath, 'utf8')) as CslItem[]
  const data = await loadDataFolder(BUNDLED_DATA_DIR)
  const nbc = items.find((item) => item.id === 'nbc-news')
  expect(nbc).toMatchObject({ type: 'article-newspaper', 'container-title': 'NBC News' })
  for (const field of ['title', 'URL', 'issued', 'author']) expect(nbc).not.toHaveProperty(field)
  expect(nbc!.custom.citedBy.length).toBeGreaterThan(0)
  // Every title, address and date comes from the sample itself.
  const sources = new Map(data.sources.map((s) => [s.id, s]))
  const dates = new Set(data.events.flatMap((e) => e.claims.map((c) => c.reported)))
  for (const item of items) {
    const source = sources.get(item.custom.timelineSourceId)!
    expect(item.title).toBe(source.title)
    if (item.URL) expect(item.URL).toBe(source.url)
    const issued = item.issued?.['date-parts'][0]?.map((n) => String(n).padStart(2, '0')).join('-')
    if (issued) expect([source.published, ...dates]).toContain(issued)
  }
  const cited = new Set(
    data.events.flatMap((e) => e.claims.flatMap((c) => [c.sourceId, c.readInId])),
  )
  cited.delete(undefined)
  expect(new Set(items.map((item) => item.custom.timelineSourceId))).toEqual(cited)
})

test('exports what the filters show as CSV, one row per claim', async ({ launch }) => {
  const savePath = await savePathIn('events.csv')
  const app = await launch({ savePath })
  const ui = new TimelinePage(app.page)
  await ui.search.fill('arrangements Alaska')
  await expect
    .poll(() => ui.listedTitles())
    .toEqual(['Peskov says no Driscoll meeting is planned and nothing has changed since Alaska'])
  // As the main process does for File › Export events….
  await app.page.evaluate(() =>
    (window as unknown as { __timelineNotify(n: string): void }).__timelineNotify(
      'exportEventsRequested',
    ),
  )
  const exporting = new DataExportDialog(app.page, 'Export events')
  await expect(exporting.radio('What the current filters show')).toBeChecked()
  await exporting.radio('CSV (one row per claim, for spreadsheets)').check()
  expect(await exporting.exportTo(savePath)).toContain('(1 event, 3 claims)')

  const text = await readFile(savePath, 'utf8')
  expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(APP_CSV_COLUMNS.join(','))
  const rows = parse<Record<string, string>>(text, { bom: true, columns: true })
  expect(rows.map((row) => row['claim_id'])).toEqual(['c1', 'c2', 'c3'])
  expect(rows[0]).toMatchObject({
    event_id: 'peskov-statements',
    title: 'Peskov says no Driscoll meeting is planned and nothing has changed since Alaska',
    start: '2025-11-19',
    end: '2025-11-21',
    precision: 'approximate',
    track: 'russia',
    track_label: 'Russia',
    claimant: 'Kremlin spokesman Dmitry Peskov',
    source_id: 'kremlin',
    source: 'Kremlin',
    source_kind: 'government',
    reported: '',
    read_on: '2025-11-21',
    claim_text: 'Moscow has no arrangements to meet Driscoll after his talks in Kyiv.',
    exact_quote: 'false',
    claim_status: 'reported',
    claim_url: '',
  })
})

test('exports one event’s citations as RIS from its details, in a timeline file', async ({
  launch,
}) => {
  const savePath = await savePathIn('alaska.ris')
  // A timeline file's exports are built in its store thread: the built worker, citation-js and all.
  const app = await launch({ savePath, timelinePath: await sampleTimelineFile() })
  const ui = new TimelinePage(app.page)
  await ui.openFromList('Trump and Putin hold a summit in Alaska')
  await new DetailsPanel(app.page).button('Export citations').click()
  const exporting = new DataExportDialog(app.page, 'Export citations')
  await expect(exporting.dialog).toContainText(
    'The sources cited by “Trump and Putin hold a summit in Alaska”.',
  )
  await expect(exporting.radio('Everything')).toHaveCount(0)
  await exporting.radio('RIS').check()
  expect(await exporting.exportTo(savePath)).toContain('(3 citations for 2 claims)')

  const ris = await readFile(savePath, 'utf8')
  const records = ris.split(/^ER {2}-.*$/m).filter((r) => r.trim())
  expect(records).toHaveLength(3)
  expect(ris).toMatch(/^AU {2}- Kremlin$/m)
  expect(ris).toMatch(/^N1 {2}- Background dates \(project fact sheet\)$/m)
  expect(ris).not.toMatch(/^(TI|UR) {2}-/m)
})

test('a save the user cancels writes nothing and says nothing', async ({ launch }) => {
  const app = await launch({})
  const exporting = new DataExportDialog(app.page, 'Export events')
  await exporting.open()
  await exporting.dialog.getByRole('button', { name: 'Export', exact: true }).click()
  await expect(exporting.dialog).toBeVisible()
  await expect(exporting.dialog.getByRole('alert')).toHaveCount(0)
  await exporting.dialog.getByRole('button', { name: 'Cancel' }).click()
  await expect(exporting.dialog).toBeHidden()
})
