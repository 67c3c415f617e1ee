import { type FormEvent, useState } from 'react';
import type { TimeEntryInput } from '../../api/endpoints.js';
import { Field } from '../../components/field.js';
import { parseLocaleNumber } from '../../format.js';
import { todayIso } from '../../now.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Date, hours, billable and note of one time entry: logging a new one or changing one. */
export function TimeEntryForm({
  label,
  initial,
  submitText,
  onSubmit,
  onCancel,
}: {
  readonly label: string;
  readonly initial?: TimeEntryInput;
  readonly submitText: string;
  readonly onSubmit: (input: TimeEntryInput) => Promise<boolean>;
  readonly onCancel?: () => void;
}) {
  const { fmt } = useWorkspace();
  const [date, setDate] = useState(initial?.date ?? todayIso());
  const [hours, setHours] = useState(initial ? fmt.number(initial.hours, 2) : '');
  const [billable, setBillable] = useState(initial?.billable ?? false);
  const [note, setNote] = useState(initial?.note ?? '');
  const [busy, setBusy] = useState(false);
  const parsed = hours.trim() ? parseLocaleNumber(hours, fmt.locale) : null;
  const invalid =
    hours.trim() !== '' && (parsed === null || parsed <= 0 || parsed > 24)
      ? 'Type the hours, more than 0 and at most 24, e.g. 1.5'
      : undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (parsed === null || invalid) return;
    setBusy(true);
    const done = await onSubmit({
      date,
      hours: parsed,
      billable,
      ...(note.trim() ? { note: note.trim() } : initial?.note ? { note: null } : {}),
    });
    setBusy(false);
    if (done && !initial) {
      setHours('');
      setNote('');
    }
  }

  return (
    <form className="form" aria-label={label} onSubmit={(e) => void submit(e)}>
      <div className="form-row">
        <Field
          label="Date"
          type="date"
          required
          max={todayIso()}
          value={date}
          onChange={(e) => setDate(e.target.value)}
        />
        <Field
          label="Hours"
          inputMode="decimal"
          autoComplete="off"
          required
          value={hours}
          onChange={(e) => setHours(e.target.value)}
          error={invalid}
        />
      </div>
      <label className="row small">
        <input type="checkbox" checked={billable} onChange={(e) => setBillable(e.target.checked)} /> Billable
      </label>
      <Field label="Note" placeholder="Optional" value={note} onChange={(e) => setNote(e.target.value)} />
      <div className="row">
        <button
          type="submit"
          className="btn btn-primary btn-small"
          disabled={busy || parsed === null || !!invalid}
        >
          {busy ? 'Saving…' : submitText}
        </button>
        {onCancel && (
          <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
            Cancel
          </button>
        )}
      </div>
    </form>
  );
}
