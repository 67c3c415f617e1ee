import { type FormEvent, useState } from 'react';
import type { KpiEdit } from '../../api/endpoints.js';
import type { Cadence, Kpi, Range } from '../../api/types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import { FormActions } from '../../components/forms/form-actions.js';
import { OwnerSelect, TeamSelect } from '../../components/forms/owner-team-select.js';
import { InlinePanel } from '../../components/inline-panel.js';
import { SelectField } from '../../components/select-field.js';
import type { Directory } from '../../hooks/use-directory.js';
import { useSave } from '../../hooks/use-save.js';
import { navigate } from '../../router/history.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { numberText, optionalNumber } from '../quick-add/number-input.js';

const CADENCES: readonly Cadence[] = ['daily', 'weekly', 'monthly', 'quarterly'];

interface RangeText {
  readonly min: string;
  readonly max: string;
}

const textOf = (range: Range | null): RangeText => ({
  min: numberText(range?.min),
  max: numberText(range?.max),
});

/**
 * A KPI edited in place (issue 9, "Edit everything in place"): name, unit, cadence, owner,
 * team and ranges, with the version it was read at. Moving the healthy range asks for a
 * reason, which joins the threshold history.
 */
export function KpiEditPanel({
  kpi,
  directory,
  onSaved,
  onClose,
}: {
  readonly kpi: Kpi;
  readonly directory: Directory | undefined;
  readonly onSaved: () => void;
  readonly onClose: () => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const [name, setName] = useState(kpi.name);
  const [unit, setUnit] = useState(kpi.unit ?? '');
  const [cadence, setCadence] = useState<Cadence>(kpi.cadence);
  const [owner, setOwner] = useState(kpi.owner ?? '');
  const [team, setTeam] = useState(kpi.team ?? '');
  const [healthy, setHealthy] = useState(textOf(kpi.healthy));
  const [warning, setWarning] = useState(textOf(kpi.warning));
  const [reason, setReason] = useState('');
  // The version read when the panel opened: a live refresh must not hide someone else's change.
  const [version] = useState(kpi.version);
  const { busy, error, setError, run } = useSave();

  const readRange = (text: RangeText): Range | null | 'invalid' => {
    const min = optionalNumber(text.min, fmt.locale);
    const max = optionalNumber(text.max, fmt.locale);
    if (min === null || max === null) return 'invalid';
    if (min === undefined && max === undefined) return null;
    return { ...(min !== undefined && { min }), ...(max !== undefined && { max }) };
  };
  const nextHealthy = readRange(healthy);
  const nextWarning = readRange(warning);
  const same = (a: Range | null, b: Range | null) =>
    (a?.min ?? null) === (b?.min ?? null) && (a?.max ?? null) === (b?.max ?? null);
  const healthyMoves = nextHealthy !== 'invalid' && !same(nextHealthy, kpi.healthy);
  const invalid = nextHealthy === 'invalid' || nextWarning === 'invalid';

  async function save(event: FormEvent) {
    event.preventDefault();
    if (invalid) return;
    const patch: KpiEdit = {
      version,
      ...(name.trim() !== kpi.name && { name: name.trim() }),
      ...(unit.trim() !== (kpi.unit ?? '') && { unit: unit.trim() || null }),
      ...(cadence !== kpi.cadence && { cadence }),
      ...(owner !== (kpi.owner ?? '') && { owner: owner || null }),
      ...(team !== (kpi.team ?? '') && { team: team || null }),
      ...(healthyMoves && { healthy: nextHealthy, reason: reason.trim() }),
      ...(!same(nextWarning, kpi.warning) && { warning: nextWarning }),
    };
    await run(async () => {
      await api.editKpi(kpi.id, patch);
      onSaved();
      onClose();
    });
  }

  async function archive() {
    if (
      !window.confirm(
        `Archive ${kpi.name}? It leaves the dashboard; its history is kept, and Settings → Archived KPIs can restore it.`,
      )
    )
      return;
    setError(null);
    try {
      await api.archiveKpi(kpi.id);
      navigate(paths.dashboard(ws));
    } catch (e) {
      setError(e);
    }
  }

  const rangeFields = (label: string, value: RangeText, set: (r: RangeText) => void) => (
    <div className="form-row">
      <Field
        label={`${label}: at least`}
        inputMode="decimal"
        value={value.min}
        onChange={(e) => set({ ...value, min: e.target.value })}
      />
      <Field
        label={`${label}: at most`}
        inputMode="decimal"
        value={value.max}
        onChange={(e) => set({ ...value, max: e.target.value })}
      />
    </div>
  );

  return (
    <InlinePanel label={`Edit ${kpi.name}`} onClose={onClose} className="card inline-panel">
      <form className="form" onSubmit={(e) => void save(e)}>
        {error !== null && <ErrorNotice error={error} />}
        <Field label="Name" required value={name} onChange={(e) => setName(e.target.value)} />
        <div className="form-row">
          <Field label="Unit" value={unit} hint="e.g. h, %, EUR" onChange={(e) => setUnit(e.target.value)} />
          <SelectField
            label="Reviewed"
            value={cadence}
            options={CADENCES.map((c) => ({ value: c, label: c }))}
            onChange={(c) => setCadence(c as Cadence)}
          />
        </div>
        <div className="form-row">
          <OwnerSelect directory={directory} value={owner} onChange={setOwner} />
          <TeamSelect directory={directory} value={team} onChange={setTeam} />
        </div>
        {rangeFields('Healthy', healthy, setHealthy)}
        {rangeFields('Warning', warning, setWarning)}
        {invalid && (
          <p className="field-error" role="alert">
            Write each bound as a number, e.g. {fmt.number(4.5)}.
          </p>
        )}
        {healthyMoves && (
          <Field
            label="Why the healthy range moves"
            required
            value={reason}
            hint="Kept in the threshold history, so later readers know why the standard changed."
            onChange={(e) => setReason(e.target.value)}
          />
        )}
        <FormActions
          busy={busy}
          disabled={invalid || !name.trim() || (healthyMoves && !reason.trim())}
          onCancel={onClose}
          aside={
            <button type="button" className="btn btn-ghost" onClick={() => void archive()}>
              Archive KPI
            </button>
          }
        />
      </form>
    </InlinePanel>
  );
}
