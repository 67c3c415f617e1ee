import { type FormEvent, useState } from 'react';
import type { Initiative, InitiativeStatus } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import type { Directory } from '../../hooks/use-directory.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { InitiativeEditPanel } from './initiative-edit-panel.js';
import { TimeEntries } from './time-entries.js';

const STATUS_WORD: Readonly<Record<InitiativeStatus, string>> = {
  planned: 'Planned',
  in_progress: 'In progress',
  done: 'Done',
  blocked: 'Blocked',
};

/** The work that should move these key results: status, owner, due date, hours. */
export function InitiativesList(props: {
  readonly initiatives: readonly Initiative[];
  readonly keyResults: readonly string[];
  readonly directory: Directory | undefined;
  readonly onChanged: () => void;
}) {
  const { api, fmt } = useWorkspace();
  const [title, setTitle] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [hoursOf, setHoursOf] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);

  async function add(event: FormEvent) {
    event.preventDefault();
    if (!title.trim()) return;
    setError(null);
    try {
      await api.createInitiative({ title: title.trim(), keyResults: [...props.keyResults] });
      setTitle('');
      props.onChanged();
    } catch (e) {
      setError(e);
    }
  }

  async function setStatus(initiative: Initiative, status: InitiativeStatus) {
    setError(null);
    try {
      await api.updateInitiative(initiative.id, { status });
      props.onChanged();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <section className="card" aria-labelledby="initiatives-title">
      <h2 id="initiatives-title" className="section-title">
        Initiatives
      </h2>
      {error !== null && <ErrorNotice error={error} />}
      {props.initiatives.length === 0 ? (
        <p className="muted small">
          No initiatives yet. Initiatives are the work; key results are the outcome it should move.
        </p>
      ) : (
        <ul className="plain-list">
          {props.initiatives.map((i) => (
            <li key={i.id} className="initiative">
              <div className="spread">
                <span>{i.title}</span>
                <select
                  className="select select-small"
                  aria-label={`Status of ${i.title}`}
                  value={i.status}
                  onChange={(e) => void setStatus(i, e.target.value as InitiativeStatus)}
                >
                  {Object.entries(STATUS_WORD).map(([value, word]) => (
                    <option key={value} value={value}>
                      {word}
                    </option>
                  ))}
                </select>
              </div>
              <p className="muted small">
                {[
                  props.directory?.personName(i.owner),
                  i.due && `due ${fmt.day(i.due)}`,
                  i.hours != null && `${fmt.number(i.hours, 1)} h logged`,
                ]
                  .filter(Boolean)
                  .join(' · ') || 'No owner or due date'}{' '}
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-expanded={hoursOf === i.id}
                  aria-label={`Hours on ${i.title}`}
                  onClick={() => setHoursOf(hoursOf === i.id ? null : i.id)}
                >
                  {hoursOf === i.id ? 'Hide hours' : 'Hours'}
                </button>
                <button
                  type="button"
                  className="btn btn-ghost btn-small"
                  aria-expanded={editing === i.id}
                  aria-label={`Edit ${i.title}`}
                  onClick={() => setEditing(editing === i.id ? null : i.id)}
                >
                  Edit
                </button>
              </p>
              {editing === i.id && (
                <InitiativeEditPanel
                  initiative={i}
                  directory={props.directory}
                  onSaved={props.onChanged}
                  onClose={() => setEditing(null)}
                />
              )}
              {hoursOf === i.id && (
                <TimeEntries
                  initiative={i.id}
                  title={i.title}
                  directory={props.directory}
                  onChanged={props.onChanged}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      <form className="row" onSubmit={(e) => void add(e)} style={{ marginTop: 12 }}>
        <label htmlFor="new-initiative" className="visually-hidden">
          New initiative
        </label>
        <input
          id="new-initiative"
          className="input"
          style={{ flex: 1, minWidth: 180 }}
          placeholder="Add an initiative, e.g. Hire a second support agent"
          value={title}
          onChange={(e) => setTitle(e.target.value)}
        />
        <button type="submit" className="btn" disabled={!title.trim()}>
          Add
        </button>
      </form>
    </section>
  );
}
