import { useEffect, useState, type KeyboardEvent } from 'react'
import { CATALOGUE_KINDS, type CatalogueKind, type EditOutcome } from '../../../shared/edits'
import type { Actor, Source } from '../../../shared/model'
import { api, unwrap } from '../api-client'
import { runAction } from '../failure-reports'
import { ACTOR_KIND_LABELS } from './actor-rows'
import {
  entriesOf,
  KIND_NAMES,
  newItem,
  nextTrackColour,
  renamedItem,
  type Catalogue,
  type Checked,
} from './catalogue-items'
import { CatalogueRow } from './catalogue-row'
import { ModalDialog } from './modal-dialog'

export interface ManageDialogProps {
  /** Changes after every edit, so the lists and their counts are read again. */
  dataVersion: number
  /** Called once an edit is on disk, so the whole app shows it. */
  onEdited(outcome: EditOutcome): Promise<void>
  onClose(): void
}

const SOURCE_KINDS: Record<Source['kind'], string> = {
  'news-outlet': 'News outlet',
  government: 'Government',
  document: 'Document',
}

async function readCatalogue(): Promise<Catalogue> {
  const [timeline, actors, sources, usage] = await Promise.all([
    unwrap(api.getTimeline()),
    unwrap(api.listActors()),
    unwrap(api.listSources()),
    unwrap(api.getCatalogueUsage()),
  ])
  return { tracks: timeline.tracks, actors, sources, usage }
}

/** "Add track", "Add actor", "Add source": a name, and a colour or a kind. */
function AddItem({
  kind,
  catalogue,
  busy,
  onAdd,
}: {
  kind: CatalogueKind
  catalogue: Catalogue
  busy: boolean
  onAdd(checked: Checked): void
}) {
  const [name, setName] = useState('')
  const [actorKind, setActorKind] = useState<Actor['kind']>('person')
  const [sourceKind, setSourceKind] = useState<Source['kind']>('news-outlet')
  const colour = nextTrackColour(catalogue.tracks)
  const one = KIND_NAMES[kind].one
  const result = name.trim() === '' ? null : newItem(kind, { name, colour, actorKind, sourceKind })
  return (
    <form
      className="catalogue-add"
      onSubmit={(e) => {
        e.preventDefault()
        if (!result?.item) return
        onAdd(result)
        setName('')
      }}
    >
      <label htmlFor={`new-${kind}-name`}>New {one} name</label>
      <input
        id={`new-${kind}-name`}
        type="text"
        value={name}
        aria-invalid={Boolean(result?.error)}
        aria-describedby={result?.error ? `new-${kind}-error` : undefined}
        onChange={(e) => setName(e.target.value)}
      />
      {kind !== 'track' ? (
        <>
          <label htmlFor={`new-${kind}-kind`}>Kind</label>
          <select
            id={`new-${kind}-kind`}
            value={kind === 'actor' ? actorKind : sourceKind}
            onChange={(e) =>
              kind === 'actor'
                ? setActorKind(e.target.value as Actor['kind'])
                : setSourceKind(e.target.value as Source['kind'])
            }
          >
            {Object.entries(kind === 'actor' ? ACTOR_KIND_LABELS : SOURCE_KINDS).map(([v, l]) => (
              <option key={v} value={v}>
                {l}
              </option>
            ))}
          </select>
        </>
      ) : null}
      <button type="submit" disabled={busy || !result?.item}>
        Add {one}
      </button>
      {result?.error ? (
        <p id={`new-${kind}-error`} className="field-error">
          <span aria-hidden="true">⚠ </span>
          {result.error}
        </p>
      ) : null}
    </form>
  )
}

/**
 * The "Manage" dialog: the timeline's tracks, actors and sources, one tab each. Every change
 * is one undoable edit; a merge reassigns the events of one item to another, then removes it.
 */
export function ManageDialog({ dataVersion, onEdited, onClose }: ManageDialogProps) {
  const [tab, setTab] = useState<CatalogueKind>('track')
  const [catalogue, setCatalogue] = useState<Catalogue | null>(null)
  const [busy, setBusy] = useState(false)
  const [said, setSaid] = useState<{ text: string; failed: boolean } | null>(null)

  useEffect(() => {
    let current = true
    readCatalogue()
      .then((read) => {
        if (current) setCatalogue(read)
      })
      .catch((e: Error) => {
        if (current) setSaid({ text: `The lists could not be read: ${e.message}`, failed: true })
      })
    return () => {
      current = false
    }
  }, [dataVersion])

  const edit = (request: () => Promise<EditOutcome>) =>
    runAction('Changing the timeline', async () => {
      setBusy(true)
      setSaid(null)
      try {
        const outcome = await request()
        await onEdited(outcome)
        setSaid({ text: `Done: ${outcome.label}.`, failed: false })
      } catch (e) {
        setSaid({ text: (e as Error).message, failed: true })
      } finally {
        setBusy(false)
      }
    })
  const save = (checked: Checked) => {
    const { item } = checked
    if (item) edit(() => unwrap(api.saveCatalogueItem({ item })))
  }

  const onTabKey = (event: KeyboardEvent<HTMLElement>) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0
    if (step === 0) return
    const index = CATALOGUE_KINDS.indexOf(tab)
    const next = CATALOGUE_KINDS[(index + step + CATALOGUE_KINDS.length) % CATALOGUE_KINDS.length]!
    setTab(next)
    document.getElementById(`manage-tab-${next}`)?.focus()
    event.preventDefault()
  }

  const entries = catalogue ? entriesOf(tab, catalogue) : []
  return (
    <ModalDialog label="Manage" className="manage-dialog" onCancel={onClose}>
      <h2>Manage tracks, actors and sources</h2>
      <div role="tablist" aria-label="What to manage" className="tabs" onKeyDown={onTabKey}>
        {CATALOGUE_KINDS.map((kind) => (
          <button
            key={kind}
            id={`manage-tab-${kind}`}
            type="button"
            role="tab"
            aria-selected={tab === kind}
            aria-controls="manage-panel"
            tabIndex={tab === kind ? 0 : -1}
            onClick={() => setTab(kind)}
          >
            {KIND_NAMES[kind].many}
          </button>
        ))}
      </div>
      <div
        id="manage-panel"
        role="tabpanel"
        aria-labelledby={`manage-tab-${tab}`}
        className="tab-panel"
      >
        {catalogue ? (
          <>
            <ul className="catalogue-list" aria-label={KIND_NAMES[tab].many}>
              {entries.map((entry) => (
                <CatalogueRow
                  key={`${entry.id}|${entry.name}|${entry.colour ?? ''}`}
                  kind={tab}
                  entry={entry}
                  others={entries.filter((other) => other.id !== entry.id)}
                  busy={busy}
                  check={(change) => renamedItem(tab, catalogue, entry.id, change)}
                  onSave={save}
                  onMerge={(reassignTo) =>
                    edit(() =>
                      unwrap(api.removeCatalogueItem({ kind: tab, id: entry.id, reassignTo })),
                    )
                  }
                  onDelete={() =>
                    edit(() => unwrap(api.removeCatalogueItem({ kind: tab, id: entry.id })))
                  }
                />
              ))}
            </ul>
            <AddItem key={tab} kind={tab} catalogue={catalogue} busy={busy} onAdd={save} />
          </>
        ) : (
          <p className="field-hint">Reading the lists…</p>
        )}
      </div>
      <footer className="dialog-footer">
        <p role="status" className="field-hint">
          {said && !said.failed ? said.text : ''}
        </p>
        {said?.failed ? (
          <p role="alert" className="error-text">
            {said.text}
          </p>
        ) : null}
        <div className="button-row">
          <button type="button" onClick={onClose}>
            Close
          </button>
        </div>
      </footer>
    </ModalDialog>
  )
}
