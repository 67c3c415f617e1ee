import type { DashboardObjective } from '../../api/types.js';
import { EmptyState } from '../../components/empty-state.js';
import type { Directory } from '../../hooks/use-directory.js';
import { Link } from '../../router/link.js';
import { paths } from '../../router/routes.js';
import { useWorkspace } from '../../session/workspace-context.js';
import { type CycleScope, scopeLabel } from './cycle-scope.js';
import { ObjectiveRow } from './objective-row.js';

function groupByTeam(objectives: readonly DashboardObjective[], directory: Directory | undefined) {
  const groups = new Map<string, DashboardObjective[]>();
  for (const o of objectives) {
    const name = directory?.teamName(o.team) ?? o.team ?? 'No team';
    const list = groups.get(name) ?? [];
    list.push(o);
    groups.set(name, list);
  }
  return [...groups].sort(([a], [b]) => (a === 'No team' ? 1 : b === 'No team' ? -1 : a.localeCompare(b)));
}

export function ObjectivesSection(props: {
  readonly objectives: readonly DashboardObjective[];
  readonly directory: Directory | undefined;
  readonly scope: CycleScope;
}) {
  const { ws, workspace } = useWorkspace();
  const { objectives, directory } = props;
  const groups = workspace.freelancer
    ? [['Your quarter', [...objectives]] as const]
    : groupByTeam(objectives, directory);
  return (
    <section aria-labelledby="objectives-title">
      <div className="section-title">
        <div className="row">
          <h2 id="objectives-title">
            {workspace.freelancer ? 'Your OKR' : 'Objectives'}{' '}
            <span className="count">{objectives.length}</span>
          </h2>
          <span className="pill">{scopeLabel(props.scope)}</span>
        </div>
        <p className="muted small legend-expected">
          <span className="legend-marker" aria-hidden="true" /> expected by now
        </p>
      </div>
      {objectives.length === 0 ? (
        <EmptyState
          title={
            props.scope.kind === 'all' || (props.scope.kind === 'current' && props.scope.cycles.length === 0)
              ? 'No objectives yet'
              : `No objectives in ${scopeLabel(props.scope)}`
          }
          example="Objective: Make support fast again · KR: Reduce first response time from 6 h to 3 h"
          action={
            <Link className="btn" to={paths.quickAdd(ws)}>
              Write a key result
            </Link>
          }
        >
          An objective says where you want to go, in words. Its key results say how you will know you got
          there: a number moving from a baseline to a target, with one owner. Two to five key results per
          objective; outcomes, not tasks.
        </EmptyState>
      ) : (
        <div className="stack">
          {groups.map(([team, list]) => (
            <div className="card" key={team}>
              {groups.length > 1 || !workspace.freelancer ? <h3 className="team-title">{team}</h3> : null}
              <ul className="objective-list">
                {list.map((o) => (
                  <ObjectiveRow key={o.id} objective={o} ownerName={directory?.personName(o.owner)} />
                ))}
              </ul>
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
