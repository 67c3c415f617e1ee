import type { DashboardKpi } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { kpiStatusLook } from '../../status.js';
import { KpiCard } from './kpi-card.js';

// Worst first: what needs an answer comes before what is fine.
const ORDER = { breach: 0, at_risk: 1, no_threshold: 2, no_data: 3, healthy: 4 } as const;

export function KpiSection({
  kpis,
  filtered = false,
}: {
  readonly kpis: readonly DashboardKpi[];
  /** A team or owner filter is on: an empty list means "none match", not "none yet". */
  readonly filtered?: boolean;
}) {
  const { ws, workspace } = useWorkspace();
  // A freelancer's KPIs arrive in their own order (income and utilisation first).
  const sorted = workspace.freelancer
    ? kpis
    : [...kpis].sort((a, b) => ORDER[a.status] - ORDER[b.status] || a.name.localeCompare(b.name));
  const counts = new Map<string, number>();
  for (const k of kpis)
    counts.set(kpiStatusLook(k.status).word, (counts.get(kpiStatusLook(k.status).word) ?? 0) + 1);
  return (
    <section aria-labelledby="kpis-title">
      <div className="section-title">
        <h2 id="kpis-title">
          KPI health <span className="count">{kpis.length}</span>
        </h2>
        <p className="muted small">
          {[...counts].map(([word, n]) => `${n} ${word.toLowerCase()}`).join(' · ')}
        </p>
      </div>
      {kpis.length === 0 && filtered ? (
        <p className="muted">No KPI belongs to this team or owner.</p>
      ) : kpis.length === 0 ? (
        <EmptyState
          title="No KPIs yet"
          example={
            workspace.freelancer
              ? 'Keep billable utilisation between 70% and 80%'
              : 'Keep first response time under four hours'
          }
          action={
            <>
              <Link className="btn btn-primary" to={paths.quickAdd(ws)}>
                Add a KPI
              </Link>
              <Link className="btn" to={paths.start(ws)}>
                Not sure which? Get a starting plan
              </Link>
            </>
          }
        >
          A KPI is a number that must stay healthy: it has a healthy range, one owner and a review cadence.
          When it leaves its range, Ratchet asks for an answer: a recorded decision or an OKR to fix it.
          Maintain is a KPI; improve is an OKR.
        </EmptyState>
      ) : (
        <div className="kpi-grid">
          {sorted.map((kpi) => (
            <KpiCard key={kpi.id} kpi={kpi} />
          ))}
        </div>
      )}
    </section>
  );
}
