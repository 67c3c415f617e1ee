import { type FormEvent, useState } from 'react';
import type { Cycle } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { nextCycle } from './next-cycle.js';

/** Starts the next cycle: same length as the last, beginning the day after it ends. */
export function NewCycleForm({
  cycles,
  onCreated,
}: {
  readonly cycles: readonly Cycle[];
  readonly onCreated: () => void;
}) {
  const { api } = useWorkspace();
  const latest = [...cycles].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
  const suggestion = nextCycle(latest, new Date().toISOString().slice(0, 10));
  const [id, setId] = useState(suggestion.id);
  const [start, setStart] = useState(suggestion.start);
  const [end, setEnd] = useState(suggestion.end);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState<string | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const cycle = await api.createCycle({ id: id.trim(), start, end });
      setDone(`Cycle ${cycle.id} created.`);
      onCreated();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="new-cycle-title">
      <h2 id="new-cycle-title">{latest ? 'Start the next cycle' : 'Create the first cycle'}</h2>
      {error !== null && <ErrorNotice error={error} />}
      {done && (
        <p className="alert alert-success" role="status">
          {done}
        </p>
      )}
      <Field
        label="Name"
        required
        value={id}
        onChange={(e) => setId(e.target.value)}
        hint="A short id, e.g. 2026-Q2"
      />
      <div className="form-row">
        <Field label="Start" type="date" required value={start} onChange={(e) => setStart(e.target.value)} />
        <Field
          label="End"
          type="date"
          required
          min={start}
          value={end}
          onChange={(e) => setEnd(e.target.value)}
        />
      </div>
      <div>
        <button type="submit" className="btn" disabled={busy || !id.trim() || end < start}>
          {busy ? 'Creating…' : 'Create cycle'}
        </button>
      </div>
    </form>
  );
}
