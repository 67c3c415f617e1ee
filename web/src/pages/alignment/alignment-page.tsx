import { useMemo } from 'react';
import type { Dashboard, Objective } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import { ErrorNotice } from '../../components/error-notice.js';
import { PageSkeleton } from '../../components/page-skeleton.js';
import { useDirectory } from '../../hooks/use-directory.js';
import { useResource } from '../../hooks/use-resource.js';
import { todayIso } from '../../now.js';
import { setQueryParam, useLocation } from '../../router/history.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { ALL_CYCLES, currentCycles, cycleScope, scopeLabel, serverCycle } from '../dashboard/cycle-scope.js';
import { scopedDashboard } from '../dashboard/scoped-dashboard.js';
import { AlignmentNode, type MapContext } from './alignment-node.js';
import { alignmentTree, parentChoices } from './alignment-tree.js';
import { TeamBranchNode } from './team-branch.js';

/**
 * The alignment map (issue 9, item 7): for one cycle, the workspace's team tree with each
 * team's objectives, their key results' progress and the KPIs they are linked to; an
 * objective's parent is set or changed in place. Cascading stays optional (users.md §5).
 */
export default function AlignmentPage() {
  const { ws, api, workspace } = useWorkspace();
  const { directory } = useDirectory();
  const { query } = useLocation();
  const today = todayIso();
  const cycles = useMemo(
    () => [...(directory?.cycles ?? [])].sort((a, b) => b.start.localeCompare(a.start)),
    [directory],
  );
  const current = currentCycles(cycles, today);
  // As on the dashboard: the current cycles by default, one cycle or all of them by choice.
  const scope = cycleScope(query.get('cycle') ?? undefined, cycles, today);
  const cycle = serverCycle(scope);
  // The server's cycle comes from the URL alone: no need to wait for the cycles' dates.
  const dashboard = useResource<Dashboard>(`alignment:${ws}:${cycle ?? ''}`, (signal) =>
    api.dashboard({ cycle }, signal),
  );
  // The versions the parent PATCH sends back; the map itself reads the dashboard.
  const records = useResource<readonly Objective[]>(`objectives:${ws}`, (signal) =>
    api.objectives(signal).then((o) => o.items),
  );
  const reload = () => {
    dashboard.reload();
    records.reload();
  };

  if (dashboard.error && !dashboard.data)
    return (
      <div className="page">
        <ErrorNotice error={dashboard.error} onRetry={dashboard.reload} />
      </div>
    );
  if (!directory) return <PageSkeleton />;
  const workspaceName = workspace.name;
  const objectives = dashboard.data ? scopedDashboard(dashboard.data, scope).objectives : [];
  const map: MapContext = {
    objectives: new Map(objectives.map((o) => [o.id, o])),
    kpis: new Map((dashboard.data?.kpis ?? []).map((k) => [k.id, k])),
    versions: new Map((records.data ?? []).map((o) => [o.id, o.version])),
    directory,
    parentChoices: (id) => parentChoices(objectives, id),
    onChanged: reload,
  };
  const tree = alignmentTree(directory.teams, objectives);

  return (
    <div className="page">
      <div className="page-head">
        <div>
          <h1>Alignment</h1>
          <p className="subtitle">
            Which objectives support which, team by team, with their key results and the KPIs they move.
            Cascading is optional: an objective may stand on its own.
          </p>
        </div>
        {cycles.length > 0 && (
          <div className="field cycle-pick">
            <label htmlFor="alignment-cycle">Cycle</label>
            <select
              id="alignment-cycle"
              className="select"
              value={scope.kind === 'current' ? '' : (query.get('cycle') ?? '')}
              onChange={(e) => setQueryParam('cycle', e.target.value || undefined)}
            >
              <option value="">
                {current.length > 0 ? `Current (${current.map((c) => c.id).join(' + ')})` : 'Current cycle'}
              </option>
              <option value={ALL_CYCLES}>All cycles</option>
              {cycles.map((c) => (
                <option key={c.id} value={c.id}>
                  {c.id}
                  {current.some((x) => x.id === c.id) ? ' (current)' : ''}
                  {c.closed ? ' · closed' : ''}
                </option>
              ))}
            </select>
          </div>
        )}
      </div>
      {records.error !== undefined && <ErrorNotice error={records.error} onRetry={records.reload} />}
      {cycles.length === 0 ? (
        <EmptyState title="No cycle yet">
          Objectives live in cycles. <Link to={`${paths.settings(ws)}#cycles`}>Plan a cycle in Settings</Link>
          , then align its objectives here.
        </EmptyState>
      ) : !dashboard.data ? (
        <PageSkeleton />
      ) : objectives.length === 0 ? (
        <EmptyState title={`Nothing to align in ${scopeLabel(scope)}`}>
          When a team's objective supports another, set its parent here or on the objective; this map then
          shows the cascade.
        </EmptyState>
      ) : (
        <ul className="map-list" aria-label="Objectives by alignment">
          {tree.unteamed.length > 0 && (
            <li className="map-team">
              <details open>
                <summary>
                  <span className="map-team-name">{workspaceName}</span>
                  <span className="pill">No team</span>
                </summary>
                <ul className="map-list" aria-label={`${workspaceName}: objectives of no team`}>
                  {tree.unteamed.map((o) => (
                    <AlignmentNode key={o.id} objective={o} map={map} />
                  ))}
                </ul>
              </details>
            </li>
          )}
          {tree.teams.map((b) => (
            <TeamBranchNode key={b.team.id} branch={b} map={map} />
          ))}
        </ul>
      )}
    </div>
  );
}
