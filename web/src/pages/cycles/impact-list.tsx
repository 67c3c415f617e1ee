import type { DashboardObjective } from '../../api/types.js';
import { ImpactVerdict } from '../../components/impact-verdict.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';

/**
 * The review's second question after "did we hit the target?": did the work move the KPI
 * each key result was linked to? One verdict per KPI-linked key result of the cycle.
 */
export function ImpactList({
  objectives,
  kpiNames,
}: {
  readonly objectives: readonly DashboardObjective[];
  readonly kpiNames: ReadonlyMap<string, string>;
}) {
  const { ws } = useWorkspace();
  const linked = objectives.flatMap((o) =>
    o.keyResults.flatMap((kr) => (kr.impact && kr.kpi ? [{ o, kr, impact: kr.impact, kpi: kr.kpi }] : [])),
  );
  return (
    <section className="card" aria-labelledby="impact-title">
      <h2 id="impact-title" className="section-title">
        Did the work move the KPIs?
      </h2>
      {linked.length === 0 ? (
        <p className="muted small">No key result of this cycle is linked to a KPI.</p>
      ) : (
        <ul className="plain-list stack">
          {linked.map(({ o, kr, impact, kpi }) => (
            <li key={kr.id}>
              <Link to={paths.objective(ws, o.id)}>{kr.title}</Link>
              <span className="muted small">
                {' '}
                · <Link to={paths.kpi(ws, kpi)}>{kpiNames.get(kpi) ?? kpi}</Link>
              </span>
              <ImpactVerdict impact={impact} unit={kr.unit} />
            </li>
          ))}
        </ul>
      )}
      <p className="muted small" style={{ marginTop: 8 }}>
        Each KPI’s values in the cycle’s length before it began, against those since the key result’s first
        check-in or the cycle’s midpoint, whichever came first.
      </p>
    </section>
  );
}
