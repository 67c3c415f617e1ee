import { useState } from 'react';
import type { Decision } from '../../api/types.js';
import { RecordDecisionForm } from '../../components/forms/record-decision-form.js';
import type { Directory } from '../../hooks/use-directory.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Every answer given to this KPI's signals, newest first: the audit trail of the loop. */
export function DecisionsLog(props: {
  readonly kpi: string;
  readonly kpiName: string;
  readonly decisions: readonly Decision[];
  readonly directory: Directory | undefined;
  readonly onChanged: () => void;
}) {
  const { ws, fmt } = useWorkspace();
  const [adding, setAdding] = useState(false);
  const sorted = [...props.decisions].sort((a, b) => new Date(b.at).getTime() - new Date(a.at).getTime());
  return (
    <section className="card" aria-labelledby="decisions-title">
      <div className="section-title">
        <h2 id="decisions-title">
          Decisions <span className="count">{sorted.length}</span>
        </h2>
        {!adding && (
          <button type="button" className="btn btn-small" onClick={() => setAdding(true)}>
            Record decision
          </button>
        )}
      </div>
      {adding && (
        <RecordDecisionForm
          kpi={props.kpi}
          kpiName={props.kpiName}
          onDone={() => {
            setAdding(false);
            props.onChanged();
          }}
          onCancel={() => setAdding(false)}
        />
      )}
      {sorted.length === 0 ? (
        <p className="muted small">
          No decisions yet. When this KPI leaves its healthy range, record what you decided, or draft an OKR
          to fix it.
        </p>
      ) : (
        <ol className="timeline">
          {sorted.map((d) => (
            <li key={`${d.at}:${d.text}`}>
              <p>{d.text}</p>
              <p className="muted small">
                {props.directory?.personName(d.by) ?? d.by} ·{' '}
                <time dateTime={String(d.at)}>{fmt.date(d.at)}</time>
                {d.objective && (
                  <>
                    {' · '}
                    <Link to={paths.objective(ws, d.objective)}>linked objective</Link>
                  </>
                )}
              </p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
