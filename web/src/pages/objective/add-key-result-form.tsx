import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { parseLocaleNumber } from '../../format.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Adds a numeric key result: an outcome moving from a baseline to a target. */
export function AddKeyResultForm({
  objective,
  onAdded,
}: {
  readonly objective: string;
  readonly onAdded: () => void;
}) {
  const { api, fmt } = useWorkspace();
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [baseline, setBaseline] = useState('');
  const [target, setTarget] = useState('');
  const [unit, setUnit] = useState('');
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);

  if (!open) {
    return (
      <div>
        <button type="button" className="btn" onClick={() => setOpen(true)}>
          Add key result
        </button>
      </div>
    );
  }

  const b = baseline.trim() ? parseLocaleNumber(baseline, fmt.locale) : undefined;
  const t = target.trim() ? parseLocaleNumber(target, fmt.locale) : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.addKeyResult(objective, {
        title: title.trim(),
        ...(b != null ? { baseline: b } : {}),
        ...(t != null ? { target: t } : {}),
        ...(unit.trim() ? { unit: unit.trim() } : {}),
      });
      setTitle('');
      setBaseline('');
      setTarget('');
      setUnit('');
      setOpen(false);
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-label="Add key result">
      {error !== null && <ErrorNotice error={error} />}
      <Field
        label="Key result"
        required
        placeholder="Reduce churn from 8% to 5%"
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div className="form-row">
        <Field
          label="Baseline"
          inputMode="decimal"
          value={baseline}
          onChange={(e) => setBaseline(e.target.value)}
          error={b === null ? 'Not a number' : undefined}
        />
        <Field
          label="Target"
          inputMode="decimal"
          value={target}
          onChange={(e) => setTarget(e.target.value)}
          error={t === null ? 'Not a number' : undefined}
        />
        <Field label="Unit" placeholder="%, h, EUR" value={unit} onChange={(e) => setUnit(e.target.value)} />
      </div>
      <div className="row">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={busy || !title.trim() || b === null || t === null}
        >
          {busy ? 'Adding…' : 'Add key result'}
        </button>
        <button type="button" className="btn btn-ghost" onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
