import { type FormEvent, useState } from 'react';
import type { Cycle } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { useResource } from '../../hooks/use-resource.js';
import { useWorkspace } from '../../session/workspace-context.js';

interface Suggestion {
  readonly id: string;
  readonly start: string;
  readonly end: string;
}

/**
 * Starts the next cycle: the server suggests it from the workspace's cycle length,
 * beginning the day after the latest one ends.
 */
export function NewCycleForm({
  cycles,
  onCreated,
}: {
  readonly cycles: readonly Cycle[];
  readonly onCreated: () => void;
}) {
  const { ws, api } = useWorkspace();
  const latest = [...cycles].sort((a, b) => a.end.localeCompare(b.end)).at(-1);
  const offer = useResource(`next-cycle:${ws}:${latest?.id ?? ''}`, (signal) => api.nextCycle(signal));
  // Kept here: the fields start afresh with the next suggestion once a cycle is created.
  const [done, setDone] = useState<string | null>(null);
  if (!offer.data) return null;
  return (
    <NewCycleFields
      key={offer.data.next.id}
      suggestion={offer.data.next}
      first={!latest}
      done={done}
      onCreated={(id) => {
        setDone(`Cycle ${id} created.`);
        onCreated();
      }}
    />
  );
}

function NewCycleFields({
  suggestion,
  first,
  done,
  onCreated,
}: {
  readonly suggestion: Suggestion;
  readonly first: boolean;
  readonly done: string | null;
  readonly onCreated: (id: string) => void;
}) {
  const { api } = useWorkspace();
  const [id, setId] = useState(suggestion.id);
  const [start, setStart] = useState(suggestion.start);
  const [end, setEnd] = useState(suggestion.end);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      const cycle = await api.createCycle({ id: id.trim(), start, end });
      onCreated(cycle.id);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="new-cycle-title">
      <h2 id="new-cycle-title">{first ? 'Create the first cycle' : 'Start the next cycle'}</h2>
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
