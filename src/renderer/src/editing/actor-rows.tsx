import type { Actor } from '../../../shared/model'
import { ACTOR_ROLES, type ActorRole } from '../../../shared/vocabulary'
import { actorField, type FieldErrors } from './event-draft'
import { emptyActorRow, NEW_CHOICE, type ActorRowForm } from './event-form'
import { Field } from './form-field'

export const ACTOR_KIND_LABELS: Record<Actor['kind'], string> = {
  person: 'Person',
  state: 'State',
  organisation: 'Organisation',
}

const ROLE_LABELS: Record<ActorRole, string> = {
  host: 'Host',
  envoy: 'Envoy',
  mediator: 'Mediator',
  party: 'Party',
}

interface Props {
  rows: ActorRowForm[]
  actors: readonly Actor[]
  errors: FieldErrors
  onChange(rows: ActorRowForm[], touched?: string): void
  onLeave(field: string): void
}

/** The event's actors, each with its role; an actor not in the timeline yet is made by name. */
export function ActorRows({ rows, actors, errors, onChange, onLeave }: Props) {
  const update = (index: number, patch: Partial<ActorRowForm>, field: string) =>
    onChange(
      rows.map((row, i) => (i === index ? { ...row, ...patch } : row)),
      `${rows[index]?.key}.${field}`,
    )
  return (
    <fieldset className="actor-rows">
      <legend>Actors</legend>
      {rows.length === 0 ? <p className="field-hint">No actor yet.</p> : null}
      {rows.map((row, i) => (
        <div key={row.key} role="group" aria-label={`Actor ${i + 1}`} className="form-row">
          <Field id={`${row.key}-actor`} label="Actor" error={errors[actorField(i, 'actorId')]}>
            {(control) => (
              <select
                {...control}
                value={row.actorId}
                onChange={(e) => update(i, { actorId: e.target.value }, 'actorId')}
                onBlur={() => onLeave(`${row.key}.actorId`)}
              >
                <option value="">Choose an actor…</option>
                {actors.map((actor) => (
                  <option key={actor.id} value={actor.id}>
                    {actor.name}
                  </option>
                ))}
                <option value={NEW_CHOICE}>New actor…</option>
              </select>
            )}
          </Field>
          {row.actorId === NEW_CHOICE ? (
            <>
              <Field
                id={`${row.key}-new-name`}
                label="New actor name"
                error={errors[actorField(i, 'newName')]}
              >
                {(control) => (
                  <input
                    {...control}
                    type="text"
                    value={row.newName}
                    onChange={(e) => update(i, { newName: e.target.value }, 'newName')}
                    onBlur={() => onLeave(`${row.key}.newName`)}
                  />
                )}
              </Field>
              <Field id={`${row.key}-new-kind`} label="New actor kind">
                {(control) => (
                  <select
                    {...control}
                    value={row.newKind}
                    onChange={(e) =>
                      update(i, { newKind: e.target.value as Actor['kind'] }, 'newKind')
                    }
                  >
                    {Object.entries(ACTOR_KIND_LABELS).map(([kind, label]) => (
                      <option key={kind} value={kind}>
                        {label}
                      </option>
                    ))}
                  </select>
                )}
              </Field>
            </>
          ) : null}
          <Field id={`${row.key}-role`} label="Role">
            {(control) => (
              <select
                {...control}
                value={row.role}
                onChange={(e) => update(i, { role: e.target.value as ActorRole }, 'role')}
              >
                {ACTOR_ROLES.map((role) => (
                  <option key={role} value={role}>
                    {ROLE_LABELS[role]}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <button
            type="button"
            className="remove-row"
            onClick={() => onChange(rows.filter((_, j) => j !== i))}
          >
            Remove actor
          </button>
        </div>
      ))}
      <button type="button" onClick={() => onChange([...rows, emptyActorRow()])}>
        Add actor
      </button>
    </fieldset>
  )
}
