import { type FormEvent, useState } from 'react';
import type { ParseReading } from '../../api/workflow-types.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { Field } from '../../components/field.js';
import type { Directory } from '../../hooks/use-directory.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** An activity becomes an initiative; a qualitative aim becomes an objective. */
export function CreateSimpleForm({
  reading,
  directory,
}: {
  readonly reading: ParseReading;
  readonly directory: Directory | undefined;
}) {
  const { ws, api } = useWorkspace();
  const isObjective = reading.kind === 'objective';
  const [title, setTitle] = useState(reading.text);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const cycle = directory?.currentCycle?.id;
  const owner = directory?.mePerson?.id;

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      if (isObjective) {
        if (!cycle) throw new Error('There is no cycle yet: plan one in Settings → Cycles first.');
        const objective = await api.createObjective({
          title: title.trim(),
          cycle,
          ...(owner ? { owner } : {}),
        });
        navigate(paths.objective(ws, objective.id));
      } else {
        await api.createInitiative({ title: title.trim(), ...(owner ? { owner } : {}) });
        navigate(paths.dashboard(ws));
      }
    } catch (e) {
      setError(e);
      setBusy(false);
    }
  }

  return (
    <form className="card form" onSubmit={(e) => void submit(e)} aria-labelledby="create-simple-title">
      <h2 id="create-simple-title">{isObjective ? 'Create the objective' : 'Create an initiative'}</h2>
      {isObjective && directory && !cycle && (
        <p className="alert alert-info">
          There is no cycle yet. <Link to={paths.settingsCycles(ws)}>Plan one in Settings → Cycles</Link>,
          then come back.
        </p>
      )}
      {!isObjective && (
        <p className="muted small">
          Activities are work, not results. Ask what this work should change, and write that as a key result;
          keep the activity as an initiative that drives it.
        </p>
      )}
      {error !== null && <ErrorNotice error={error} />}
      <Field
        label={isObjective ? 'Objective' : 'Initiative'}
        required
        value={title}
        onChange={(e) => setTitle(e.target.value)}
      />
      <div>
        <button type="submit" className="btn btn-primary" disabled={busy || !title.trim()}>
          {busy ? 'Creating…' : isObjective ? 'Create objective' : 'Create initiative'}
        </button>
      </div>
    </form>
  );
}
