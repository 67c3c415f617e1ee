import { useEffect, useState } from 'react';
import type { DraftOkr } from '../../api/workflow-types.js';
import { navigate } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ErrorNotice } from '../error-notice.js';
import { Skeleton } from '../skeleton.js';

/**
 * domain.md, "Drafted OKR from a KPI": shows the OKR Ratchet would write for a breached
 * KPI (objective, key result from the current value to the violated bound, cycle) before
 * anything is stored, with the choice of aiming at the bound ("back to healthy") or past
 * it ("raise the floor", the only one that ratchets); "Create this OKR" stores it and opens it.
 */
export function DraftOkrPanel(props: {
  readonly kpi: string;
  readonly kpiName: string;
  readonly onCreated?: () => void;
  readonly onCancel: () => void;
}) {
  const { ws, api, fmt } = useWorkspace();
  const [draft, setDraft] = useState<DraftOkr | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [creating, setCreating] = useState(false);
  const [stretch, setStretch] = useState(true);

  useEffect(() => {
    let live = true;
    api.draftOkr(props.kpi, false, stretch).then(
      (d) => live && setDraft(d),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, props.kpi, stretch]);

  async function create() {
    setCreating(true);
    setError(null);
    try {
      const created = await api.draftOkr(props.kpi, true, stretch);
      props.onCreated?.();
      navigate(paths.objective(ws, created.id));
    } catch (e) {
      setError(e);
      setCreating(false);
    }
  }

  const headingId = `draft-${props.kpi}`;
  return (
    <section className="draft-okr" aria-labelledby={headingId}>
      <h3 id={headingId} className="visually-hidden">
        Drafted OKR for {props.kpiName}
      </h3>
      {error !== null && (
        <>
          <ErrorNotice error={error} />
          <p className="small">
            An OKR needs a cycle that includes today or starts later:{' '}
            <Link to={paths.cycles(ws)}>plan one</Link>.
          </p>
        </>
      )}
      {!draft && error === null && <Skeleton height={72} />}
      {draft && (
        <>
          <p className="draft-objective">
            <span className="muted small">Objective · {draft.cycle}</span>
            <br />
            <strong>{draft.title}</strong>
          </p>
          <ul className="draft-krs">
            {draft.keyResults.map((kr) => (
              <li key={kr.id}>
                <span className="muted small">Key result</span> {kr.title}
                {kr.baseline !== null && kr.target !== null && (
                  <span className="muted small">
                    {' '}
                    ({fmt.value(kr.baseline, kr.unit)} → {fmt.value(kr.target, kr.unit)})
                  </span>
                )}
              </li>
            ))}
          </ul>
          <TargetChoice draft={draft} stretch={stretch} onChange={setStretch} />
        </>
      )}
      <div className="row">
        <button
          type="button"
          className="btn btn-primary btn-small"
          disabled={!draft || creating}
          onClick={() => void create()}
        >
          {creating ? 'Creating…' : 'Create this OKR'}
        </button>
        <button type="button" className="btn btn-ghost btn-small" onClick={props.onCancel}>
          Cancel
        </button>
      </div>
    </section>
  );
}

function TargetChoice(props: {
  readonly draft: DraftOkr;
  readonly stretch: boolean;
  readonly onChange: (stretch: boolean) => void;
}) {
  const { fmt } = useWorkspace();
  const unit = props.draft.keyResults[0]?.unit ?? null;
  const { backToHealthy, raiseTheFloor } = props.draft.targets;
  return (
    <fieldset className="choice-group draft-targets">
      <legend className="small">Aim for</legend>
      {raiseTheFloor !== null && (
        <label className="choice">
          <input
            type="radio"
            name="draft-target"
            checked={props.stretch}
            onChange={() => props.onChange(true)}
          />
          Raise the floor: {fmt.value(raiseTheFloor, unit)}
        </label>
      )}
      <label className="choice">
        <input
          type="radio"
          name="draft-target"
          checked={!props.stretch || raiseTheFloor === null}
          onChange={() => props.onChange(false)}
        />
        Back to healthy: {fmt.value(backToHealthy, unit)}
      </label>
      <p className="small muted">
        {props.draft.ratchets
          ? 'This target lies past the healthy bound: when it is achieved, closing the cycle proposes it as the new standard.'
          : 'Only a target past the healthy bound will ratchet: this one brings the KPI back but does not raise its standard.'}
      </p>
    </fieldset>
  );
}
