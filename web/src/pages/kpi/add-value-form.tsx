import { type FormEvent, useState } from 'react';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { parseLocaleNumber } from '../../format.js';
import { nowToTheMinute } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';

function today(): string {
  return new Date().toISOString().slice(0, 10);
}

/** Adds one data point; the date defaults to today and a past date back-fills history. */
export function AddValueForm({
  kpi,
  unit,
  onAdded,
}: {
  readonly kpi: string;
  readonly unit?: string | null;
  readonly onAdded: () => void;
}) {
  const { api, fmt } = useWorkspace();
  const [value, setValue] = useState('');
  const [date, setDate] = useState(today);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const parsed = value.trim() ? parseLocaleNumber(value, fmt.locale) : null;
  const invalid = value.trim() !== '' && parsed === null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed === null) return;
    setBusy(true);
    setError(null);
    try {
      // A date picked today means "now"; an earlier date is that day's value.
      const at = date === today() ? nowToTheMinute() : new Date(`${date}T12:00:00Z`).toISOString();
      await api.addPoint(kpi, { at, value: parsed, ...(note.trim() ? { note: note.trim() } : {}) });
      setSaved(`Saved ${fmt.value(parsed, unit)} for ${fmt.date(at)}.`);
      setValue('');
      setNote('');
      onAdded();
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="form" onSubmit={(e) => void submit(e)} aria-label="Add a value">
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-row">
        <Field
          label={unit ? `Value (${unit})` : 'Value'}
          inputMode="decimal"
          autoComplete="off"
          required
          value={value}
          onChange={(e) => {
            setValue(e.target.value);
            setSaved(null);
          }}
          error={invalid ? 'Type a number, e.g. 4.5' : undefined}
        />
        <Field
          label="Date"
          type="date"
          required
          max={today()}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
      </div>
      <Field
        label="Note"
        placeholder="Optional: what explains this value?"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row">
        <button type="submit" className="btn btn-primary" disabled={busy || parsed === null}>
          {busy ? 'Saving…' : 'Add value'}
        </button>
        {saved && (
          <span className="text-healthy small" role="status">
            {saved}
          </span>
        )}
      </div>
    </form>
  );
}
