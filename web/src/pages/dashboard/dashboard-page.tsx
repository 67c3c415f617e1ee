import { ErrorNotice } from '../../components/error-notice.js';
import { Skeleton, SkeletonCards } from '../../components/skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { todayIso } from '../../now.js';
import { useLocation } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { cycleScope, serverCycle } from './cycle-scope.js';
import { DashboardFilters, type Filters } from './dashboard-filters.js';
import { FreelancerHome } from './freelancer-home.js';
import { KpiSection } from './kpi-section.js';
import { NeedsAttention } from './needs-attention.js';
import { NextCycleBanner } from './next-cycle-banner.js';
import { ObjectivesSection } from './objectives-section.js';
import { scopedDashboard } from './scoped-dashboard.js';

/** Home: what is healthy, what is breached, which key results slip, and what needs an answer. */
export function DashboardPage() {
  const { ws, api, workspace, fmt, me } = useWorkspace();
  const { query } = useLocation();
  const filters: Filters = {
    team: query.get('team') ?? undefined,
    cycle: query.get('cycle') ?? undefined,
    owner: query.get('owner') ?? undefined,
  };
  const { directory } = useDirectory();
  const today = todayIso();
  const scope = cycleScope(filters.cycle, directory?.cycles ?? [], today);
  const cycle = serverCycle(scope);
  const key = `dashboard:${ws}:${filters.team ?? ''}:${cycle ?? ''}:${filters.owner ?? ''}`;
  const dashboard = useResource(key, (signal) =>
    api.dashboard({ team: filters.team, cycle, owner: filters.owner }, signal),
  );
  // "Current" needs the cycles' dates; until they arrive the objectives wait, the KPIs do not.
  const scopeKnown = scope.kind !== 'current' || directory !== undefined;
  const data = dashboard.data && scopeKnown ? scopedDashboard(dashboard.data, scope) : undefined;
  const filtering = Boolean(filters.team || filters.cycle || filters.owner);
  const showFilters =
    filtering ||
    (directory !== undefined &&
      (directory.cycles.length > 1 ||
        (!workspace.freelancer && (directory.teams.length > 0 || directory.people.length > 1))));

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{workspace.freelancer ? `Your week, ${me.user.name.split(' ')[0]}` : workspace.name}</h1>
          <p className="subtitle">
            {dashboard.data ? `As of ${fmt.dateTime(dashboard.data.asOf)}` : 'Loading the latest numbers…'}
          </p>
        </div>
        <div className="row">
          <Link className="btn" to={paths.checkIn(ws)}>
            Weekly check-in
          </Link>
          <Link className="btn btn-primary" to={paths.quickAdd(ws)}>
            Quick add
          </Link>
        </div>
      </div>
      <NextCycleBanner />
      {showFilters && (
        <DashboardFilters
          directory={directory}
          filters={filters}
          scope={scope}
          cycleOnly={workspace.freelancer}
        />
      )}
      {dashboard.error !== undefined && <ErrorNotice error={dashboard.error} onRetry={dashboard.reload} />}
      {!dashboard.data && dashboard.loading ? (
        <div className="dashboard-layout">
          <div className="dashboard-main">
            <SkeletonCards count={6} />
            <Skeleton height={220} />
          </div>
          <Skeleton height={320} />
        </div>
      ) : dashboard.data ? (
        workspace.freelancer ? (
          <FreelancerHome
            kpis={dashboard.data.kpis}
            scoped={data}
            directory={directory}
            scope={scope}
            onChanged={dashboard.reload}
          />
        ) : (
          <div className="dashboard-layout">
            {/* First in reading order: on a phone, what needs an answer comes before the rest. */}
            <aside aria-label="Needs attention">
              {data ? (
                <NeedsAttention dashboard={data} onChanged={dashboard.reload} />
              ) : (
                <Skeleton height={320} />
              )}
            </aside>
            <div className="dashboard-main">
              <KpiSection kpis={dashboard.data.kpis} filtered={Boolean(filters.team || filters.owner)} />
              {data ? (
                <ObjectivesSection objectives={data.objectives} directory={directory} scope={scope} />
              ) : (
                <Skeleton height={220} />
              )}
            </div>
          </div>
        )
      ) : null}
    </div>
  );
}
