import { type FormEvent, useState } from 'react';
import type { PointInput } from '../../api/endpoints.js';
import { type ValueConflict, valueConflicts } from '../../api/problem.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { ReplaceQuestion } from '../../components/replace-question.js';
import { parseLocaleNumber } from '../../format.js';
import { nowToTheMinute, todayIso } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * Adds one data point; the date defaults to today and a past date back-fills history. A
 * different value already stored at that instant is replaced only after the person says so.
 */
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
  const [date, setDate] = useState(todayIso);
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const [asking, setAsking] = useState<{ point: PointInput; conflicts: readonly ValueConflict[] }>();
  const parsed = value.trim() ? parseLocaleNumber(value, fmt.locale) : null;
  const invalid = value.trim() !== '' && parsed === null;

  async function send(point: PointInput, replace: boolean) {
    setBusy(true);
    setError(null);
    try {
      await api.addPoint(kpi, point, replace);
      setAsking(undefined);
      setSaved(`Saved ${fmt.value(point.value, unit)} for ${fmt.date(point.at)}.`);
      setValue('');
      setNote('');
      onAdded();
    } catch (e) {
      const conflicts = valueConflicts(e);
      if (conflicts.length > 0 && !replace) setAsking({ point, conflicts });
      else setError(e);
    } finally {
      setBusy(false);
    }
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed === null) return;
    // A date picked today means "now"; an earlier date is that day's value.
    const at = date === todayIso() ? nowToTheMinute() : new Date(`${date}T12:00:00Z`).toISOString();
    void send({ at, value: parsed, ...(note.trim() ? { note: note.trim() } : {}) }, false);
  }

  return (
    <form className="form" onSubmit={submit} aria-label="Add a value">
      {error !== null && <ErrorNotice error={error} />}
      {asking && (
        <ReplaceQuestion
          conflicts={asking.conflicts}
          unit={unit}
          busy={busy}
          onReplace={() => void send(asking.point, true)}
          onKeep={() => setAsking(undefined)}
        />
      )}
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
            setAsking(undefined);
          }}
          error={invalid ? 'Type a number, e.g. 4.5' : undefined}
        />
        <Field
          label="Date"
          type="date"
          required
          max={todayIso()}
          value={date}
          onChange={(e) => {
            setDate(e.target.value);
            setAsking(undefined);
          }}
        />
      </div>
      <Field
        label="Note"
        placeholder="Optional: what explains this value?"
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
      <div className="row">
        <button
          type="submit"
          className="btn btn-primary"
          disabled={busy || parsed === null || asking !== undefined}
        >
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
