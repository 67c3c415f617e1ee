import { useState } from 'react';
import type { TimeEntryInput } from '../../api/endpoints.js';
import type { TimeEntry, TimeEntryList } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import type { Directory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { TimeEntryForm } from './time-entry-form.js';

/** The hours logged on one initiative: totals, each entry (change, delete), and a form to log more. */
export function TimeEntries({
  initiative,
  title,
  directory,
  onChanged,
}: {
  readonly initiative: string;
  readonly title: string;
  readonly directory: Directory | undefined;
  readonly onChanged: () => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const list = useResource<TimeEntryList>(`time-entries:${ws}:${initiative}`, (signal) =>
    api.timeEntries(initiative, signal),
  );
  const [editing, setEditing] = useState<number | null>(null);
  const [error, setError] = useState<unknown>(null);

  async function write(action: () => Promise<unknown>): Promise<boolean> {
    setError(null);
    try {
      await action();
      list.reload();
      onChanged();
      return true;
    } catch (e) {
      setError(e);
      return false;
    }
  }
  const change = (entry: TimeEntry, input: TimeEntryInput) =>
    write(() => api.updateTimeEntry(entry.id, { ...input, version: entry.version })).then((done) => {
      if (done) setEditing(null);
      return done;
    });

  if (list.error !== undefined) return <ErrorNotice error={list.error} onRetry={list.reload} />;
  if (!list.data) return <p className="muted small">Loading hours…</p>;
  const { items, totals } = list.data;
  return (
    <section className="stack" aria-label={`Hours on ${title}`}>
      <p className="small" role="status">
        {`${fmt.number(totals.hours, 2)} h logged, ${fmt.number(totals.billableHours, 2)} h billable`}
      </p>
      {error !== null && <ErrorNotice error={error} />}
      {items.length > 0 && (
        <table className="table" aria-label={`Time entries of ${title}`}>
          <thead>
            <tr>
              <th scope="col">Date</th>
              <th scope="col">Who</th>
              <th scope="col" className="num">
                Hours
              </th>
              <th scope="col">Billable</th>
              <th scope="col">Note</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((entry) =>
              editing === entry.id ? (
                <tr key={entry.id}>
                  <td colSpan={6}>
                    <TimeEntryForm
                      label={`Change the entry of ${entry.date}`}
                      initial={entry}
                      submitText="Save"
                      onSubmit={(input) => change(entry, input)}
                      onCancel={() => setEditing(null)}
                    />
                  </td>
                </tr>
              ) : (
                <tr key={entry.id}>
                  <td>{fmt.day(entry.date)}</td>
                  <td>{directory?.personName(entry.person) ?? entry.person}</td>
                  <td className="num">{fmt.number(entry.hours, 2)}</td>
                  <td>{entry.billable ? 'Yes' : 'No'}</td>
                  <td>{entry.note ?? ''}</td>
                  <td>
                    <div className="row">
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        onClick={() => setEditing(entry.id)}
                      >
                        Edit
                      </button>
                      <button
                        type="button"
                        className="btn btn-ghost btn-small"
                        aria-label={`Delete the entry of ${entry.date}`}
                        onClick={() => void write(() => api.deleteTimeEntry(entry.id, entry.version))}
                      >
                        Delete
                      </button>
                    </div>
                  </td>
                </tr>
              ),
            )}
          </tbody>
        </table>
      )}
      <TimeEntryForm
        label={`Log hours on ${title}`}
        submitText="Log hours"
        onSubmit={(input) =>
          write(() =>
            api.logTime(initiative, {
              date: input.date,
              hours: input.hours,
              billable: input.billable ?? false,
              ...(input.note ? { note: input.note } : {}),
            }),
          )
        }
      />
    </section>
  );
}
