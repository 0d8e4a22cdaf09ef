import { mkdtemp } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { DatabaseSync } from 'node:sqlite'
import { beforeAll, describe, expect, it } from 'vitest'
import { loadDataFolder, type LoadedData } from '../event-store/load-data-folder'
import { TimelineRepository } from './timeline-repository'

let path: string

beforeAll(async () => {
  const sample: LoadedData = await loadDataFolder(join(__dirname, '..', '..', '..', '..', 'data'))
  path = join(await mkdtemp(join(tmpdir(), 'timeline-recheck-')), 'talks.timeline')
  TimelineRepository.create(path, { title: 'The talks', description: '' }, sample)
})

// After an edit (or a note) the events it touched are checked against the search again, in a
// small index of their own: it must find exactly what the file's index finds for them.
describe('checking a few events against a search again', () => {
  it('finds among them exactly what the whole index finds, accents, prefixes and all', () => {
    const repository = TimelineRepository.open(path, { readOnly: true })
    const queries = repository.queries()
    const seqs = [...queries.timeColumns().seq]
    const words = ['peace', 'p', 'pe', 'turkiye', 'erdogan', 'miami', 'kyiv', 'witkoff', 'zzz']
    let found = 0
    for (const word of words) {
      const whole = new Set(queries.seqsWithWord(word))
      for (let i = 0; i < seqs.length; i += 3) {
        const among = seqs.slice(i, i + 3)
        const expected = among.filter((seq) => whole.has(seq)).sort((a, b) => a - b)
        const rechecked = [...queries.seqsWithWord(word, among)].sort((a, b) => a - b)
        expect(rechecked, `"${word}" among ${among.join(', ')}`).toEqual(expected)
        found += rechecked.length
      }
    }
    // The words are the sample's: most are found somewhere, so the comparison is not empty.
    expect(found).toBeGreaterThan(50)
    repository.close()
  })

  it('writes nothing to the file, even one opened read-only', () => {
    const repository = TimelineRepository.open(path, { readOnly: true })
    const seqs = [...repository.queries().timeColumns().seq].slice(0, 4)
    expect(repository.queries().seqsWithWord('peace', seqs).length).toBeGreaterThanOrEqual(0)
    repository.close()
    const db = new DatabaseSync(path, { readOnly: true })
    const tables = db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE '%recheck%'").all()
    db.close()
    expect(tables).toEqual([])
  })
})
