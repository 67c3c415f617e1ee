import { type FormEvent, useEffect, useRef, useState } from 'react';
import type { Cycle } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { todayIso } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { PlanNextCycle } from './plan-next-cycle.js';

/** Every cycle with its dates; admins move an open cycle's dates and plan the next one. */
export function CyclesSettings({ canManage }: { readonly canManage: boolean }) {
  const { fmt } = useWorkspace();
  const { directory, reload } = useDirectory();
  const cycles = [...(directory?.cycles ?? [])].sort((a, b) => b.start.localeCompare(a.start));
  const today = todayIso();
  const day = (iso: string) => fmt.day(iso);
  const loaded = directory !== undefined;
  // "Plan one in Settings → Cycles" links here (`#cycles`): bring the section into view.
  useEffect(() => {
    if (loaded && window.location.hash === '#cycles')
      document.getElementById('cycles')?.scrollIntoView({ block: 'start' });
  }, [loaded]);
  return (
    <section className="card" id="cycles" aria-labelledby="cycles-title">
      <div className="section-title">
        <h2 id="cycles-title">
          Cycles <span className="count">{cycles.length}</span>
        </h2>
      </div>
      <p className="muted small">
        A cycle is the time box for OKRs. KPIs run continuously; objectives belong to a cycle and are graded
        when it closes.
      </p>
      {cycles.length === 0 ? (
        <p className="muted small">No cycles yet.</p>
      ) : (
        <ul className="plain-list cycle-list">
          {cycles.map((c) => (
            <CycleRow
              key={c.id}
              cycle={c}
              label={`${day(c.start)} – ${day(c.end)}`}
              state={
                c.closed
                  ? 'closed'
                  : c.start <= today && today <= c.end
                    ? 'current'
                    : c.end < today
                      ? 'ended'
                      : 'upcoming'
              }
              canEdit={canManage && !c.closed}
              onSaved={reload}
            />
          ))}
        </ul>
      )}
      {canManage && <PlanNextCycle onCreated={reload} />}
    </section>
  );
}

const STATE_WORDS = {
  closed: 'closed',
  current: 'running now',
  ended: 'ended, not closed',
  upcoming: 'upcoming',
};

function CycleRow({
  cycle,
  label,
  state,
  canEdit,
  onSaved,
}: {
  readonly cycle: Cycle;
  readonly label: string;
  readonly state: keyof typeof STATE_WORDS;
  readonly canEdit: boolean;
  readonly onSaved: () => void;
}) {
  const { api } = useWorkspace();
  const [editing, setEditing] = useState(false);
  const [start, setStart] = useState(cycle.start);
  const [end, setEnd] = useState(cycle.end);
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const button = useRef<HTMLButtonElement>(null);

  function close() {
    setEditing(false);
    setError(null);
    setStart(cycle.start);
    setEnd(cycle.end);
    requestAnimationFrame(() => button.current?.focus());
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.updateCycle(cycle.id, { start, end, version: cycle.version });
      setEditing(false);
      onSaved();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <li className="cycle-row">
      <div className="row between">
        <span>
          <strong>{cycle.id}</strong>{' '}
          <span className="muted small">
            {label} · {STATE_WORDS[state]}
          </span>
        </span>
        {canEdit && !editing && (
          <button
            ref={button}
            type="button"
            className="btn btn-ghost btn-small"
            aria-label={`Edit the dates of ${cycle.id}`}
            onClick={() => setEditing(true)}
          >
            Edit dates
          </button>
        )}
      </div>
      {editing && (
        <InlinePanel label={`Dates of ${cycle.id}`} onClose={close}>
          <form className="form" onSubmit={(e) => void save(e)}>
            {error !== null && <ErrorNotice error={error} />}
            <div className="form-row">
              <Field
                label="Start"
                type="date"
                required
                value={start}
                onChange={(e) => setStart(e.target.value)}
              />
              <Field
                label="End"
                type="date"
                required
                min={start}
                value={end}
                onChange={(e) => setEnd(e.target.value)}
              />
            </div>
            <div className="row">
              <button type="submit" className="btn btn-small" disabled={busy || end < start}>
                {busy ? 'Saving…' : 'Save dates'}
              </button>
              <button type="button" className="btn btn-ghost btn-small" onClick={close}>
                Cancel
              </button>
            </div>
          </form>
        </InlinePanel>
      )}
    </li>
  );
}
