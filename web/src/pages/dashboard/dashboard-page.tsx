import { ErrorNotice } from '../../components/error-notice.js';
import { Skeleton, SkeletonCards } from '../../components/skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { useLocation } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { DashboardFilters, type Filters } from './dashboard-filters.js';
import { freelancerOrder } from './freelancer-order.js';
import { KpiSection } from './kpi-section.js';
import { NeedsAttention } from './needs-attention.js';
import { ObjectivesSection } from './objectives-section.js';

/** Home: what is healthy, what is breached, which key results slip, and what needs an answer. */
export function DashboardPage() {
  const { ws, api, workspace, fmt, me } = useWorkspace();
  const { query } = useLocation();
  const filters: Filters = {
    team: query.get('team') ?? undefined,
    cycle: query.get('cycle') ?? undefined,
    owner: query.get('owner') ?? undefined,
  };
  const key = `dashboard:${ws}:${filters.team ?? ''}:${filters.cycle ?? ''}:${filters.owner ?? ''}`;
  const dashboard = useResource(key, (signal) => api.dashboard(filters, signal));
  const { directory } = useDirectory();
  const data = dashboard.data;
  // Filters help once there is something to filter; a new workspace does not need them yet.
  const filtering = Boolean(filters.team || filters.cycle || filters.owner);
  const showFilters =
    !workspace.freelancer &&
    (filtering ||
      (directory !== undefined &&
        (directory.teams.length > 0 || directory.people.length > 1 || directory.cycles.length > 1)));
  const kpis = data ? (workspace.freelancer ? freelancerOrder(data.kpis) : data.kpis) : [];

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>{workspace.freelancer ? `Your week, ${me.user.name.split(' ')[0]}` : workspace.name}</h1>
          <p className="subtitle">
            {data ? `As of ${fmt.dateTime(data.asOf)}` : 'Loading the latest numbers…'}
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
      {showFilters && <DashboardFilters directory={directory} filters={filters} />}
      {dashboard.error !== undefined && <ErrorNotice error={dashboard.error} onRetry={dashboard.reload} />}
      {!data && dashboard.loading ? (
        <div className="dashboard-layout">
          <div className="dashboard-main">
            <SkeletonCards count={6} />
            <Skeleton height={220} />
          </div>
          <Skeleton height={320} />
        </div>
      ) : data ? (
        <div className="dashboard-layout">
          <div className="dashboard-main">
            <KpiSection kpis={kpis} />
            <ObjectivesSection objectives={data.objectives} directory={directory} />
          </div>
          <aside aria-label="Needs attention">
            <NeedsAttention dashboard={data} onChanged={dashboard.reload} />
          </aside>
        </div>
      ) : null}
    </div>
  );
}
