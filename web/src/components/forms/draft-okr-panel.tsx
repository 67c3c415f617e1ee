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
 * anything is stored; "Create this OKR" stores it and opens it.
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

  useEffect(() => {
    let live = true;
    api.draftOkr(props.kpi, false).then(
      (d) => live && setDraft(d),
      (e: unknown) => live && setError(e),
    );
    return () => {
      live = false;
    };
  }, [api, props.kpi]);

  async function create() {
    setCreating(true);
    setError(null);
    try {
      const created = await api.draftOkr(props.kpi, true);
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
