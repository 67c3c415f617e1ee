import type { Objective } from '../../api/types.js';
import { ImpactVerdict } from '../../components/impact-verdict.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/** Key results whose current value is this KPI: the OKRs raising its floor, and whether they moved it. */
export function LinkedKeyResults({
  kpi,
  unit,
  objectives,
}: {
  readonly kpi: string;
  readonly unit: string | null | undefined;
  readonly objectives: readonly Objective[];
}) {
  const { ws, fmt } = useWorkspace();
  const linked = objectives.flatMap((o) =>
    o.keyResults.filter((kr) => kr.kpi === kpi).map((kr) => ({ o, kr })),
  );
  return (
    <section className="card" aria-labelledby="linked-title">
      <h2 id="linked-title" className="section-title">
        Linked key results
      </h2>
      {linked.length === 0 ? (
        <p className="muted small">
          No key result is working on this KPI. Draft an OKR when it needs to improve.
        </p>
      ) : (
        <ul className="plain-list">
          {linked.map(({ o, kr }) => (
            <li key={kr.id}>
              <Link to={paths.objective(ws, o.id)}>{kr.title}</Link>
              <p className="muted small">
                {o.title} · {o.cycle}
                {kr.baseline != null && kr.target != null
                  ? ` · ${fmt.value(kr.baseline, kr.unit)} → ${fmt.value(kr.target, kr.unit)}`
                  : ''}
              </p>
              {kr.impact && <ImpactVerdict impact={kr.impact} unit={unit} />}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
