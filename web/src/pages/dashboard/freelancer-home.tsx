import type { Dashboard, DashboardKpi } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { Skeleton } from '../../components/skeleton.js';
import type { Directory } from '../../hooks/use-directory.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { type CycleScope, scopeLabel } from './cycle-scope.js';
import { freelancerSplit } from './freelancer-order.js';
import { KpiCard } from './kpi-card.js';
import { NeedsAttention } from './needs-attention.js';
import { ObjectiveRow } from './objective-row.js';

/** The articles' limits for one person (domain.md, too-many-kpis and too-many-objectives). */
const SOLO_KPIS = { min: 3, max: 5 };
const SOLO_OBJECTIVES = 2;

/**
 * A freelancer's home (users.md §13): income and utilisation first, a handful of KPIs, the
 * quarter's one OKR open, and the short list of what is owed this week. No teams, no
 * owners, no alignment: one person, a two-minute ritual.
 */
export function FreelancerHome(props: {
  readonly kpis: readonly DashboardKpi[];
  /** The dashboard narrowed to the cycle scope; undefined while the cycles load. */
  readonly scoped: Dashboard | undefined;
  readonly directory: Directory | undefined;
  readonly scope: CycleScope;
  readonly onChanged: () => void;
}) {
  const { ws, fmt } = useWorkspace();
  const { money, others } = freelancerSplit(props.kpis);
  const objectives = props.scoped?.objectives ?? [];
  return (
    <div className="dashboard-layout">
      <aside aria-label="What I owe">
        {props.scoped ? (
          <NeedsAttention dashboard={props.scoped} onChanged={props.onChanged} />
        ) : (
          <Skeleton height={240} />
        )}
      </aside>
      <div className="dashboard-main">
        {props.kpis.length === 0 ? (
          <EmptyState
            title="No KPIs yet"
            example="Keep billable utilisation between 70% and 80%"
            action={
              <>
                <Link className="btn btn-primary" to={paths.start(ws)}>
                  Get a starting plan
                </Link>
                <Link className="btn" to={paths.quickAdd(ws)}>
                  Add a KPI
                </Link>
              </>
            }
          >
            Three to five numbers that must stay healthy: income, utilisation, pipeline, repeat clients. Each
            has a healthy range; when one leaves it, you decide what to do or set an OKR to fix it. Five
            questions give you a starting plan.
          </EmptyState>
        ) : (
          <>
            {money.length > 0 && (
              <section aria-labelledby="money-title">
                <div className="section-title">
                  <h2 id="money-title">Income and utilisation</h2>
                </div>
                <div className="kpi-grid kpi-grid-feature">
                  {money.map((kpi) => (
                    <KpiCard key={kpi.id} kpi={kpi} />
                  ))}
                </div>
              </section>
            )}
            {others.length > 0 && (
              <section aria-labelledby="kpis-title">
                <div className="section-title">
                  <h2 id="kpis-title">
                    {money.length > 0 ? 'Your other KPIs' : 'Your KPIs'}{' '}
                    <span className="count">{others.length}</span>
                  </h2>
                </div>
                <div className="kpi-grid">
                  {others.map((kpi) => (
                    <KpiCard key={kpi.id} kpi={kpi} />
                  ))}
                </div>
              </section>
            )}
            <KpiCountAdvice count={props.kpis.length} />
          </>
        )}
        <section aria-labelledby="okr-title">
          <div className="section-title">
            <div className="row">
              <h2 id="okr-title">Your quarter</h2>
              <span className="pill">{scopeLabel(props.scope)}</span>
            </div>
          </div>
          {!props.scoped ? (
            <Skeleton height={160} />
          ) : objectives.length === 0 ? (
            <EmptyState
              title="No OKR this quarter"
              example={`Objective: Grow a steadier income · KR: Increase retainer income from ${fmt.value(2000, 'currency')} to ${fmt.value(3500, 'currency')} a month`}
              action={
                <Link className="btn" to={paths.quickAdd(ws)}>
                  Write a key result
                </Link>
              }
            >
              One objective for the quarter is plenty on your own: the thing you want to change, with two to
              five key results that say how you will know.
            </EmptyState>
          ) : (
            <div className="card">
              <ul className="objective-list">
                {objectives.map((o) => (
                  <ObjectiveRow key={o.id} objective={o} open />
                ))}
              </ul>
              {objectives.length > SOLO_OBJECTIVES && (
                <p className="muted small coach-note">
                  {objectives.length} objectives this quarter: on your own, one or two get done. Which could
                  wait?
                </p>
              )}
            </div>
          )}
        </section>
      </div>
    </div>
  );
}

function KpiCountAdvice({ count }: { readonly count: number }) {
  if (count >= SOLO_KPIS.min && count <= SOLO_KPIS.max) return null;
  return (
    <p className="muted small coach-note">
      {count < SOLO_KPIS.min
        ? `${count === 1 ? 'One KPI' : `${count} KPIs`} so far: three to five give a fuller picture (income, utilisation, pipeline, repeat clients).`
        : `${count} KPIs: on your own, three to five you actually review beat ${count} you skim. Which would you cut?`}
    </p>
  );
}
