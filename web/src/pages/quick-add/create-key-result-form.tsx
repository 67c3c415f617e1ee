import { type FormEvent, useState } from 'react';
import type { Objective } from '../../api/types.js';
import type { ParseReading } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import type { Directory } from '../../hooks/use-directory.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { numberText, optionalNumber } from './number-input.js';

const NEW = '__new__';

/** Creates the key result under an objective of the current cycle, or a new objective. */
export function CreateKeyResultForm(props: {
  readonly reading: ParseReading;
  readonly directory: Directory | undefined;
  readonly objectives: readonly Objective[];
}) {
  const { reading, directory, objectives } = props;
  const { ws, api, fmt } = useWorkspace();
  const cycle = directory?.currentCycle?.id;
  const candidates = objectives.filter((o) => !cycle || o.cycle === cycle);
  const milestone = reading.kind === 'milestone';
  const [title, setTitle] = useState(reading.text);
  const [objective, setObjective] = useState(candidates[0]?.id ?? NEW);
  const [objectiveTitle, setObjectiveTitle] = useState('');
  const [baseline, setBaseline] = useState(numberText(reading.baseline));
  const [target, setTarget] = useState(numberText(reading.target));
  const [unit, setUnit] = useState(reading.unit ?? '');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const b = optionalNumber(baseline, fmt.locale);
  const t = optionalNumber(target, fmt.locale);
  const invalid = b === null || t === null || (objective === NEW && (!objectiveTitle.trim() || !cycle));

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (invalid || !cycle) return;
    setBusy(true);
    setError(null);
    try {
      const owner = directory?.mePerson?.id;
      const objectiveId =
        objective === NEW
          ? (await api.createObjective({ title: objectiveTitle.trim(), cycle, ...(owner ? { owner } : {}) }))
              .id
          : objective;
      await api.addKeyResult(objectiveId, {
        title: title.trim(),
        ...(milestone ? { milestone: true } : {}),
        ...(b !== undefined ? { baseline: b } : {}),
        ...(t !== undefined ? { target: t } : {}),
        ...(unit.trim() ? { unit: unit.trim() } : {}),
        ...(owner ? { owner } : {}),
      });
      navigate(paths.objective(ws, objectiveId));
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="create-kr-title">
      <h2 id="create-kr-title">Create the key result</h2>
      {!cycle && (
        <p className="alert alert-info">
          There is no cycle yet. <Link to={paths.settingsCycles(ws)}>Plan one in Settings → Cycles</Link>,
          then come back.
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <Field label="Key result" required value={title} onChange={(e) => setTitle(e.target.value)} />
      {!milestone && (
        <div className="form-row">
          <Field
            label="Baseline"
            inputMode="decimal"
            value={baseline}
            onChange={(e) => setBaseline(e.target.value)}
            error={
              b === null
                ? 'Not a number'
                : b === undefined
                  ? 'Without a baseline the target is a guess'
                  : undefined
            }
          />
          <Field
            label="Target"
            inputMode="decimal"
            value={target}
            onChange={(e) => setTarget(e.target.value)}
            error={t === null ? 'Not a number' : undefined}
          />
          <Field label="Unit" value={unit} onChange={(e) => setUnit(e.target.value)} />
        </div>
      )}
      <div className="field">
        <label htmlFor="kr-objective">Objective</label>
        <select
          id="kr-objective"
          className="select"
          value={objective}
          onChange={(e) => setObjective(e.target.value)}
        >
          {candidates.map((o) => (
            <option key={o.id} value={o.id}>
              {o.title}
            </option>
          ))}
          <option value={NEW}>New objective…</option>
        </select>
      </div>
      {objective === NEW && (
        <Field
          label="New objective"
          required
          placeholder="Say where you want to go, in words: Make support fast again"
          value={objectiveTitle}
          onChange={(e) => setObjectiveTitle(e.target.value)}
          hint={cycle ? `In cycle ${cycle}.` : undefined}
        />
      )}
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy || invalid || !title.trim()}>
          {busy ? 'Creating…' : 'Create key result'}
        </button>
      </div>
    </form>
  );
}
