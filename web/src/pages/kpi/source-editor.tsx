import { type FormEvent, useId, useState } from 'react';
import type { KpiSource } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { FormulaCheck } from './formula-check.js';
import { HeadersEditor } from './headers-editor.js';
import { draftComplete, draftOf, type SourceDraft, type SourceKindName, sourceOf } from './source-draft.js';

const KINDS: readonly { readonly kind: SourceKindName; readonly label: string }[] = [
  { kind: 'http', label: 'JSON API' },
  { kind: 'sql', label: 'SQL query' },
  { kind: 'formula', label: 'Formula' },
];

/**
 * Sets or changes where a KPI's values come from (docs/sources.md). Secrets (header
 * values, the connection string) are write-only: a stored one shows as "set" and stays
 * unless a new value is typed. "Save and run" stores the source and runs it once.
 */
export function SourceEditor({
  kpi,
  current,
  onSaved,
  onCancel,
}: {
  readonly kpi: string;
  readonly current: KpiSource | undefined;
  readonly onSaved: (ran: boolean) => void;
  readonly onCancel: () => void;
}) {
  const { api } = useWorkspace();
  const [draft, setDraft] = useState<SourceDraft>(() => draftOf(current));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const queryId = useId();
  const set = (patch: Partial<SourceDraft>) => setDraft((d) => ({ ...d, ...patch }));

  async function save(event: FormEvent, run: boolean) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await api.setKpiSource(kpi, sourceOf(draft));
      if (run) await api.runKpiSource(kpi);
      onSaved(run);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  }

  const schedule = (
    <Field
      label="Schedule (optional)"
      hint="Cron, five fields, UTC, e.g. 0 7 * * 1 for Mondays 07:00. Empty: once per KPI period."
      value={draft.schedule}
      onChange={(e) => set({ schedule: e.target.value })}
    />
  );

  return (
    <form className="form" aria-label="Source" onSubmit={(e) => void save(e, false)}>
      {error !== null && <ErrorNotice error={error} />}
      <div className="segmented" role="tablist" aria-label="Kind of source">
        {KINDS.map(({ kind, label }) => (
          <button
            key={kind}
            type="button"
            role="tab"
            aria-selected={draft.kind === kind}
            onClick={() => set({ kind })}
          >
            {label}
          </button>
        ))}
      </div>
      {draft.kind === 'http' && (
        <>
          <Field
            label="URL"
            type="url"
            required
            placeholder="https://api.example.com/v1/stats"
            value={draft.url}
            onChange={(e) => set({ url: e.target.value })}
          />
          <Field
            label="Value (JSONata)"
            required
            hint="Gives a number, or rows of {at, value} for a backfill, e.g. data.mrr"
            value={draft.value}
            onChange={(e) => set({ value: e.target.value })}
          />
          <Field
            label="Instant (JSONata, optional)"
            hint="Where the value's date is, e.g. data.asOf. Empty: the time of the run."
            value={draft.at}
            onChange={(e) => set({ at: e.target.value })}
          />
          <HeadersEditor headers={draft.headers} onChange={(headers) => set({ headers })} />
          {schedule}
        </>
      )}
      {draft.kind === 'sql' && (
        <>
          <Field
            label="Connection"
            type="password"
            autoComplete="off"
            required={!draft.connectionStored}
            placeholder={
              draft.connectionStored ? 'Set — type a new one to replace it' : 'postgres://reader@host/db'
            }
            hint="Sealed when saved and never shown again."
            value={draft.connection}
            onChange={(e) => set({ connection: e.target.value })}
          />
          <div className="field">
            <label htmlFor={queryId}>Query</label>
            <textarea
              id={queryId}
              className="textarea"
              required
              placeholder="select day as at, orders as value from daily_orders order by day"
              value={draft.query}
              onChange={(e) => set({ query: e.target.value })}
            />
            <span className="hint">Read-only; returns columns at and value.</span>
          </div>
          {schedule}
        </>
      )}
      {draft.kind === 'formula' && (
        <>
          <Field
            label="Expression"
            required
            hint="Other KPIs by id with - written _, e.g. billable_hours / available_hours * 100"
            value={draft.expression}
            onChange={(e) => set({ expression: e.target.value })}
          />
          <FormulaCheck kpi={kpi} expression={draft.expression} />
        </>
      )}
      <div className="row">
        <button type="submit" className="btn btn-primary btn-small" disabled={busy || !draftComplete(draft)}>
          {busy ? 'Saving…' : 'Save source'}
        </button>
        <button
          type="button"
          className="btn btn-small"
          disabled={busy || !draftComplete(draft)}
          onClick={(e) => void save(e, true)}
        >
          Save and run now
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
