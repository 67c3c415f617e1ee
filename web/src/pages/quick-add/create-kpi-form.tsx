import { type FormEvent, useState } from 'react';
import type { Cadence } from '../../api/types.js';
import type { ParseReading } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import type { Directory } from '../../hooks/use-directory.js';
import { nowToTheMinute } from '../../now.js';
import { navigate } from '../../router/history.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { metricTitle } from './metric-name.js';
import { numberText, optionalNumber } from './number-input.js';

function boundsOf(r: ParseReading): { min: number | null; max: number | null } {
  if (r.direction === 'at_least') return { min: r.target ?? r.low, max: null };
  if (r.direction === 'at_most') return { min: null, max: r.target ?? r.high };
  if (r.direction === 'between') return { min: r.low, max: r.high };
  return { min: r.low, max: r.high };
}

/** Creates the KPI the sentence describes, with its healthy range and first value. */
export function CreateKpiForm({
  reading,
  directory,
}: {
  readonly reading: ParseReading;
  readonly directory: Directory | undefined;
}) {
  const { ws, api, fmt } = useWorkspace();
  const bounds = boundsOf(reading);
  const [name, setName] = useState(metricTitle(reading.metric, reading.text));
  const [unit, setUnit] = useState(reading.unit ?? '');
  const [min, setMin] = useState(numberText(bounds.min));
  const [max, setMax] = useState(numberText(bounds.max));
  const [cadence, setCadence] = useState<Cadence>('weekly');
  const [current, setCurrent] = useState(numberText(reading.current));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const minN = optionalNumber(min, fmt.locale);
  const maxN = optionalNumber(max, fmt.locale);
  const currentN = optionalNumber(current, fmt.locale);
  const invalid = minN === null || maxN === null || currentN === null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    setBusy(true);
    setError(null);
    try {
      const healthy =
        minN !== undefined || maxN !== undefined
          ? { ...(minN !== undefined ? { min: minN } : {}), ...(maxN !== undefined ? { max: maxN } : {}) }
          : undefined;
      const kpi = await api.createKpi({
        name: name.trim(),
        cadence,
        ...(unit.trim() ? { unit: unit.trim() } : {}),
        ...(healthy ? { healthy } : {}),
        ...(directory?.mePerson ? { owner: directory.mePerson.id } : {}),
      });
      if (currentN !== undefined) await api.addPoint(kpi.id, { at: nowToTheMinute(), value: currentN });
      navigate(paths.kpi(ws, kpi.id));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="create-kpi-title">
      <h2 id="create-kpi-title">Create the KPI</h2>
      {error !== null && <ErrorNotice error={error} />}
      <div className="form-row">
        <Field label="Name" required value={name} onChange={(e) => setName(e.target.value)} />
        <Field label="Unit" placeholder="%, h, EUR" value={unit} onChange={(e) => setUnit(e.target.value)} />
      </div>
      <div className="form-row">
        <Field
          label="Healthy minimum"
          inputMode="decimal"
          value={min}
          onChange={(e) => setMin(e.target.value)}
          error={minN === null ? 'Not a number' : undefined}
          hint="Empty: no lower bound"
        />
        <Field
          label="Healthy maximum"
          inputMode="decimal"
          value={max}
          onChange={(e) => setMax(e.target.value)}
          error={maxN === null ? 'Not a number' : undefined}
          hint="Empty: no upper bound"
        />
      </div>
      <div className="form-row">
        <div className="field">
          <label htmlFor="kpi-cadence">Review cadence</label>
          <select
            id="kpi-cadence"
            className="select"
            value={cadence}
            onChange={(e) => setCadence(e.target.value as Cadence)}
          >
            <option value="daily">Daily</option>
            <option value="weekly">Weekly</option>
            <option value="monthly">Monthly</option>
            <option value="quarterly">Quarterly</option>
          </select>
        </div>
        <Field
          label="Current value"
          inputMode="decimal"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={currentN === null ? 'Not a number' : undefined}
          hint="Optional: recorded as today's value"
        />
      </div>
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy || invalid || !name.trim()}>
          {busy ? 'Creating…' : 'Create KPI'}
        </button>
      </div>
    </form>
  );
}
